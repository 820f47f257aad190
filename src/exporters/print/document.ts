import { createHash } from "node:crypto";
import { href, type CourseModel } from "../../core/course/model.ts";
import { tocHeadings, type Heading, type PluginFrontmatter } from "../../core/course/route-data.ts";
import type { StringKey } from "../../core/i18n/es.ts";
import type { Translator } from "../../core/i18n/index.ts";
import { answerKeyOf, buildAnswerKey, type AnswerKeyLesson } from "./answers.ts";
import { inlineMarkdownToHtml } from "../../core/text/inline.ts";
import {
  canonicalSiteUrl,
  coursePdfPath,
  lessonPdfPath,
  createIdMapper,
  formatDate,
  lessonAnchor,
  numberHeadings,
  pageCss,
  readPandocKeys,
  type RunningHeader,
  type TocEntry,
} from "../../core/print/model.ts";
import { numberingDepth } from "../../core/print/numbering.ts";
import type { PrintPlan } from "./plan.ts";
import type { ScopeOptions } from "./scope.ts";

/** One lesson of a printed document, as the content collection gives it. */
export interface PrintLessonInput {
  id: string;
  unit: string;
  title: string;
  description?: string;
  /** The lesson's front matter, for the pandoc-era keys (author, date, header-left…). */
  data: Record<string, unknown>;
  headings: Heading[];
  frontmatter: PluginFrontmatter;
  /** When its file last changed: the course's date is the latest of these. */
  changed?: Date;
}

export interface PrintDocumentInput {
  course: CourseModel;
  /**
   * `lesson`: one lesson's body (its text and answer key), printed once and used by both its PDF and the course's.
   * `course`: everything around the bodies: the course's cover, contents and answer key, and each lesson's cover
   * and contents, printed together and cut apart by the exporter.
   */
  kind: "course" | "lesson";
  /** The lessons: the one printed, or the whole course in reading order. */
  lessons: PrintLessonInput[];
  base: string;
  /** Astro's `site`, and the course's `url` from `curso.yaml`. */
  site?: string;
  courseUrl?: string;
  /** The date printed when no lesson tells when it changed. */
  today: Date;
  /** The course's texts, in its language. */
  i18n: Translator;
}

export interface PrintLesson {
  id: string;
  anchor: string;
  title: string;
  unitTitle: string;
  pageName: string;
  scope: ScopeOptions;
}

export type PrintCover =
  | { kind: "course"; title: string; description?: string; units: string[] }
  | { kind: "lesson"; courseTitle: string; unitTitle: string; title: string; subtitle?: string };

/** A cover and its contents page: the first pages of one PDF. */
export interface PrintFront {
  /** The id of its section: where the exporter cuts the printed fronts apart. */
  marker: string;
  /** The id of its contents heading. */
  tocId: string;
  /** Which PDF it opens: `curso` or the lesson's id; its contents' page numbers are that PDF's. */
  doc: string;
  cover: PrintCover;
  author?: string;
  date: string;
  documentUrl?: string;
  /** Empty when the document has too few sections for a contents page. */
  toc: TocEntry[];
  pageName: string;
}

/** One question of the answer key, its Markdown already HTML. */
export interface AnswerKeyItem {
  questionHtml: string;
  correctLabel: StringKey;
  /** One line per answer (option, blank, pair, item), printed as a list when there are several. */
  correctHtml: string[];
  explanationHtml?: string;
  options: { correct: boolean; textHtml: string; explanationHtml: string }[];
}

export interface AnswerKeySection {
  title: string;
  items: AnswerKeyItem[];
}

export interface PrintDocumentData {
  title: string;
  author?: string;
  pageCss: string;
  fronts: PrintFront[];
  lessons: PrintLesson[];
  answerKey: AnswerKeySection[];
  /** The course answer key names each lesson; a lesson's own does not need to. */
  showLessonTitles: boolean;
  /** Ids of this page that the PDF must find (Chromium writes a destination only for a link's target). */
  linkTargets: string[];
  /** Ids that live in other print pages, linked from this one's contents: empty targets keep the links. */
  foreignTargets: string[];
  /** What the exporter needs to cut, number and assemble the PDFs (the course page only). */
  plan?: PrintPlan;
}

/** A contents page with fewer sections than this says nothing the first page does not: the PDF goes without. */
export const minTocSections = 3;

const md = inlineMarkdownToHtml;

/** The answer key ("Solucionario") ready to render: correct options, explanations. */
export function answerKeyData(lessons: AnswerKeyLesson[], i18n?: Translator): AnswerKeySection[] {
  return lessons.map((lesson) => ({
    title: lesson.title,
    items: lesson.quizzes.map((quiz) => {
      const { answers, notes } = answerKeyOf(quiz, i18n);
      return {
        questionHtml: md(quiz.question),
        correctLabel: answers.length > 1 ? "print.answersMultiple" : "print.answer",
        correctHtml: answers.map((answer) => md(answer)),
        explanationHtml: quiz.explanation ? md(quiz.explanation) : undefined,
        options: notes.map((note) => ({
          correct: note.correct,
          textHtml: md(note.text),
          explanationHtml: md(note.explanation),
        })),
      };
    }),
  }));
}

function latestChange(lessons: PrintLessonInput[]): Date | undefined {
  const times = lessons.flatMap((lesson) => (lesson.changed ? [lesson.changed.getTime()] : []));
  return times.length > 0 ? new Date(Math.max(...times)) : undefined;
}

/** The id of the answer key's heading, in every print page that has one. */
export const answersId = "solucionario";

/** Everything a print page (`/imprimir/…`) shows: a lesson's body, or the course's covers, contents and answer key. */
export function printDocumentData(input: PrintDocumentInput): PrintDocumentData {
  const { course, kind, base, i18n } = input;
  const { t, lang } = i18n;
  const siteUrl = canonicalSiteUrl(input.site, input.courseUrl);
  const origin = siteUrl ?? input.site ?? "http://localhost/";
  const unitTitle = (id: string) => course.units.find((unit) => unit.id === id)?.title ?? id;
  // One date on every PDF of a build: the latest change of the course, not the day of the build, so a rebuild
  // tomorrow prints the same PDFs.
  const changed = latestChange(input.lessons) ?? input.today;
  const date = formatDate(changed, lang);

  const lessons = input.lessons.map((lesson, index) => {
    const headings = tocHeadings(lesson.headings, lesson.frontmatter);
    const anchor = lessonAnchor(lesson.id);
    const mapId = createIdMapper(anchor);
    // The body and the contents are printed from different pages: both name the headings first, in order.
    for (const heading of lesson.headings) mapId(heading.slug);
    const numbers = numberHeadings(headings, { maxDepth: numberingDepth(headings) });
    const path = href(base, `${lesson.id}/`);
    const quizzes = lesson.frontmatter?.quizzes;
    const answerKey = buildAnswerKey([{ lessonId: lesson.id, title: lesson.title, quizzes }]);
    const sections = tocHeadings(lesson.headings, lesson.frontmatter, { min: 2, max: 3 }).map((h) => ({
      depth: h.depth,
      number: numbers.get(h.slug) ?? "",
      text: h.text,
      anchor: mapId(h.slug),
    }));
    return {
      lesson,
      index,
      anchor,
      mapId,
      numbers,
      path,
      sections,
      answerKey,
      pandoc: readPandocKeys(lesson.data, lang),
      pageUrl: new URL(path, origin).href,
    };
  });
  const answersEntry: TocEntry = { depth: 1, number: "", text: t("print.answers"), anchor: answersId };

  if (kind === "lesson") {
    const single = lessons[0];
    const title = single ? `${single.lesson.title} · ${course.title}` : course.title;
    const headers: RunningHeader[] = [
      { pageName: "answers", left: t("print.answers"), right: course.title },
      ...lessons.map((lesson) => ({
        pageName: `leccion-${lesson.index + 1}`,
        left: lesson.pandoc.headerLeft ?? lesson.lesson.title,
        right: lesson.pandoc.headerRight ?? unitTitle(lesson.lesson.unit),
      })),
    ];
    return {
      title,
      author: single?.pandoc.author ?? course.author,
      pageCss: pageCss({ headers }),
      fronts: [],
      lessons: lessons.map((lesson) => ({
        id: lesson.lesson.id,
        anchor: lesson.anchor,
        title: lesson.lesson.title,
        unitTitle: unitTitle(lesson.lesson.unit),
        pageName: `leccion-${lesson.index + 1}`,
        scope: {
          mapId: lesson.mapId,
          numbers: lesson.numbers,
          pageUrl: lesson.pageUrl,
          lessonsInDocument: new Map([[lesson.path, { anchor: lesson.anchor, mapId: lesson.mapId }]]),
        },
      })),
      answerKey: answerKeyData(single?.answerKey ?? [], i18n),
      showLessonTitles: false,
      linkTargets: [
        ...lessons.flatMap((lesson) => [lesson.anchor, ...lesson.sections.map((s) => s.anchor)]),
        ...(single && single.answerKey.length > 0 ? [answersId] : []),
      ],
      foreignTargets: [],
    };
  }

  const courseAnswers = buildAnswerKey(
    input.lessons.map((lesson) => ({ lessonId: lesson.id, title: lesson.title, quizzes: lesson.frontmatter?.quizzes })),
  );
  const courseToc: TocEntry[] = [
    ...lessons.flatMap((lesson) => [
      { depth: 1, number: "", text: lesson.lesson.title, anchor: lesson.anchor },
      ...lesson.sections.filter((section) => section.depth === 2),
    ]),
    ...(courseAnswers.length > 0 ? [answersEntry] : []),
  ];
  const courseFront: PrintFront = {
    marker: "portada-curso",
    tocId: "indice-curso",
    doc: "curso",
    cover: {
      kind: "course",
      title: course.title,
      description: course.description,
      units: course.units.filter((unit) => unit.lessons.length > 0).map((unit) => unit.title),
    },
    author: course.author,
    date,
    documentUrl: siteUrl,
    toc: courseToc,
    pageName: "toc",
  };
  const lessonFronts: PrintFront[] = lessons.map((lesson) => ({
    marker: `portada-${lesson.anchor}`,
    tocId: `indice-${lesson.anchor}`,
    doc: lesson.lesson.id,
    cover: {
      kind: "lesson",
      courseTitle: course.title,
      unitTitle: unitTitle(lesson.lesson.unit),
      title: lesson.lesson.title,
      subtitle: lesson.pandoc.subtitle ?? lesson.lesson.description,
    },
    author: lesson.pandoc.author ?? course.author,
    // The teacher's own date, written in the front matter, is text of the lesson's and stays.
    date: lesson.pandoc.date ?? date,
    documentUrl: siteUrl ? new URL(lesson.path, siteUrl).href : undefined,
    toc:
      lesson.sections.length >= minTocSections
        ? [...lesson.sections, ...(lesson.answerKey.length > 0 ? [answersEntry] : [])]
        : [],
    pageName: `toc-${lesson.index + 1}`,
  }));
  const fronts = [courseFront, ...lessonFronts];
  const headers: RunningHeader[] = [
    { pageName: "toc", left: course.title },
    { pageName: "answers", left: t("print.answers"), right: course.title },
    ...lessons.map((lesson) => ({
      pageName: `toc-${lesson.index + 1}`,
      left: lesson.pandoc.headerLeft ?? lesson.lesson.title,
      right: lesson.pandoc.headerRight ?? unitTitle(lesson.lesson.unit),
    })),
  ];
  const tocAnchors = new Set(fronts.flatMap((front) => front.toc.map((entry) => entry.anchor)));
  tocAnchors.delete(answersId);
  const plan: PrintPlan = {
    version: 1,
    date: changed.toISOString(),
    siteUrl,
    language: lang,
    pageLabel: t("print.page"),
    ofLabel: t("print.of"),
    tocLabel: t("print.toc"),
    course: {
      id: "curso",
      title: course.title,
      author: course.author,
      pdfPath: coursePdfPath,
      marker: courseFront.marker,
      tocId: courseFront.tocId,
      toc: courseToc,
    },
    lessons: lessons.map((lesson, index) => ({
      id: lesson.lesson.id,
      name: lesson.lesson.title,
      title: `${lesson.lesson.title} · ${course.title}`,
      author: lessonFronts[index]?.author,
      pdfPath: lessonPdfPath(lesson.lesson.id),
      marker: lessonFronts[index]?.marker ?? "",
      tocId: lessonFronts[index]?.toc.length ? lessonFronts[index]?.tocId : undefined,
      toc: lessonFronts[index]?.toc ?? [],
      anchor: lesson.anchor,
      target: `imprimir/${lesson.lesson.id}/`,
      pageUrl: lesson.pageUrl,
      sections: lesson.sections,
      frontHash: createHash("sha256")
        .update(
          JSON.stringify([lessonFronts[index], headers.find((h) => h.pageName === lessonFronts[index]?.pageName)]),
        )
        .digest("hex"),
    })),
  };
  return {
    title: course.title,
    author: course.author,
    pageCss: pageCss({ headers }),
    fronts,
    lessons: [],
    answerKey: answerKeyData(courseAnswers, i18n),
    showLessonTitles: true,
    linkTargets: [
      ...fronts.map((front) => front.marker),
      ...fronts.filter((front) => front.toc.length > 0).map((front) => front.tocId),
      ...(courseAnswers.length > 0 ? [answersId] : []),
    ],
    foreignTargets: [...tocAnchors],
    plan,
  };
}
