import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, runBuild } from "./support/site.ts";

const upToDate = "ya está al día";

describe("npm run build with nothing to do", () => {
  const work = mkdtempSync(join(tmpdir(), "aula-up-to-date-"));
  const contentDir = join(work, "content");
  const outDir = join(work, "dist");
  cpSync(resolve(projectRoot, "tests/fixtures/jekyll-chapter"), contentDir, { recursive: true });
  const lessonDir = join(contentDir, "tema3");
  const lessonFile = join(
    lessonDir,
    readdirSync(lessonDir).find((name) => name.includes("Cabeceras-HTTP"))!,
  );
  const env = { AULA_CONTENT_DIR: contentDir, AULA_OUT_DIR: outDir, BASE_PATH: "/curso/", AULA_FORCE_BUILD: "0" };
  const build = (extra: Record<string, string> = {}) => runBuild({ ...env, ...extra });
  const page = join(outDir, "tema3/cabeceras-http/index.html");

  const first = build();
  const pageTime = statSync(page).mtimeMs;
  const second = build();

  it("builds the first time and reuses the output the second, repeating its warnings", () => {
    expect(first.status, first.output).toBe(0);
    expect(first.output).not.toContain(upToDate);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain(upToDate);
    expect(second.output).toContain("Cabeceras-HTTP.md:8  aviso  La clave «layout» está repetida");
    expect(statSync(page).mtimeMs).toBe(pageTime);
  });

  it("builds again when a lesson changes, and the page shows the change", () => {
    appendFileSync(lessonFile, "\nUn párrafo añadido tras la primera compilación.\n");
    const again = build();
    expect(again.status, again.output).toBe(0);
    expect(again.output).not.toContain(upToDate);
    expect(readFileSync(page, "utf8")).toContain("Un párrafo añadido tras la primera compilación.");
  });

  it("builds again when the base path changes", () => {
    const again = build({ BASE_PATH: "/otro/" });
    expect(again.output).not.toContain(upToDate);
    expect(readFileSync(page, "utf8")).toContain('href="/otro/tema3/https/"');
  });

  it("builds again when a file of the output was deleted, and with --force", () => {
    expect(build({ BASE_PATH: "/otro/" }).output).toContain(upToDate);
    rmSync(page);
    const again = build({ BASE_PATH: "/otro/" });
    expect(again.output).not.toContain(upToDate);
    expect(statSync(page).isFile()).toBe(true);
    expect(build({ BASE_PATH: "/otro/", AULA_FORCE_BUILD: "1" }).output).not.toContain(upToDate);
  });
});
