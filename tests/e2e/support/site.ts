import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { serveSite } from "../../../src/core/server/static.ts";

export const projectRoot = resolve(import.meta.dirname, "../../..");

/** The course the engine's tests build: a frozen copy of the sample course, so a teacher's content/ changes nothing. */
export const fixtureCourse = resolve(projectRoot, "tests/fixtures/course");
/** Nor does the teacher's public/: builds that name no static folder get this empty one. */
export const emptyPublicDir = resolve(projectRoot, "tests/fixtures/empty-public");

/** The base path the tests build under, as the course is published on GitHub Pages. */
export const testBase = "/Ciberseguridad-PePS/";
export const testSiteUrl = "https://victorponz.github.io/Ciberseguridad-PePS/";

export interface BuildResult {
  status: number | null;
  output: string;
}

/** The environment of a teacher's build in these tests (see {@link runBuild}), with `env` on top. */
export function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  // vitest sets NODE_ENV=test; a teacher's build runs in production mode.
  // Fixture courses skip the PDFs unless a test asks for them: the main build and pdf.test.ts check those.
  // Each test builds for real; build-up-to-date.test.ts checks the build that has nothing to do.
  return {
    ...process.env,
    NODE_ENV: "production",
    ASTRO_TELEMETRY_DISABLED: "1",
    AULA_PDF: "off",
    AULA_FORCE_BUILD: "1",
    AULA_PUBLIC_DIR: emptyPublicDir,
    ...env,
  };
}

/** Runs one of the package's npm scripts (`build`, `export:scorm`…) with {@link buildEnv}, as a teacher would. */
export function runScript(script: string, args: string[], env: Record<string, string>): BuildResult {
  const result = spawnSync("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], {
    cwd: projectRoot,
    env: buildEnv(env),
    encoding: "utf8",
    timeout: 600_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Runs the package's build command with the given environment, as a teacher would. */
export function runBuild(env: Record<string, string>): BuildResult {
  return runScript("build", [], env);
}

export { serveSite };

/**
 * A project's global setup: builds a course once under the test base into `tests/.dist/<name>`, serves it,
 * and provides its URL, folder and build output to the tests. Returns the server's close.
 */
export async function buildAndServe(project: TestProject, name: string, env: Record<string, string>, what: string) {
  const distDir = resolve(projectRoot, "tests/.dist", name);
  const build = runBuild({ BASE_PATH: testBase, SITE_URL: testSiteUrl, AULA_OUT_DIR: distDir, ...env });
  if (build.status !== 0) throw new Error(`La compilación ${what} falló:\n${build.output}`);
  const { url, close } = await serveSite(distDir, testBase);
  project.provide("siteUrl", url);
  project.provide("distDir", distDir);
  project.provide("buildOutput", build.output);
  return close;
}
