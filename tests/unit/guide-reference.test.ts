import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { environmentVariables } from "../../src/core/environment.ts";
import { ruleInfo, rules } from "../../src/core/problems/rules.ts";
import { guideDir, referenceFiles, referencePages } from "../../scripts/reference/pages.ts";

const read = (path: string) => readFileSync(join(guideDir, path), "utf8");
const files = (dir: string, pattern: RegExp): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });

describe("the guide's Referencia unit", () => {
  it("is what npm run docs:reference writes from the code today (run it after changing a schema, a command or a rule)", async () => {
    const pages = await referencePages(read);
    expect(Object.keys(pages).sort()).toEqual(Object.values(referenceFiles).sort());
    for (const [path, text] of Object.entries(pages)) expect(read(path), `docs/${path}`).toBe(text);
  });

  it("shows each curso.yaml key with its description, the nested ones by their path", () => {
    const page = read(referenceFiles.course);
    expect(page).toMatch(/\| `title` +\| texto +\| sí +\| Título del curso\. +\|/);
    expect(page).toMatch(/\| `units\[\]\.id` +\|/);
    expect(page).toMatch(/\| `lint\.shellcheck\.exclude` +\|/);
    expect(read(referenceFiles.frontmatter)).toMatch(/\| `conToc` +\| `true` o `false` +\| no \(`true`\) +\|/);
    expect(read(referenceFiles.frontmatter)).toMatch(/\| `nav` +\| `header` o `footer` +\|/);
  });

  it("lists every command with the text of its --help", () => {
    const page = read(referenceFiles.commands);
    for (const name of ["init", "dev", "build", "preview", "pdf", "lint", "export moodle", "export scorm", "images"])
      expect(page).toContain(`## aula ${name}\n`);
    expect(page).toContain("--max-warnings");
  });

  it("lists every rule id of the registry, and names no rule the registry lacks, anywhere in the guide", () => {
    const text = files(guideDir, /\.mdx?$/)
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const idPattern =
      /`((?:course|page|jekyll|frontmatter|markdown|liquid|image|images|media|link|embed|diagram|quiz|code|shell|docker|dockerfile|json|yaml|lint)\/[a-z-]+|DL\d{4}|SC\d{4})`/g;
    const named = new Set([...text.matchAll(idPattern)].map((m) => m[1] ?? ""));
    expect([...named].filter((id) => !ruleInfo(id))).toEqual([]);
    expect(rules.map((r) => r.id).filter((id) => id !== "SC*" && !named.has(id))).toEqual([]);
  });

  it("lists every environment variable src/ reads, and only those", () => {
    const source = files(resolve(import.meta.dirname, "../../src"), /\.(ts|astro|mjs)$/)
      .filter((f) => !f.includes("/cli/template/"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const read = new Set(source.match(/\b(AULA_[A-Z_]+|BASE_PATH|SITE_URL|CHROMIUM_PATH)\b/g));
    expect([...read].sort()).toEqual(environmentVariables.map((v) => v.name).sort());
    const page = readFileSync(join(guideDir, referenceFiles.environment), "utf8");
    for (const v of environmentVariables) expect(page).toContain(`| \`${v.name}\``);
  });

  it("fails loudly when a key has no description, rather than writing an empty cell", async () => {
    const { keyTableOf } = await import("../../scripts/reference/pages.ts");
    expect(() => keyTableOf(z.object({ nueva: z.string() }).shape)).toThrow(/«nueva» no tiene descripción/);
  });
});
