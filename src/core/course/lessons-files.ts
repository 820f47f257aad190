import { readdirSync } from "node:fs";
import { sep } from "node:path";

/**
 * Every lesson file below the content folder, as sorted `unit/file.md` paths, with the pages that are not
 * lessons (`index.md`, `unit/index.md`, `acerca-de.md`: see `pages.ts`). `notLessons` comes from
 * `curso.yaml`; a `README.md`, and files or folders starting with `_` or `.`, are never lessons.
 */
export function listLessonFiles(contentDir: string, notLessonsList: readonly string[] = []): string[] {
  const notLessons = new Set(["README.md", ...notLessonsList]);
  return readdirSync(contentDir, { recursive: true, encoding: "utf8" })
    .map((path) => path.split(sep).join("/"))
    .filter((path) => /\.(md|mdx)$/i.test(path))
    .filter(
      (path) => !notLessons.has(path) && !path.split("/").some((part) => part.startsWith("_") || part.startsWith(".")),
    )
    .sort();
}
