import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseCourseConfig } from "../../src/core/course/config.ts";
import { createManifest, type LessonRecord } from "../../src/core/manifest/create.ts";
import { ManifestError, readManifest, writeManifest } from "../../src/core/manifest/file.ts";
import { manifestVersion } from "../../src/core/manifest/model.ts";
import { renderMarkdown, testDiagrams } from "./support/markdown.ts";

const config = parseCourseConfig(
  "title: Curso & más\nmasteryScore: 60\nunits:\n  - id: tema2\n    title: Tema 2\n  - id: tema1\n    title: Tema 1\n",
  "curso.yaml",
).config!;

const choice = {
  type: "choice",
  id: "tema1/a#q1",
  question: "¿Cuál?",
  multiple: false,
  options: [
    { text: "Sí", correct: true },
    { text: "No", correct: false },
  ],
};

const record = (id: string, sortKey: string, more: Partial<LessonRecord> = {}): LessonRecord => ({
  id,
  unit: id.split("/")[0]!,
  slug: id.split("/")[1]!,
  title: `Lección ${id}`,
  sortKey,
  source: `${id}.md`,
  digest: `digest-${id}`,
  headings: [{ depth: 2, slug: "parte", text: "Parte" }],
  frontmatter: {},
  ...more,
});

const site = {
  base: "/curso/",
  outDir: "/tmp/dist",
  contentDir: "/tmp/content",
  publicDir: "/tmp/public",
  printPages: true,
};
const make = (lessons: LessonRecord[]) =>
  createManifest({ config, lessons, site, engine: { version: "1.0.0", fingerprint: "f" }, builtAt: new Date(0) });

describe("the course manifest", () => {
  const lessons = [
    record("tema1/b", "02"),
    record("tema2/z", "01"),
    record("tema1/a", "01", { frontmatter: { quizzes: [choice], assets: ["img/a.png"] } }),
  ];
  const manifest = make(lessons);

  it("lists the lessons in reading order: units as curso.yaml orders them, lessons by their sort key", () => {
    expect(manifest.lessons.map((l) => l.id)).toEqual(["tema2/z", "tema1/a", "tema1/b"]);
    expect(manifest.course.units).toEqual([
      { id: "tema2", title: "Tema 2", lessons: ["tema2/z"] },
      { id: "tema1", title: "Tema 1", lessons: ["tema1/a", "tema1/b"] },
    ]);
    expect(manifest.course).toMatchObject({ title: "Curso & más", lang: "es", masteryScore: 60, pdf: "pdf/curso.pdf" });
  });

  it("gives each lesson its address, its page's file, its PDF, its quizzes and the files it uses", () => {
    const a = manifest.lessons[1]!;
    expect(a).toMatchObject({
      url: "/curso/tema1/a/",
      html: "tema1/a/index.html",
      pdf: "pdf/tema1/a.pdf",
      source: "tema1/a.md",
      assets: ["img/a.png"],
      headings: [{ depth: 2, slug: "parte", text: "Parte" }],
    });
    expect(a.quizzes).toEqual([choice]);
    expect(manifest.lessons[2]!.quizzes).toEqual([]);
  });

  it("changes a lesson's hash, and the course's, only when that lesson changes", () => {
    const edited = make([lessons[0]!, lessons[1]!, { ...lessons[2]!, digest: "new" }]);
    const hashes = (m: typeof manifest) => m.lessons.map((l) => l.hash);
    expect(hashes(make(lessons))).toEqual(hashes(manifest));
    expect(hashes(edited)[0]).toBe(hashes(manifest)[0]);
    expect(hashes(edited)[1]).not.toBe(hashes(manifest)[1]);
    expect(hashes(edited)[2]).toBe(hashes(manifest)[2]);
    expect(edited.course.hash).not.toBe(manifest.course.hash);
    const retitled = make([lessons[0]!, lessons[1]!, { ...lessons[2]!, title: "Otra" }]);
    expect(retitled.lessons[1]!.hash).not.toBe(manifest.lessons[1]!.hash);
  });

  const dir = mkdtempSync(join(tmpdir(), "aula-manifest-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is read back as it was written, and refused with what to run when it is missing or from another version", () => {
    const path = join(dir, "dist.json");
    writeManifest(path, manifest);
    expect(readManifest(path)).toEqual(manifest);

    const old = { ...JSON.parse(readFileSync(path, "utf8")), version: manifestVersion - 1 };
    writeFileSync(path, JSON.stringify(old));
    expect(() => readManifest(path, dir)).toThrow(ManifestError);
    expect(() => readManifest(path, dir)).toThrow(
      `el manifiesto del curso (dist.json) es de otra versión de aula (formato ${manifestVersion - 1}, se espera ${manifestVersion}): vuelve a ejecutar «npm run build»`,
    );
    writeFileSync(path, JSON.stringify({ ...manifest, lessons: [{ id: "x" }] }));
    expect(() => readManifest(path, dir)).toThrow(
      /no es válido \(lessons\.0\.\w+: .*\): vuelve a ejecutar «npm run build»/,
    );
    expect(() => readManifest(join(dir, "none.json"), dir)).toThrow(
      "no hay manifiesto del curso (none.json): el sitio no está construido; ejecuta «npm run build»",
    );
  });
});

describe("the files a lesson uses", () => {
  const publicDir = mkdtempSync(join(tmpdir(), "aula-manifest-public-"));
  for (const file of [
    "assets/img/red.png",
    "descargas/apuntes v2.pdf",
    "img/a.png",
    "img/a.webp",
    "img/a@2x.webp",
    "media/demo.jpg",
    "media/demo.mp4",
  ]) {
    mkdirSync(dirname(join(publicDir, file)), { recursive: true });
    writeFileSync(join(publicDir, file), "x");
  }
  afterAll(async () => {
    await testDiagrams.renderer.close();
    rmSync(publicDir, { recursive: true, force: true });
  });

  it("are listed from its body: images, srcset, links to files and media, never pages or other sites", async () => {
    const { frontmatter } = await renderMarkdown(
      [
        "![Red](/curso/assets/img/red.png)",
        "",
        "[Apuntes](/curso/descargas/apuntes%20v2.pdf) y [otra lección](/curso/tema2/otra/#parte) y [fuera](https://example.org/x.pdf)",
        "",
        '<picture><source srcset="/curso/img/a.webp 1x, /curso/img/a@2x.webp 2x"><img src="/curso/img/a.png?v=2" alt="A"></picture>',
        "",
        '<video src="/curso/media/demo.mp4" poster="/curso/media/demo.jpg"></video>',
      ].join("\n"),
      { base: "/curso/", publicDir },
    );
    expect(frontmatter.assets).toEqual([
      "assets/img/red.png",
      "descargas/apuntes v2.pdf",
      "img/a.png",
      "img/a.webp",
      "img/a@2x.webp",
      "media/demo.jpg",
      "media/demo.mp4",
    ]);
  });
});
