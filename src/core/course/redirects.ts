import { addressFile } from "./permalink.ts";

/** A lesson as the redirects see it: where it is now and where it was. */
export interface MovedLesson {
  id: string;
  title: string;
  /** The lesson's address below the base, e.g. `tema2/docker/`. */
  path: string;
  /** Its old addresses below the base, e.g. `/tema2/docker/2021/01/08/Docker.html`. */
  oldAddresses: readonly string[];
}

/** Where an entry of the lessons collection is published, below the base: a lesson, a unit's page, a standalone page or the home. */
export function entryPath(data: { kind?: string; unit: string; slug: string }): string {
  if (data.kind === "home") return "";
  if (data.kind === "unit") return `${data.unit}/`;
  if (data.kind === "page") return `${data.slug}/`;
  return `${data.unit}/${data.slug}/`;
}

/** One redirect page: the file written below the site's folder and the lesson it sends to. */
export interface Redirect {
  /** e.g. `tema2/docker/2021/01/08/Docker.html`. */
  file: string;
  /** The old address, as it was linked. */
  from: string;
  /** The lesson's address below the base. */
  to: string;
  title: string;
}

/** An old address that cannot redirect: another page or another lesson has it. */
export interface RedirectConflict {
  lessonId: string;
  from: string;
  /** The lesson that keeps it, when it is another lesson's old address. */
  keptBy?: string;
}

/** Files of the site that are never an old address's, whatever the permalink said. */
function siteFile(file: string): boolean {
  return (
    ["index.html", "404.html", "progreso/index.html", "robots.txt"].includes(file) ||
    /^(imprimir|pdf|pagefind|_astro)\//.test(file)
  );
}

/**
 * Which old addresses get a redirect page. An address that is already the lesson's own needs none; one
 * that is another lesson's page, a page of the site or a teacher's file in `public/` (`isPublicFile`)
 * keeps what it is; two lessons with the same old address: the first by id keeps it. Sorted by file,
 * so the pages are the same on every build.
 */
export function planRedirects(
  lessons: readonly MovedLesson[],
  isPublicFile: (file: string) => boolean = () => false,
): { redirects: Redirect[]; conflicts: RedirectConflict[] } {
  const ordered = [...lessons].sort((a, b) => a.id.localeCompare(b.id));
  const pages = new Map(ordered.map((lesson) => [addressFile(lesson.path), lesson.id]));
  const byFile = new Map<string, Redirect & { lessonId: string }>();
  const conflicts: RedirectConflict[] = [];
  for (const lesson of ordered) {
    for (const from of lesson.oldAddresses) {
      const file = addressFile(from);
      const page = pages.get(file);
      if (page === lesson.id) continue;
      const kept = byFile.get(file);
      if (page !== undefined || siteFile(file) || isPublicFile(file) || kept) {
        conflicts.push({ lessonId: lesson.id, from, keptBy: page ?? kept?.lessonId });
        continue;
      }
      byFile.set(file, { file, from, to: lesson.path, title: lesson.title, lessonId: lesson.id });
    }
  }
  const redirects = [...byFile.values()]
    .map(({ lessonId: _, ...redirect }) => redirect)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { redirects, conflicts };
}
