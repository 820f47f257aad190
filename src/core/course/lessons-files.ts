import { readdirSync } from "node:fs";
import { sep } from "node:path";

/** Files in the content folder that are not lessons. */
const notLessons = new Set(["ERRATA.md", "README.md"]);

/** Every lesson file below the content folder, as sorted `unit/file.md` paths. */
export function listLessonFiles(contentDir: string): string[] {
  return readdirSync(contentDir, { recursive: true, encoding: "utf8" })
    .map((path) => path.split(sep).join("/"))
    .filter((path) => /\.(md|mdx)$/i.test(path))
    .filter(
      (path) => !notLessons.has(path) && !path.split("/").some((part) => part.startsWith("_") || part.startsWith(".")),
    )
    .sort();
}
