import { href, type CourseModel } from "./model.ts";
import type { PageKind } from "./pages.ts";
import type { NavLink } from "./route-data.ts";
import type { Quiz } from "../quiz/model.ts";

/** What the routes need to know about a page that is not a lesson (`pages.ts`). */
export interface PageSummary {
  kind: PageKind;
  /** The unit a unit introduction introduces. */
  unit?: string;
  /** A standalone page's address below the base. */
  slug?: string;
  title: string;
  /** `nav` in its front matter: a link in the header or the footer of every page. */
  nav?: "header" | "footer";
  /** `order` in its front matter: the place of its link among the others. */
  order?: number;
}

/** The links every page shows in its header and footer, to the standalone pages that ask for one. */
export interface SiteLinks {
  header: NavLink[];
  footer: NavLink[];
}

/** A unit's page: its introduction and its lessons. */
export const unitHref = (base: string, unitId: string) => href(base, `${unitId}/`);
/** A standalone page, such as `acerca-de.md`. */
export const pageHref = (base: string, slug: string) => href(base, `${slug}/`);

/** Header and footer links, in `order`, then title order. */
export function siteLinks(pages: readonly PageSummary[], base: string): SiteLinks {
  const linked = pages
    .filter((page) => page.kind === "page" && page.slug && page.nav)
    .sort(
      (a, b) =>
        (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title),
    );
  const links = (place: "header" | "footer") =>
    linked
      .filter((page) => page.nav === place)
      .map((page) => ({ href: pageHref(base, page.slug ?? ""), title: page.title }));
  return { header: links("header"), footer: links("footer") };
}

export interface UnitRouteData {
  courseTitle: string;
  shortTitle?: string;
  unitId: string;
  title: string;
  /** For the page's meta description: the introduction's front matter, else the course's. */
  description?: string;
  homeHref: string;
  /** The unit's lessons, with the ids of their quizzes for the progress the page shows from storage. */
  lessons: (NavLink & { id: string; description?: string; quizIds: string[] })[];
  /** The units before and after this one. */
  previous?: NavLink;
  next?: NavLink;
}

/** The page of a unit, `/<unit>/`: its introduction (rendered apart) and its lessons. */
export function unitRouteData(
  course: CourseModel,
  base: string,
  unitId: string,
  options: { description?: string; quizzesByLesson?: ReadonlyMap<string, Quiz[]> } = {},
): UnitRouteData {
  const position = course.units.findIndex((u) => u.id === unitId);
  const unit = course.units[position];
  const link = (index: number): NavLink | undefined => {
    const other = course.units[index];
    return other && { href: unitHref(base, other.id), title: other.title };
  };
  return {
    courseTitle: course.title,
    shortTitle: course.shortTitle,
    unitId,
    title: unit?.title ?? unitId,
    description: options.description ?? course.description,
    homeHref: base,
    lessons: (unit?.lessons ?? []).map((lesson) => ({
      href: href(base, `${lesson.id}/`),
      title: lesson.title,
      id: lesson.id,
      description: lesson.description,
      quizIds: (options.quizzesByLesson?.get(lesson.id) ?? []).map((quiz) => quiz.id),
    })),
    previous: position > 0 ? link(position - 1) : undefined,
    next: position >= 0 ? link(position + 1) : undefined,
  };
}
