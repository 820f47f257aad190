import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Step {
  uses?: string;
  with?: Record<string, string>;
  run?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const read = (name: string) =>
  parse(readFileSync(resolve(import.meta.dirname, "../../.github/workflows", name), "utf8")) as Workflow;
const packageJson = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

describe("GitHub workflows", () => {
  it("deploys main to Pages with the official actions, under the base Pages gives", () => {
    const deploy = read("deploy.yml");
    expect(deploy.on).toHaveProperty("push");
    expect(deploy.permissions).toMatchObject({ pages: "write", "id-token": "write" });
    const steps = Object.values(deploy.jobs).flatMap((job) => job.steps);
    const uses = steps.map((s) => s.uses?.split("@")[0]);
    expect(uses).toEqual(
      expect.arrayContaining(["actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"]),
    );
    const build = steps.find((s) => s.run === "npm run build");
    expect(build?.env?.BASE_PATH).toContain("steps.pages.outputs.base_path");
    expect(build?.env?.SITE_URL).toContain("steps.pages.outputs.base_url");
  });

  it("publishes the guide (docs/) beside the course, under /guia/ of the same Pages site, after the course's build", () => {
    const deploy = read("deploy.yml");
    const steps = Object.values(deploy.jobs).flatMap((job) => job.steps);
    const course = steps.findIndex((s) => s.run === "npm run build");
    const guide = steps.findIndex((s) => s.run === "npm run guide");
    const upload = steps.findIndex((s) => s.uses?.startsWith("actions/upload-pages-artifact"));
    expect(course).toBeGreaterThanOrEqual(0);
    // The course's build empties dist/, so the guide comes after it and before the upload.
    expect(guide).toBeGreaterThan(course);
    expect(upload).toBeGreaterThan(guide);
    const env = steps[guide]?.env ?? {};
    expect(env.BASE_PATH).toBe("${{ steps.pages.outputs.base_path }}/guia/");
    expect(env.SITE_URL).toBe("${{ steps.pages.outputs.base_url }}/guia/");
    const artifact = steps[upload]?.with?.path ?? "";
    expect(env.AULA_OUT_DIR).toBe(`${artifact}/guia`);
    expect(packageJson.scripts.guide).toBe("node scripts/guide.ts build");
  });

  it("checks pull requests with the repository's test command and GitHub annotations for code blocks", () => {
    const ci = read("ci.yml");
    expect(ci.on).toHaveProperty("pull_request");
    const runs = Object.values(ci.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ""));
    expect(runs).toContain("npm test");
    expect(runs).toContain("npm run lint:code -- --format github");
    for (const command of runs.filter((r) => r.startsWith("npm run ")))
      expect(Object.keys(packageJson.scripts)).toContain(command.split(" ")[2]);
  });
});
