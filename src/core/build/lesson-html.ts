import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A lesson's rendered HTML lives in a file of its own, named by a hash of the HTML, and the content store
 * keeps only its path. Astro serialises the whole store after every change (and, in `astro dev`, reloads it
 * as one module): with the HTML inside, 300 lessons made a 27 MB store and a 5 s wait after each save.
 */
export function lessonHtmlDir(cacheDir: string): string {
  return join(cacheDir, "lesson-html");
}

/** Writes the HTML; its path changes whenever the HTML does, so a page's cache key can name it. */
export function writeLessonHtml(dir: string, html: string, extension = ".html"): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${createHash("sha256").update(html).digest("base64url").slice(0, 32)}${extension}`);
  writeFileSync(path, html);
  return path;
}

/** The HTML, or undefined when the file is gone (a cleared cache): the loader then renders the lesson again. */
export function readLessonHtml(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Deletes the files no lesson of this build points at any more. */
export function pruneLessonHtml(dir: string, keep: Iterable<string>): void {
  const wanted = new Set(keep);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (!wanted.has(join(dir, name))) rmSync(join(dir, name), { force: true });
}
