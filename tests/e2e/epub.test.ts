import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix, resolve } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manifestPath, readManifest } from "../../src/core/manifest/file.ts";
import type { CourseManifest } from "../../src/core/manifest/model.ts";
import { projectRoot, runBuild, runScript, testBase, testSiteUrl } from "./support/site.ts";

const dir = mkdtempSync(join(tmpdir(), "aula-epub-test-"));
const epub = join(dir, "curso.epub");
const distDir = resolve(projectRoot, "tests/.dist/epub");
const env = {
  BASE_PATH: testBase,
  SITE_URL: testSiteUrl,
  AULA_OUT_DIR: distDir,
  AULA_CONTENT_DIR: resolve(projectRoot, "tests/fixtures/scorm-course"),
  AULA_PUBLIC_DIR: resolve(projectRoot, "tests/fixtures/scorm-public"),
  AULA_EPUB: epub,
};
let files = new Map<string, string>();
let manifest: CourseManifest;
let exported = "";
let check = "";
const chapter = (id: string) => files.get(`OEBPS/${id.replace(/\//g, "-")}.xhtml`) ?? "";

beforeAll(() => {
  const build = runBuild(env);
  if (build.status !== 0) throw new Error(`La compilación falló:\n${build.output}`);
  const run = runScript("export:epub", [], env);
  if (run.status !== 0) throw new Error(`La exportación EPUB falló:\n${run.output}`);
  exported = run.output;
  manifest = readManifest(manifestPath(projectRoot, distDir));
  files = new Map(
    Object.entries(unzipSync(readFileSync(epub))).map(([name, data]) => [name, new TextDecoder().decode(data)]),
  );
  // epubcheck (Debian's package), as a publisher or a store would validate the book.
  const result = spawnSync("java", ["-jar", "/usr/share/java/epubcheck.jar", epub], { encoding: "utf8" });
  check = `${result.stdout}\n${result.stderr}`;
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run export:epub", () => {
  it("writes a book epubcheck passes with no error and no warning", () => {
    expect(exported).toMatch(/curso\.epub: EPUB 3, 4 capítulos/);
    expect(check).toContain("Messages: 0 fatals / 0 errors / 0 warnings");
  });

  it("has one chapter per lesson in course order, after the cover and the contents, and the answer key last", () => {
    const opf = files.get("OEBPS/content.opf")!;
    const spine = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1]);
    const hrefOf = (id: string) => new RegExp(`<item id="${id}" href="([^"]+)"`).exec(opf)?.[1];
    expect(spine.map((id) => hrefOf(id!))).toEqual([
      "portada.xhtml",
      "nav.xhtml",
      ...manifest.lessons.map((l) => `${l.id.replace(/\//g, "-")}.xhtml`),
      "solucionario.xhtml",
    ]);
    expect(opf).toContain("<dc:language>es</dc:language>");
    expect(opf).toContain('<meta property="schema:accessMode">textual</meta>');
    expect(opf).toContain('<meta property="schema:accessibilityFeature">tableOfContents</meta>');
    expect(opf).toMatch(/<meta property="schema:accessibilitySummary">.+<\/meta>/);
    expect(opf).toContain('properties="cover-image"');
    const nav = files.get("OEBPS/nav.xhtml")!;
    expect(nav).toContain('epub:type="toc"');
    expect(nav).toMatch(/epub:type="landmarks"[\s\S]*epub:type="cover"[\s\S]*epub:type="bodymatter"/);
  });

  it("each chapter has the lesson's headings, its diagrams as inline SVG, highlighted code and printed quizzes", () => {
    for (const lesson of manifest.lessons) {
      const xhtml = chapter(lesson.id);
      expect(XMLValidator.validate(xhtml), lesson.id).toBe(true);
      expect(xhtml).toContain(`>${lesson.title}</h1>`);
      for (const heading of lesson.headings) expect(xhtml, lesson.id).toContain(`id="${heading.slug}"`);
      expect(xhtml).not.toMatch(/<(aula-quiz|button|input|script)\b/);
    }
    const intro = chapter("tema1/introduccion");
    expect(intro).toMatch(
      /<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<title[^>]*>Del Dockerfile al contenedor<\/title>/,
    );
    expect(intro).not.toContain("diagram__svg--dark");
    expect(intro).toMatch(/<img src="imagenes\/assets\/img\/capas\.svg" alt="Capas de una imagen"/);
    const quiz = chapter("tema1/cuestionario");
    expect(quiz).toContain("¿De dónde se extraen las imágenes por defecto?");
    expect(quiz).toMatch(/○ <\/span><span class="quiz__text">Docker Hub/);
    // Shiki's light colours, written out: the book has no theme switch.
    expect(intro).toMatch(/<pre class="astro-code[^>]*><code><span class="line"><span style="color:#953800">docker</);
  });

  it("ends with the Solucionario, lesson by lesson", () => {
    const key = files.get("OEBPS/solucionario.xhtml")!;
    expect(key).toContain(">Solucionario</h1>");
    for (const lesson of manifest.lessons.filter((l) => l.quizzes.length > 0))
      expect(key).toContain(`<h2>${lesson.title}</h2>`);
    expect(key).toContain("Docker Hub");
  });

  it("loads nothing remote, and every internal link and image resolves", () => {
    const broken: string[] = [];
    for (const [name, text] of files) {
      if (!name.endsWith(".xhtml")) continue;
      expect(text, name).not.toMatch(/\s(src|poster)="(https?:)?\/\//);
      for (const m of text.matchAll(/\s(href|src)="([^"]+)"/g)) {
        const value = m[2]!.replace(/&amp;/g, "&");
        if (/^(https?|mailto):/.test(value)) continue;
        const [path, id] = value.split("#");
        const target = path ? posix.join(posix.dirname(name), decodeURIComponent(path)) : name;
        const doc = files.get(target);
        if (doc === undefined || (id && !doc.includes(`id="${id}"`))) broken.push(`${name}: ${value}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
