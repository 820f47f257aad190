import { describe, expect, it } from "vitest";
import { buildCourseModel, type LessonSummary } from "../../src/core/course/model.ts";
import {
  courseNavigation,
  homeRouteData,
  lessonRouteData,
  notFoundRouteData,
  progressRouteData,
  sidebarWindow,
  type LessonInput,
} from "../../src/core/course/route-data.ts";
import type { ChoiceQuestion, Quiz } from "../../src/core/quiz/model.ts";
import {
  answerKeyData,
  printDocumentData,
  type PrintDocumentInput,
  type PrintLessonInput,
} from "../../src/exporters/print/document.ts";

const summary = (unit: string, slug: string, title: string): LessonSummary => ({
  id: `${unit}/${slug}`,
  unit,
  slug,
  title,
  sortKey: slug,
});

const config = {
  title: "Curso",
  author: "Ana",
  description: "Un curso",
  units: [
    { id: "tema1", title: "Tema 1" },
    { id: "tema2", title: "Tema 2" },
    { id: "vacio", title: "Sin lecciones" },
    { id: "tema3", title: "Tema 3" },
    { id: "tema4", title: "Tema 4" },
  ],
};
const course = buildCourseModel(config, [
  summary("tema1", "a", "Uno A"),
  summary("tema2", "a", "Dos A"),
  summary("tema2", "b", "Dos B"),
  summary("tema3", "a", "Tres A"),
  summary("tema4", "a", "Cuatro A"),
]);

const quiz = (id: string, question: string, options: ChoiceQuestion["options"], explanation?: string): Quiz => ({
  type: "choice",
  id,
  multiple: options.filter((o) => o.correct).length > 1,
  question,
  options,
  explanation,
});

const headings = [
  { depth: 1, slug: "titulo", text: "Título" },
  { depth: 2, slug: "intro", text: "Intro" },
  { depth: 3, slug: "detalle", text: "Detalle" },
  { depth: 4, slug: "nota", text: "Nota" },
  { depth: 2, slug: "ejercicios", text: "Ejercicios" },
  { depth: 3, slug: "oculto", text: "Oculto" },
];

const lesson = (overrides: Partial<LessonInput> = {}): LessonInput => ({
  id: "tema2/b",
  unit: "tema2",
  title: "Dos B",
  showToc: true,
  headings,
  frontmatter: { tocExclude: ["oculto"] },
  html: "<p>Primer párrafo de la lección.</p>",
  ...overrides,
});

describe("lesson route data", () => {
  it("lists the h2 and h3 its author did not exclude, or none when the ToC is off", () => {
    const data = lessonRouteData(course, "/Curso/", lesson());
    expect(data.toc.map((h) => h.slug)).toEqual(["intro", "detalle", "ejercicios"]);
    expect(lessonRouteData(course, "/Curso/", lesson({ showToc: false })).toc).toEqual([]);
  });

  it("describes the page by its front matter, else its first paragraph, else the course", () => {
    expect(lessonRouteData(course, "/", lesson({ description: "Dada" })).description).toBe("Dada");
    expect(lessonRouteData(course, "/", lesson()).description).toBe("Primer párrafo de la lección.");
    expect(lessonRouteData(course, "/", lesson({ html: "" })).description).toBe("Un curso");
  });

  it("links the previous and next lesson across units, under the base", () => {
    const { pagination } = lessonRouteData(course, "/Curso/", lesson());
    expect(pagination.previous).toEqual({ href: "/Curso/tema2/a/", title: "Dos A" });
    expect(pagination.next).toEqual({ href: "/Curso/tema3/a/", title: "Tres A" });
    expect(lessonRouteData(course, "/", lesson({ id: "tema1/a", unit: "tema1" })).pagination.previous).toBeUndefined();
  });

  it("lists the current unit's lessons and links only the neighbouring units, skipping empty ones", () => {
    const { sidebar, unitTitle, pdfHref } = lessonRouteData(course, "/Curso/", lesson());
    expect(unitTitle).toBe("Tema 2");
    expect(pdfHref).toBe("/Curso/pdf/tema2/b.pdf");
    expect(sidebar.unit?.lessons).toEqual([
      { href: "/Curso/tema2/a/", title: "Dos A", current: false },
      { href: "/Curso/tema2/b/", title: "Dos B", current: true },
    ]);
    expect(sidebar.unit?.start).toBe(1);
    expect(sidebar.unit?.index).toBeUndefined();
    expect(sidebar.otherUnits.map((u) => u.title)).toEqual(["Tema 1", "Tema 3"]);
    expect(sidebar.home).toEqual({ href: "/Curso/", label: "nav.allUnits" });
  });

  it("says whether the lesson has quizzes, so only those pages load the quiz script", () => {
    expect(lessonRouteData(course, "/", lesson()).hasQuizzes).toBe(false);
    const withQuiz = lesson({ frontmatter: { quizzes: [quiz("q", "¿Sí?", [{ text: "Sí", correct: true }])] } });
    expect(lessonRouteData(course, "/", withQuiz).hasQuizzes).toBe(true);
  });

  it("lists the lesson's question types once each, so the page loads only their scripts", () => {
    expect(lessonRouteData(course, "/", lesson()).quizTypes).toEqual([]);
    const choice = quiz("q", "¿Sí?", [{ text: "Sí", correct: true }]);
    const short = { type: "short", id: "t#s", question: "¿Cuál?", answers: [{ text: "a", correct: true }] };
    const mixed = lesson({ frontmatter: { quizzes: [choice, short, { ...choice, id: "t#q2" }] } });
    expect(lessonRouteData(course, "/", mixed).quizTypes).toEqual(["choice", "short"]);
  });

  it("in a unit of 1,200 lessons lists only the lessons around the current one, and links the unit's full list", () => {
    const big = buildCourseModel(
      { title: "C", units: [{ id: "u", title: "U" }] },
      Array.from({ length: 1200 }, (_, i) => summary("u", `l${String(i + 1).padStart(4, "0")}`, `Lección ${i + 1}`)),
    );
    const sidebar = (n: number) =>
      lessonRouteData(big, "/C/", lesson({ id: `u/l${String(n).padStart(4, "0")}`, unit: "u" })).sidebar;
    const middle = sidebar(600);
    expect(middle.unit?.lessons.map((l) => l.title)).toEqual(
      Array.from({ length: sidebarWindow }, (_, i) => `Lección ${600 - Math.floor(sidebarWindow / 2) + i}`),
    );
    expect(middle.unit?.lessons.filter((l) => l.current).map((l) => l.href)).toEqual(["/C/u/l0600/"]);
    expect(middle.unit?.start).toBe(600 - Math.floor(sidebarWindow / 2));
    expect(middle.unit?.index).toEqual({ href: "/C/u/", count: 1200 });
    expect(
      sidebar(1)
        .unit?.lessons.map((l) => l.title)
        .slice(0, 2),
    ).toEqual(["Lección 1", "Lección 2"]);
    expect(sidebar(1).unit?.lessons).toHaveLength(sidebarWindow);
    expect(sidebar(1200).unit?.lessons.at(-1)).toMatchObject({ title: "Lección 1200", current: true });
    expect(sidebar(1200).unit?.start).toBe(1200 - sidebarWindow + 1);
  });

  it("computes the course's navigation once per course and base", () => {
    expect(courseNavigation(course, "/Curso/")).toBe(courseNavigation(course, "/Curso/"));
    expect(courseNavigation(course, "/")).not.toBe(courseNavigation(course, "/Curso/"));
  });

  it("links home as «Inicio» when the course has a single unit", () => {
    const small = buildCourseModel({ title: "C", units: [{ id: "u", title: "U" }] }, [summary("u", "a", "A")]);
    const data = lessonRouteData(small, "/", lesson({ id: "u/a", unit: "u" }));
    expect(data.sidebar.home.label).toBe("site.home");
    expect(data.sidebar.otherUnits).toEqual([]);
  });
});

describe("home, progress and 404 route data", () => {
  it("starts at the first lesson and lists every unit with its lessons", () => {
    const home = homeRouteData(course, "/Curso/");
    expect(home.start).toEqual({ href: "/Curso/tema1/a/", pdfHref: "/Curso/pdf/curso.pdf" });
    expect(home.units.map((u) => [u.title, u.lessons.length])).toEqual([
      ["Tema 1", 1],
      ["Tema 2", 2],
      ["Sin lecciones", 0],
      ["Tema 3", 1],
      ["Tema 4", 1],
    ]);
    expect(homeRouteData(buildCourseModel(config, []), "/").start).toBeUndefined();
  });

  it("«Mi progreso» shows only lessons with quizzes, their questions rendered", () => {
    const quizzes = new Map([["tema2/b", [quiz("q1", "¿Qué hace `docker ps`?", [{ text: "Lista", correct: true }])]]]);
    const progress = progressRouteData(course, "/Curso/", quizzes);
    expect(progress.units).toHaveLength(1);
    expect(progress.units[0]?.title).toBe("Tema 2");
    expect(progress.units[0]?.lessons).toEqual([
      {
        id: "tema2/b",
        href: "/Curso/tema2/b/",
        title: "Dos B",
        quizzes: [{ id: "q1", questionHtml: "¿Qué hace <code>docker ps</code>?" }],
      },
    ]);
    expect(progressRouteData(course, "/", new Map()).units).toEqual([]);
  });

  it("the 404 page links back to the home page and lists every lesson by unit", () => {
    const route = notFoundRouteData(course, "/Curso/");
    expect(route).toMatchObject({ courseTitle: "Curso", homeHref: "/Curso/" });
    expect(route.units.map((u) => u.title)).toEqual(["Tema 1", "Tema 2", "Tema 3", "Tema 4"]);
    expect(route.units[1]?.lessons).toEqual([
      { href: "/Curso/tema2/a/", title: "Dos A" },
      { href: "/Curso/tema2/b/", title: "Dos B" },
    ]);
  });
});

describe("print document data", () => {
  const printLesson = (id: string, title: string, overrides: Partial<PrintLessonInput> = {}): PrintLessonInput => ({
    id,
    unit: id.split("/")[0] ?? "",
    title,
    data: {},
    headings,
    frontmatter: { tocExclude: ["oculto"] },
    ...overrides,
  });
  const today = new Date("2026-03-04T10:00:00Z");
  const print = (input: Partial<PrintDocumentInput>) =>
    printDocumentData({ course, kind: "course", base: "/", lessons: [], today, ...input });
  const answered = quiz(
    "q1",
    "¿Cuál **sí**?",
    [
      { text: "`a`", correct: true, explanation: "Por *a*" },
      { text: "b", correct: true },
      { text: "c", correct: false, explanation: "No" },
    ],
    "General",
  );

  it("numbers the course's lessons and lists them with their h2 in one table of contents", () => {
    const doc = print({
      base: "/Curso/",
      site: "https://example.org/Curso/",
      lessons: [
        printLesson("tema1/a", "Uno A"),
        printLesson("tema2/b", "Dos B", { frontmatter: { quizzes: [answered] } }),
      ],
    });
    expect(doc.toc.map((e) => [e.depth, e.number, e.text])).toEqual([
      [1, "1", "Uno A"],
      [2, "1.1", "Intro"],
      [2, "1.2", "Ejercicios"],
      [1, "2", "Dos B"],
      [2, "2.1", "Intro"],
      [2, "2.2", "Ejercicios"],
      [1, "", "Solucionario"],
    ]);
    expect(doc).toMatchObject({
      title: "Curso",
      pdfPath: "pdf/curso.pdf",
      date: "4 de marzo de 2026",
      documentUrl: "https://example.org/Curso/",
      cover: {
        kind: "course",
        title: "Curso",
        description: "Un curso",
        units: ["Tema 1", "Tema 2", "Tema 3", "Tema 4"],
      },
    });
    expect(doc.lessons.map((l) => [l.anchor, l.number, l.pageName, l.unitTitle])).toEqual([
      ["leccion-tema1-a", 1, "leccion-1", "Tema 1"],
      ["leccion-tema2-b", 2, "leccion-2", "Tema 2"],
    ]);
    // A link from one printed lesson to another becomes an anchor inside the document.
    expect([...(doc.lessons[0]?.scope.lessonsInDocument.keys() ?? [])]).toEqual(["/Curso/tema1/a/", "/Curso/tema2/b/"]);
    expect(doc.lessons[1]?.scope.pageUrl).toBe("https://example.org/Curso/tema2/b/");
    expect(doc.toc[1]?.anchor).toBe(doc.lessons[0]?.scope.mapId("intro"));
    expect(doc.showLessonTitles).toBe(true);
    expect(doc.answerKey.map((s) => s.title)).toEqual(["Dos B"]);
    expect(doc.pageCss).toContain(
      '@page leccion-2 { @top-left { content: "Dos B"; } @top-right { content: "Curso"; } }',
    );
  });

  it("a lesson alone: its h2 and h3 but not the excluded one, its own title, and the pandoc keys of its front matter", () => {
    const doc = print({
      kind: "lesson",
      site: "http://localhost:4321/",
      courseUrl: "https://curso.example/",
      lessons: [
        printLesson("tema2/b", "Dos B", {
          description: "Resumen",
          data: { author: "Luis", date: "1 de enero", "header-left": "\\thepage" },
        }),
      ],
    });
    expect(doc.toc.map((e) => [e.number, e.text])).toEqual([
      ["1", "Intro"],
      ["1.1", "Detalle"],
      ["2", "Ejercicios"],
    ]);
    expect(doc).toMatchObject({
      title: "Dos B · Curso",
      pdfPath: "pdf/tema2/b.pdf",
      author: "Luis",
      date: "1 de enero",
      documentUrl: "https://curso.example/tema2/b/",
      cover: { kind: "lesson", courseTitle: "Curso", unitTitle: "Tema 2", title: "Dos B", subtitle: "Resumen" },
    });
    expect(doc.lessons[0]?.number).toBeUndefined();
    expect(doc.answerKey).toEqual([]);
    expect(doc.showLessonTitles).toBe(false);
    // LaTeX in `header-left` means nothing here: the lesson title heads its pages.
    expect(doc.pageCss).toContain(
      '@page leccion-1 { @top-left { content: "Dos B"; } @top-right { content: "Tema 2"; } }',
    );
  });

  it("dates the cover by the latest change of what it prints, not by the day of the build", () => {
    const older = printLesson("tema1/a", "Uno A", { changed: new Date("2025-10-01T12:00:00Z") });
    const newer = printLesson("tema2/b", "Dos B", { changed: new Date("2025-11-15T12:00:00Z") });
    expect(print({ lessons: [older, newer] }).date).toBe("15 de noviembre de 2025");
    expect(print({ kind: "lesson", lessons: [older] }).date).toBe("1 de octubre de 2025");
    // The front matter's own date wins.
    expect(print({ kind: "lesson", lessons: [{ ...older, data: { date: "1 de enero" } }] }).date).toBe("1 de enero");
  });

  it("prints no address on paper when the site is only local", () => {
    const doc = print({
      site: "http://localhost:4321/",
      lessons: [printLesson("tema1/a", "Uno A")],
    });
    expect(doc.documentUrl).toBeUndefined();
    expect(doc.pageCss).not.toContain("@bottom-left");
  });

  it("the answer key gives the right options and each explained option, as HTML", () => {
    const [section] = answerKeyData([{ lessonId: "tema2/b", title: "Dos B", quizzes: [answered] }]);
    expect(section?.items).toEqual([
      {
        questionHtml: "¿Cuál <strong>sí</strong>?",
        correctLabel: "print.answersMultiple",
        correctHtml: ["<code>a</code>", "b"],
        explanationHtml: "General",
        options: [
          { correct: true, textHtml: "<code>a</code>", explanationHtml: "Por <em>a</em>" },
          { correct: false, textHtml: "c", explanationHtml: "No" },
        ],
      },
    ]);
    const single = quiz("q2", "¿Y?", [{ text: "x", correct: true }]);
    expect(answerKeyData([{ lessonId: "l", title: "L", quizzes: [single] }])[0]?.items[0]?.correctLabel).toBe(
      "print.answer",
    );
  });
});
