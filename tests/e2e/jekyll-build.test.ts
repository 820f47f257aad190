import { readFileSync, mkdtempSync, writeFileSync, mkdirSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, runBuild } from "./support/site.ts";

const fixture = resolve(projectRoot, "tests/fixtures/jekyll-chapter");

describe("a second Jekyll chapter, as a teacher brings it", () => {
  const outDir = mkdtempSync(join(tmpdir(), "aula-jekyll-"));
  const build = runBuild({ AULA_CONTENT_DIR: fixture, AULA_OUT_DIR: outDir, BASE_PATH: "/curso/" });
  const page = (path: string) => readFileSync(join(outDir, path, "index.html"), "utf8");

  it("builds without edits, warning about what a teacher should know", () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain(
      "tests/fixtures/jekyll-chapter/tema3/2021-02-15-Cabeceras-HTTP.md:8  aviso  La clave «layout» está repetida",
    );
    expect(build.output).toMatch(
      /2021-02-01-HTTPS\.md:\d+:1 {2}aviso {2}La imagen «\/Ciberseguridad-PePS\/assets\/img\/https\/certificado\.png» no existe/,
    );
  });

  it("orders lessons by the date in the file name and drops it from the URL", () => {
    const home = readFileSync(join(outDir, "index.html"), "utf8");
    const https = home.indexOf('href="/curso/tema3/https/"');
    const headers = home.indexOf('href="/curso/tema3/cabeceras-http/"');
    expect(https).toBeGreaterThan(-1);
    expect(headers).toBeGreaterThan(https);
  });

  it("prints no kramdown or Liquid syntax and renders callouts and terminals", () => {
    const html = page("tema3/cabeceras-http");
    expect(html).not.toContain("{:");
    expect(html).not.toContain("{%");
    expect(html).not.toContain("site.baseurl");
    expect(html).toContain('href="/curso/tema3/https/"');
    expect(html).toContain("{{ csp_nonce }}");
    for (const kind of ["hint", "alert", "info", "reto"]) expect(html).toContain(`callout--${kind}`);
    expect(html).toContain("code-block--commands");
    expect(html).toContain('<a href="https://owasp.org/www-project-secure-headers/" rel="noopener noreferrer">');
  });

  it("hides the table of contents when conToc is false", () => {
    expect(page("tema3/cabeceras-http")).not.toContain("En esta página");
    expect(page("tema3/https")).toContain("En esta página");
  });
});

describe("an author's mistake", () => {
  it("stops the build with every file:line and how to fix it, and no stack trace", () => {
    const course = mkdtempSync(join(tmpdir(), "aula-broken-"));
    cpSync(join(fixture, "curso.yaml"), join(course, "curso.yaml"));
    mkdirSync(join(course, "tema3"));
    writeFileSync(join(course, "tema3/01-a.md"), "---\ntitle: A\nconToc: si\n---\n\nTexto.\n");
    // A top-level file is a standalone page now (content/acerca-de.md): not an error.
    writeFileSync(join(course, "02-b.md"), "---\ntitle: B\n---\n\nTexto.\n");
    writeFileSync(join(course, "tema3/03-c.md"), "---\ntitle: [roto\n---\n\nTexto.\n");
    const build = runBuild({ AULA_CONTENT_DIR: course, AULA_OUT_DIR: join(course, "dist") });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain("Hay 2 errores en el contenido del curso:");
    expect(build.output).toContain(
      'tema3/01-a.md:3  error  La clave «conToc» no es válida (valor: "si"): debe ser true o false',
    );
    expect(build.output).toMatch(/tema3\/03-c\.md:2:\d+ {2}error {2}El front matter no es YAML válido/);
    expect(build.output).not.toMatch(/^\s+at /m);
  });

  it("builds a course without curso.yaml from its folders, with a warning", () => {
    const course = mkdtempSync(join(tmpdir(), "aula-empty-"));
    mkdirSync(join(course, "tema3"));
    writeFileSync(join(course, "tema3/01-a.md"), "---\ntitle: A\n---\n\nTexto.\n");
    const build = runBuild({ AULA_CONTENT_DIR: course, AULA_OUT_DIR: join(course, "dist") });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/curso\.yaml {2}aviso {2}No hay configuración del curso/);
    expect(readFileSync(join(course, "dist/tema3/a/index.html"), "utf8")).toContain("Tema 3");
  });
});
