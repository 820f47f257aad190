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

/** A title for a unit that curso.yaml does not list: `tema3` → «Tema 3», `unidad-didactica-2` → «Unidad didactica 2». */
export function unitTitleFromId(id: string): string {
  const words = id
    .replace(/[-_]+/g, " ")
    .replace(/([a-z])(\d)/gi, "$1 $2")
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Units of curso.yaml in its order, then the units only lessons name, by id (`tema2` before `tema10`). */
export function courseUnits(config: CourseConfig, lessons: LessonSummary[]): { id: string; title: string }[] {
  const listed = new Set(config.units.map((unit) => unit.id));
  const unlisted = [...new Set(lessons.map((lesson) => lesson.unit))]
    .filter((id) => !listed.has(id))
    .sort((a, b) => a.localeCompare(b, "es", { numeric: true }));
  return [...config.units, ...unlisted.map((id) => ({ id, title: unitTitleFromId(id) }))];
}

export function buildCourseModel(config: CourseConfig, lessons: LessonSummary[]): CourseModel {
  const units = courseUnits(config, lessons).map((unit) => ({
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

/** Joins the base path and a site path, e.g. `href("/Curso/", "tema2/x/")` is `/Curso/tema2/x/`. */
export function href(base: string, path = ""): string {
  return `${base}${path.replace(/^\/+/, "")}`;
}
