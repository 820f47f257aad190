import { summarize } from "./summary.ts";
import { href, readingOrder, type CourseModel, type LessonSummary } from "./model.ts";
import { coursePdfPath, lessonPdfPath, type PrintHeading } from "../print/model.ts";
import { inlineMarkdown } from "../text/inline.ts";
import { breakInlineCode } from "../text/code-breaks.ts";
import { toHtml } from "hast-util-to-html";
import { quizzesKey, type Quiz } from "../quiz/model.ts";
import { formatProblem } from "../problems/format.ts";
import { slidesPath } from "../slides/paths.ts";
import type { Problem } from "../problems/model.ts";
import { quizAnchor, quizPlacesKey, tocWithQuizzes, type TocEntry } from "./toc.ts";

/** A heading as Astro's `render()` lists it. */
export type Heading = PrintHeading;

/** What the Markdown plugins publish for a lesson (`remarkPluginFrontmatter`). */
export type PluginFrontmatter = Record<string, unknown> | undefined;

/** A link with its text, already joined with the site's base. */
export interface NavLink {
  href: string;
  title: string;
}

/** The headings a lesson shows in its tables of contents: not those its author excluded, within the depths. */
export function tocHeadings<H extends Heading>(
  headings: H[],
  frontmatter: PluginFrontmatter,
  depths: { min?: number; max?: number } = {},
): H[] {
  const excluded = new Set<string>((frontmatter?.tocExclude as string[] | undefined) ?? []);
  const { min = 1, max = 6 } = depths;
  return headings.filter((h) => !excluded.has(h.slug) && h.depth >= min && h.depth <= max);
}

/** The quizzes the quiz plugin found in a lesson. */
export function lessonQuizzes(frontmatter: PluginFrontmatter): Quiz[] {
  return (frontmatter?.[quizzesKey] as Quiz[] | undefined) ?? [];
}

/** The author errors the loader stored with a lesson (dev server only: a build stops on them). */
export function storedErrors(metadata: unknown): Problem[] {
  return ((metadata as { problems?: Problem[] } | undefined)?.problems ?? []).filter((p) => p.severity === "error");
}

/** The sidebar of a lesson page. */
export interface SidebarData {
  unit?: {
    title: string;
    /** The unit's lessons; in a long unit only those around the current one (see `sidebarWindow`). */
    lessons: (NavLink & { current: boolean })[];
    /** The place in the unit of the first lesson listed (1 unless the list is cut). */
    start: number;
    /** In a long unit: the unit's full list of lessons (its section of the home page) and how many there are. */
    index?: { href: string; count: number };
  };
  /** Only the neighbouring units are linked: a page's HTML must not grow with the course. */
  otherUnits: NavLink[];
  home: { href: string; label: "nav.allUnits" | "site.home" };
}

export interface PaginationData {
  previous?: NavLink;
  next?: NavLink;
}

/** Everything about navigation that does not depend on the page: made once per course model. */
export interface CourseNavigation {
  /** The links to the units before and after each unit; an unknown unit sits before the first. */
  otherUnits: (unitId: string) => NavLink[];
  pagination: Map<string, PaginationData>;
  home: SidebarData["home"];
}

const lessonHref = (base: string, lesson: { id: string }) => href(base, `${lesson.id}/`);
const navLink = (base: string, lesson: LessonSummary): NavLink => ({
  href: lessonHref(base, lesson),
  title: lesson.title,
});

const navigationCache = new WeakMap<CourseModel, Map<string, CourseNavigation>>();

/** The course's unit links and previous/next links, computed once per course model and base. */
export function courseNavigation(course: CourseModel, base: string): CourseNavigation {
  let byBase = navigationCache.get(course);
  if (!byBase) navigationCache.set(course, (byBase = new Map()));
  const known = byBase.get(base);
  if (known) return known;
  const withLessons = course.units.filter((u) => u.lessons.length > 0);
  const unitLinks = withLessons.map((unit) => ({ href: href(base, `${unit.lessons[0]?.id}/`), title: unit.title }));
  const otherUnits = new Map<string, NavLink[]>();
  const around = (position: number) =>
    [unitLinks[position - 1], unitLinks[position + 1]].filter((link) => link !== undefined);
  withLessons.forEach((unit, position) => otherUnits.set(unit.id, around(position)));
  const pagination = new Map<string, PaginationData>();
  const order = readingOrder(course);
  order.forEach((lesson, index) => {
    const previous = order[index - 1];
    const next = order[index + 1];
    pagination.set(lesson.id, {
      previous: previous && navLink(base, previous),
      next: next && navLink(base, next),
    });
  });
  const navigation: CourseNavigation = {
    otherUnits: (unitId) => otherUnits.get(unitId) ?? around(-1),
    pagination,
    home: { href: base, label: withLessons.length > 1 ? "nav.allUnits" : "site.home" },
  };
  byBase.set(base, navigation);
  return navigation;
}

/** A unit's sidebar lists every lesson up to this many; a longer one lists this many around the current lesson. */
export const sidebarWindow = 11;

/** Where the `sidebarWindow` items centred on `current` start (clamped to the list's ends). */
function windowStart(length: number, current: number): number {
  if (length <= sidebarWindow) return 0;
  return Math.min(Math.max(0, current - Math.floor(sidebarWindow / 2)), length - sidebarWindow);
}

export function sidebarData(course: CourseModel, base: string, currentId: string, currentUnit: string): SidebarData {
  const navigation = courseNavigation(course, base);
  const unit = course.units.find((u) => u.id === currentUnit);
  const lessons = unit?.lessons ?? [];
  const start = windowStart(
    lessons.length,
    Math.max(
      0,
      lessons.findIndex((lesson) => lesson.id === currentId),
    ),
  );
  return {
    unit: unit && {
      title: unit.title,
      start: start + 1,
      lessons: lessons.slice(start, start + sidebarWindow).map((lesson) => ({
        ...navLink(base, lesson),
        current: lesson.id === currentId,
      })),
      ...(unit.lessons.length > sidebarWindow && {
        index: { href: href(base, `${unit.id}/`), count: unit.lessons.length },
      }),
    },
    otherUnits: navigation.otherUnits(currentUnit),
    home: navigation.home,
  };
}

/** What a lesson page needs that its content does not say. */
export interface LessonInput {
  id: string;
  unit: string;
  title: string;
  description?: string;
  /** `conToc` in the front matter. */
  showToc: boolean;
  headings: Heading[];
  frontmatter: PluginFrontmatter;
  /** The rendered HTML, for a description when the front matter has none. */
  html?: string;
  /** Author errors stored with the lesson by the dev server; a build stops on them instead. */
  errors?: Problem[];
  /** The lesson has a slides page (Markdown lessons do; MDX ones not yet). */
  hasSlides?: boolean;
}

export interface LessonRouteData {
  courseTitle: string;
  shortTitle?: string;
  lessonId: string;
  title: string;
  description?: string;
  unitTitle?: string;
  pdfHref: string;
  /** The lesson's slides (`/diapositivas/<unit>/<lesson>/`), for the «Presentar» link. */
  slidesHref?: string;
  /** The h2 and h3 of the ToC, and the quizzes among them; empty when the lesson has none or turned it off. */
  toc: TocEntry[];
  /** The first quiz, for a «Saltar a las preguntas» link; absent without quizzes. */
  firstQuizHref?: string;
  hasQuizzes: boolean;
  /** The question types of the lesson's quizzes, once each: the page loads only their scripts. */
  quizTypes: string[];
  sidebar: SidebarData;
  pagination: PaginationData;
  /** The lesson's author errors, one formatted line each (dev server): the page lists them instead of its body. */
  errors: string[];
}

export function lessonRouteData(
  course: CourseModel,
  base: string,
  lesson: LessonInput,
  /** «Pregunta» in the course's language, for the quizzes in the table of contents. */
  quizLabel?: string,
): LessonRouteData {
  const quizzes = lessonQuizzes(lesson.frontmatter);
  const shown = tocHeadings(lesson.headings, lesson.frontmatter, { min: 2, max: 3 });
  const places = (lesson.frontmatter?.[quizPlacesKey] ?? {}) as Record<string, string | null>;
  return {
    courseTitle: course.title,
    shortTitle: course.shortTitle,
    lessonId: lesson.id,
    title: lesson.title,
    description: lesson.description ?? summarize(lesson.html) ?? course.description,
    unitTitle: course.units.find((u) => u.id === lesson.unit)?.title,
    pdfHref: href(base, lessonPdfPath(lesson.id)),
    ...(lesson.hasSlides ? { slidesHref: href(base, slidesPath(lesson.id)) } : {}),
    toc: lesson.showToc ? tocWithQuizzes(lesson.headings, shown, quizzes, places, quizLabel) : [],
    firstQuizHref: quizzes[0] && `#${quizAnchor(quizzes[0].id)}`,
    hasQuizzes: quizzes.length > 0,
    quizTypes: [...new Set(quizzes.map((quiz) => quiz.type))],
    sidebar: sidebarData(course, base, lesson.id, lesson.unit),
    pagination: courseNavigation(course, base).pagination.get(lesson.id) ?? {},
    errors: (lesson.errors ?? []).map((p) => formatProblem(p)),
  };
}

/** The id of a unit's section on the home page (its list of lessons). */
export const unitAnchor = (unitId: string) => `unidad-${unitId}`;

export interface HomeRouteData {
  title: string;
  shortTitle?: string;
  author?: string;
  description?: string;
  /** Links to the first lesson and the course PDF; absent when the course has no lesson. */
  start?: { href: string; pdfHref: string };
  /** Each lesson with the ids of its quizzes, so the page can show the student's progress from storage. */
  units: {
    id: string;
    title: string;
    /** The unit's own page (its introduction and lessons). */
    href: string;
    lessons: (NavLink & { id: string; description?: string; quizIds: string[] })[];
  }[];
}

export function homeRouteData(
  course: CourseModel,
  base: string,
  quizzesByLesson: ReadonlyMap<string, Quiz[]> = new Map(),
): HomeRouteData {
  const first = course.units.flatMap((u) => u.lessons)[0];
  return {
    title: course.title,
    shortTitle: course.shortTitle,
    author: course.author,
    description: course.description,
    start: first && { href: lessonHref(base, first), pdfHref: href(base, coursePdfPath) },
    units: course.units.map((unit) => ({
      id: unit.id,
      title: unit.title,
      href: href(base, `${unit.id}/`),
      lessons: unit.lessons.map((lesson) => ({
        ...navLink(base, lesson),
        id: lesson.id,
        description: lesson.description,
        quizIds: (quizzesByLesson.get(lesson.id) ?? []).map((quiz) => quiz.id),
      })),
    })),
  };
}

export interface ProgressRouteData {
  courseTitle: string;
  shortTitle?: string;
  /** Only units and lessons with quizzes. */
  units: {
    id: string;
    title: string;
    lessons: (NavLink & { id: string; quizzes: { id: string; questionHtml: string }[] })[];
  }[];
}

/** «Mi progreso»: every quiz of the course by unit and lesson. */
export function progressRouteData(
  course: CourseModel,
  base: string,
  quizzesByLesson: ReadonlyMap<string, Quiz[]>,
): ProgressRouteData {
  const units = course.units.map((unit) => ({
    id: unit.id,
    title: unit.title,
    lessons: unit.lessons
      .map((lesson) => ({
        ...navLink(base, lesson),
        id: lesson.id,
        quizzes: (quizzesByLesson.get(lesson.id) ?? []).map((quiz) => ({
          id: quiz.id,
          questionHtml: toHtml(breakInlineCode({ type: "root", children: inlineMarkdown(quiz.question) }).children),
        })),
      }))
      .filter((lesson) => lesson.quizzes.length > 0),
  }));
  return {
    courseTitle: course.title,
    shortTitle: course.shortTitle,
    units: units.filter((u) => u.lessons.length > 0),
  };
}

export interface NotFoundRouteData {
  courseTitle: string;
  shortTitle?: string;
  homeHref: string;
  /** Every lesson by unit, so a reader who followed an old link finds the page it became. */
  units: { title: string; lessons: NavLink[] }[];
}

export function notFoundRouteData(course: CourseModel, base: string): NotFoundRouteData {
  return {
    courseTitle: course.title,
    shortTitle: course.shortTitle,
    homeHref: base,
    units: course.units
      .filter((unit) => unit.lessons.length > 0)
      .map((unit) => ({ title: unit.title, lessons: unit.lessons.map((lesson) => navLink(base, lesson)) })),
  };
}
