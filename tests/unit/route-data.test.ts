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
import { createTranslator } from "../../src/core/i18n/index.ts";
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
    printDocumentData({ course, kind: "course", base: "/", lessons: [], today, i18n: createTranslator(), ...input });
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

  it("the course's page: its cover and contents, each lesson's cover, the course's answer key, and the plan", () => {
    const doc = print({
      base: "/Curso/",
      site: "https://example.org/Curso/",
      lessons: [
        printLesson("tema1/a", "Uno A"),
        printLesson("tema2/b", "Dos B", { frontmatter: { tocExclude: ["oculto"], quizzes: [answered] } }),
      ],
    });
    const [course, a, b] = doc.fronts;
    // The contents give the numbers the lessons print: each lesson's own.
    expect(course?.toc.map((e) => [e.depth, e.number, e.text])).toEqual([
      [1, "", "Uno A"],
      [2, "1", "Intro"],
      [2, "2", "Ejercicios"],
      [1, "", "Dos B"],
      [2, "1", "Intro"],
      [2, "2", "Ejercicios"],
      [1, "", "Solucionario"],
    ]);
    expect(course).toMatchObject({
      doc: "curso",
      date: "4 de marzo de 2026",
      documentUrl: "https://example.org/Curso/",
      cover: {
        kind: "course",
        title: "Curso",
        description: "Un curso",
        units: ["Tema 1", "Tema 2", "Tema 3", "Tema 4"],
      },
    });
    expect(a).toMatchObject({
      doc: "tema1/a",
      documentUrl: "https://example.org/Curso/tema1/a/",
      cover: { kind: "lesson", courseTitle: "Curso", unitTitle: "Tema 1", title: "Uno A" },
    });
    // Two sections and a detail: enough for a contents page; its answer key gets an entry.
    expect(b?.toc.map((e) => [e.number, e.text])).toEqual([
      ["1", "Intro"],
      ["1.1", "Detalle"],
      ["2", "Ejercicios"],
      ["", "Solucionario"],
    ]);
    expect(doc.lessons).toEqual([]);
    expect(doc.showLessonTitles).toBe(true);
    expect(doc.answerKey.map((s) => s.title)).toEqual(["Dos B"]);
    expect(doc.pageCss).toContain('@page toc-2 { @top-left { content: "Dos B"; } @top-right { content: "Tema 2"; } }');
    expect(doc.plan).toMatchObject({
      date: "2026-03-04T10:00:00.000Z",
      siteUrl: "https://example.org/Curso/",
      course: { id: "curso", pdfPath: "pdf/curso.pdf", marker: course?.marker, tocId: course?.tocId },
      lessons: [
        {
          id: "tema1/a",
          name: "Uno A",
          pdfPath: "pdf/tema1/a.pdf",
          target: "imprimir/tema1/a/",
          anchor: "leccion-tema1-a",
        },
        { id: "tema2/b", name: "Dos B", pdfPath: "pdf/tema2/b.pdf", pageUrl: "https://example.org/Curso/tema2/b/" },
      ],
    });
    // Every cover is a place to cut at; the contents link into bodies printed elsewhere.
    expect(doc.linkTargets).toEqual(expect.arrayContaining(doc.fronts.map((f) => f.marker)));
    expect(doc.foreignTargets).toContain("leccion-tema2-b--intro");
  });

  it("a lesson's body: its text with ids and numbers that match the course's contents, and its own answer key", () => {
    const lessons = [printLesson("tema2/b", "Dos B", { frontmatter: { tocExclude: ["oculto"], quizzes: [answered] } })];
    const doc = print({ kind: "lesson", site: "https://example.org/", lessons });
    const course = print({ site: "https://example.org/", lessons });
    expect(doc.fronts).toEqual([]);
    const [lesson] = doc.lessons;
    expect(lesson).toMatchObject({
      anchor: "leccion-tema2-b",
      title: "Dos B",
      unitTitle: "Tema 2",
      pageName: "leccion-1",
    });
    expect([...(lesson?.scope.numbers ?? [])]).toEqual([
      ["intro", "1"],
      ["detalle", "1.1"],
      ["ejercicios", "2"],
    ]);
    // Printed from two pages, the ids still agree.
    expect(course.fronts[1]?.toc[0]?.anchor).toBe(lesson?.scope.mapId("intro"));
    expect(doc.answerKey.map((s) => s.title)).toEqual(["Dos B"]);
    expect(doc.showLessonTitles).toBe(false);
    expect(doc.linkTargets).toEqual([
      "leccion-tema2-b",
      "leccion-tema2-b--intro",
      "leccion-tema2-b--detalle",
      "leccion-tema2-b--ejercicios",
      "solucionario",
    ]);
    expect(doc.pageCss).toContain(
      '@page leccion-1 { @top-left { content: "Dos B"; } @top-right { content: "Tema 2"; } }',
    );
  });

  it("a lesson with fewer than three sections gets no contents page", () => {
    const short = printLesson("tema1/a", "Uno A", { headings: headings.slice(0, 2) });
    expect(print({ lessons: [short] }).fronts[1]?.toc).toEqual([]);
    expect(print({ lessons: [short] }).plan?.lessons[0]?.tocId).toBeUndefined();
  });

  it("does not number again the headings a teacher numbered", () => {
    const numbered = [
      { depth: 2, slug: "hola", text: "1. Hello World!" },
      { depth: 2, slug: "web", text: "3.1 ¿Qué es la web?" },
      { depth: 3, slug: "mas", text: "Más" },
      { depth: 2, slug: "fin", text: "4. Fin" },
    ];
    const lessons = [printLesson("tema1/a", "Uno A", { headings: numbered })];
    expect(print({ kind: "lesson", lessons }).lessons[0]?.scope.numbers.size).toBe(0);
    expect(print({ lessons }).fronts[1]?.toc.map((e) => e.number)).toEqual(["", "", "", ""]);
  });

  it("dates every cover of the build alike: the latest change of the course, not the day of the build", () => {
    const older = printLesson("tema1/a", "Uno A", { changed: new Date("2025-10-01T12:00:00Z") });
    const newer = printLesson("tema2/b", "Dos B", { changed: new Date("2025-11-15T12:00:00Z") });
    const doc = print({ lessons: [older, newer] });
    expect(doc.fronts.map((front) => front.date)).toEqual(Array(3).fill("15 de noviembre de 2025"));
    expect(doc.plan?.date).toBe("2025-11-15T12:00:00.000Z");
    // The front matter's own date is the teacher's text, and stays.
    expect(print({ lessons: [{ ...older, data: { date: "1 de enero" } }, newer] }).fronts[1]?.date).toBe("1 de enero");
  });

  it("prints no address on paper when the site is only local", () => {
    const doc = print({ site: "http://localhost:4321/", lessons: [printLesson("tema1/a", "Uno A")] });
    expect(doc.fronts.map((front) => front.documentUrl)).toEqual([undefined, undefined]);
    expect(doc.plan?.siteUrl).toBeUndefined();
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
