import { describe, expect, it } from "vitest";
import { parseCourseConfig } from "../../src/core/course/config.ts";
import { readLesson } from "../../src/core/course/lessons.ts";
import { buildCourseModel } from "../../src/core/course/model.ts";
import { siteLinks, unitRouteData } from "../../src/core/course/page-route-data.ts";
import { pagePlace } from "../../src/core/course/pages.ts";

const course = parseCourseConfig(
  "title: Curso\nunits:\n  - id: tema2\n    title: Tema 2 · Docker\n",
  "curso.yaml",
).config!;

describe("which Markdown files are pages, not lessons", () => {
  it.each([
    ["index.md", false, { kind: "home", id: ":home" }],
    ["tema2/index.md", false, { kind: "unit", id: ":unit/tema2", unit: "tema2" }],
    ["acerca-de.md", false, { kind: "page", id: ":page/acerca-de", slug: "acerca-de" }],
    ["Acerca De.md", false, { kind: "page", id: ":page/acerca-de", slug: "acerca-de" }],
    ["tema2/2021-01-08-Docker.md", false, undefined],
    ["tema2/sub/index.md", false, undefined],
    // A top-level post that names its unit stays a lesson, as it was.
    ["2021-01-08-Docker.md", true, undefined],
  ])("%s (categories: %s)", (path, hasCategories, expected) => {
    expect(pagePlace(path, hasCategories)).toEqual(expected);
  });

  it("takes a standalone page's address from Jekyll's permalink", () => {
    expect(pagePlace("about.md", false, "/acerca-de/")?.slug).toBe("acerca-de");
    expect(pagePlace("about.md", false, "/info/about.html")?.slug).toBe("about");
  });
});

describe("reading a page", () => {
  it("needs no title: a unit introduction is titled by curso.yaml, a page by its # heading or its name", () => {
    const unit = readLesson("tema2/index.md", "content/tema2/index.md", "Intro del tema.\n", course);
    expect(unit.diagnostics).toEqual([]);
    expect(unit.place).toBeUndefined();
    expect(unit.page).toMatchObject({ kind: "unit", unit: "tema2", title: "Tema 2" });
    const heading = readLesson(
      "acerca-de.md",
      "content/acerca-de.md",
      "---\nnav: header\n---\n# Sobre mí\n\nTexto\n",
      course,
    );
    expect(heading.page).toMatchObject({ kind: "page", slug: "acerca-de", title: "Sobre mí" });
    expect(heading.page?.frontmatter.nav).toBe("header");
    expect(readLesson("creditos.md", "content/creditos.md", "Texto\n", course).page?.title).toBe("Creditos");
  });

  it("says where a wrong nav: is, and how to write it", () => {
    const read = readLesson("acerca-de.md", "content/acerca-de.md", "---\ntitle: A\nnav: cabecera\n---\n", course);
    expect(read.page).toBeUndefined();
    expect(read.diagnostics[0]).toMatchObject({ line: 3, severity: "error", ruleId: "frontmatter/schema" });
    expect(read.diagnostics[0]?.fix).toContain("nav: header");
  });

  it("stops a page that would take one of aula's own addresses, at its permalink line", () => {
    const read = readLesson(
      "mi-progreso.md",
      "content/mi-progreso.md",
      "---\ntitle: P\npermalink: /progreso/\n---\n",
      course,
    );
    expect(read.page).toBeUndefined();
    expect(read.diagnostics).toEqual([
      expect.objectContaining({
        line: 3,
        severity: "error",
        ruleId: "page/address-taken",
        message: expect.stringContaining("«/progreso/»"),
      }),
    ]);
  });
});

describe("page route data", () => {
  it("links the pages that ask for it, in order, in the header or the footer", () => {
    const links = siteLinks(
      [
        { kind: "page", slug: "licencia", title: "Licencia", nav: "footer" },
        { kind: "page", slug: "creditos", title: "Créditos" },
        { kind: "page", slug: "profesor", title: "Profesor", nav: "header", order: 2 },
        { kind: "page", slug: "acerca-de", title: "Acerca de", nav: "header", order: 1 },
        { kind: "home", title: "Curso", nav: "header" },
      ],
      "/Curso/",
    );
    expect(links).toEqual({
      header: [
        { href: "/Curso/acerca-de/", title: "Acerca de" },
        { href: "/Curso/profesor/", title: "Profesor" },
      ],
      footer: [{ href: "/Curso/licencia/", title: "Licencia" }],
    });
  });

  it("gives a unit's page its lessons and the units around it", () => {
    const model = buildCourseModel(
      {
        title: "C",
        units: [
          { id: "a", title: "A" },
          { id: "b", title: "B" },
          { id: "c", title: "C" },
        ],
      },
      [
        { id: "b/uno", unit: "b", slug: "uno", title: "Uno", sortKey: "1" },
        { id: "b/dos", unit: "b", slug: "dos", title: "Dos", sortKey: "2", description: "La segunda" },
      ],
    );
    const data = unitRouteData(model, "/C/", "b", { description: "Intro" });
    expect(data.title).toBe("B");
    expect(data.description).toBe("Intro");
    expect(data.lessons).toEqual([
      { href: "/C/b/uno/", title: "Uno", id: "b/uno", description: undefined, quizIds: [] },
      { href: "/C/b/dos/", title: "Dos", id: "b/dos", description: "La segunda", quizIds: [] },
    ]);
    expect(data.previous).toEqual({ href: "/C/a/", title: "A" });
    expect(data.next).toEqual({ href: "/C/c/", title: "C" });
  });
});
