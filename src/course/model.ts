import type { CourseConfig } from "./schema.ts";

/** What navigation needs to know about a lesson. */
export interface LessonSummary {
  id: string;
  unit: string;
  slug: string;
  title: string;
  sortKey: string;
  description?: string;
}

export interface UnitModel {
  id: string;
  title: string;
  lessons: LessonSummary[];
}

/** The course as navigation sees it: units in config order, lessons in file-name order. */
export interface CourseModel {
  title: string;
  /** For the phone header, when the course gives one. */
  shortTitle?: string;
  author?: string;
  description?: string;
  units: UnitModel[];
}

export function buildCourseModel(config: CourseConfig, lessons: LessonSummary[]): CourseModel {
  const units = config.units.map((unit) => ({
    id: unit.id,
    title: unit.title,
    lessons: lessons
      .filter((lesson) => lesson.unit === unit.id)
      .sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.slug.localeCompare(b.slug)),
  }));
  return {
    title: config.title,
    shortTitle: config.shortTitle,
    author: config.author,
    description: config.description,
    units,
  };
}

/** Lessons in reading order across units. */
export function readingOrder(course: CourseModel): LessonSummary[] {
  return course.units.flatMap((unit) => unit.lessons);
}

export function neighbours(course: CourseModel, id: string): { previous?: LessonSummary; next?: LessonSummary } {
  const order = readingOrder(course);
  const index = order.findIndex((lesson) => lesson.id === id);
  if (index === -1) return {};
  return { previous: order[index - 1], next: order[index + 1] };
}

/** Joins the base path and a site path, e.g. `href("/Curso/", "tema2/x/")` is `/Curso/tema2/x/`. */
export function href(base: string, path = ""): string {
  return `${base}${path.replace(/^\/+/, "")}`;
}
