import { href, type CourseModel } from "../../core/course/model.ts";
import { tocHeadings, type Heading, type PluginFrontmatter } from "../../core/course/route-data.ts";
import { t, type StringKey } from "../../core/i18n/es.ts";
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
  /** When its file last changed: the cover's date when the front matter gives none. */
  changed?: Date;
}

export interface PrintDocumentInput {
  course: CourseModel;
  /** The whole course, or one lesson. */
  kind: "course" | "lesson";
  /** The lessons to print, in reading order. */
  lessons: PrintLessonInput[];
  base: string;
  /** Astro's `site`, and the course's `url` from `curso.yaml`. */
  site?: string;
  courseUrl?: string;
  /** The date printed when no lesson gives one nor tells when it changed. */
  today: Date;
}

export interface PrintLesson {
  id: string;
  anchor: string;
  /** Its number in the course document; a lesson printed alone has none. */
  number?: number;
  title: string;
  unitTitle: string;
  pageName: string;
  scope: ScopeOptions;
}

export type PrintCover =
  | { kind: "course"; title: string; description?: string; units: string[] }
  | { kind: "lesson"; courseTitle: string; unitTitle: string; title: string; subtitle?: string };

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
  /** Where the export writes this page's PDF, below the site's base. */
  pdfPath: string;
  author?: string;
  date: string;
  documentUrl?: string;
  pageCss: string;
  cover: PrintCover;
  toc: TocEntry[];
  lessons: PrintLesson[];
  answerKey: AnswerKeySection[];
  /** The course answer key names each lesson; a lesson's own does not need to. */
  showLessonTitles: boolean;
}

const md = inlineMarkdownToHtml;

/** The answer key ("Solucionario") ready to render: correct options, explanations. */
export function answerKeyData(lessons: AnswerKeyLesson[]): AnswerKeySection[] {
  return lessons.map((lesson) => ({
    title: lesson.title,
    items: lesson.quizzes.map((quiz) => {
      const { answers, notes } = answerKeyOf(quiz);
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

/** Everything a print page (`/imprimir/…`) shows around the lessons' own content. */
export function printDocumentData(input: PrintDocumentInput): PrintDocumentData {
  const { course, kind, base } = input;
  const siteUrl = canonicalSiteUrl(input.site, input.courseUrl);
  const origin = siteUrl ?? input.site ?? "http://localhost/";
  const unitTitle = (id: string) => course.units.find((unit) => unit.id === id)?.title ?? id;

  const lessonsInDocument: ScopeOptions["lessonsInDocument"] = new Map();
  const lessons = input.lessons.map((lesson, index) => {
    const headings = tocHeadings(lesson.headings, lesson.frontmatter);
    const anchor = lessonAnchor(lesson.id);
    const mapId = createIdMapper(anchor);
    const number = kind === "course" ? index + 1 : undefined;
    const numbers = numberHeadings(headings, { lessonNumber: number });
    const path = href(base, `${lesson.id}/`);
    lessonsInDocument.set(path, { anchor, mapId });
    return { lesson, headings, anchor, mapId, number, numbers, path, pandoc: readPandocKeys(lesson.data) };
  });

  const toc: TocEntry[] = lessons.flatMap((lesson) => {
    const sections = tocHeadings(lesson.headings, undefined, { min: 2, max: kind === "course" ? 2 : 3 }).map((h) => ({
      depth: h.depth,
      number: lesson.numbers.get(h.slug) ?? "",
      text: h.text,
      anchor: lesson.mapId(h.slug),
    }));
    if (kind === "lesson") return sections;
    return [{ depth: 1, number: String(lesson.number), text: lesson.lesson.title, anchor: lesson.anchor }, ...sections];
  });

  const answerKey = buildAnswerKey(
    input.lessons.map((lesson) => ({ lessonId: lesson.id, title: lesson.title, quizzes: lesson.frontmatter?.quizzes })),
  );
  if (answerKey.length > 0) toc.push({ depth: 1, number: "", text: t("print.answers"), anchor: "solucionario" });

  const first = lessons[0];
  const single = kind === "lesson" ? first : undefined;
  const pageName = (index: number) => `leccion-${index + 1}`;
  const headers: RunningHeader[] = [
    { pageName: "toc", left: course.title },
    { pageName: "answers", left: t("print.answers"), right: course.title },
    ...lessons.map((lesson, index) => ({
      pageName: pageName(index),
      left: lesson.pandoc.headerLeft ?? lesson.lesson.title,
      right: lesson.pandoc.headerRight ?? (kind === "course" ? course.title : unitTitle(lesson.lesson.unit)),
    })),
  ];

  return {
    title: single ? `${single.lesson.title} · ${course.title}` : course.title,
    pdfPath: kind === "course" ? coursePdfPath : lessonPdfPath(input.lessons[0]?.id ?? ""),
    author: single?.pandoc.author ?? course.author,
    // The latest content change, not the build's day: a rebuild tomorrow prints the same PDFs.
    date: single?.pandoc.date ?? formatDate(latestChange(input.lessons) ?? input.today),
    documentUrl: single && siteUrl ? new URL(single.path, siteUrl).href : siteUrl,
    pageCss: pageCss({ siteUrl, pageLabel: t("print.page"), ofLabel: t("print.of"), headers }),
    cover: single
      ? {
          kind: "lesson",
          courseTitle: course.title,
          unitTitle: unitTitle(single.lesson.unit),
          title: single.lesson.title,
          subtitle: single.pandoc.subtitle ?? single.lesson.description,
        }
      : {
          kind: "course",
          title: course.title,
          description: course.description,
          units: course.units.filter((unit) => unit.lessons.length > 0).map((unit) => unit.title),
        },
    toc,
    lessons: lessons.map((lesson, index) => ({
      id: lesson.lesson.id,
      anchor: lesson.anchor,
      number: lesson.number,
      title: lesson.lesson.title,
      unitTitle: unitTitle(lesson.lesson.unit),
      pageName: pageName(index),
      scope: {
        mapId: lesson.mapId,
        numbers: lesson.numbers,
        pageUrl: new URL(lesson.path, origin).href,
        lessonsInDocument,
      },
    })),
    answerKey: answerKeyData(answerKey),
    showLessonTitles: kind === "course",
  };
}
