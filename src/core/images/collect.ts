import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { relativeFilePath } from "../problems/report.ts";
import { readLesson } from "../course/lessons.ts";
import { listLessonFiles } from "../course/lessons-files.ts";
import type { CourseConfig } from "../course/schema.ts";
import { parseLesson } from "../markdown/source.ts";

/** A remote image a lesson shows, and where. */
export interface RemoteImageUse {
  url: string;
  file: string;
  line?: number;
}

const remote = /^(https?:)?\/\//i;

/** Absolute `https:` URL of a remote reference (`//host/x.png` is fetched over HTTPS). */
export function absoluteRemoteUrl(url: string): string {
  return url.startsWith("//") ? `https:${url}` : url;
}

function htmlImages(html: string): string[] {
  const urls: string[] = [];
  visit(fromHtml(html, { fragment: true }), "element", (node: Element) => {
    if (node.tagName !== "img" && node.tagName !== "source") return;
    if (typeof node.properties.src === "string") urls.push(node.properties.src);
    const srcset = node.properties.srcSet;
    if (typeof srcset === "string") urls.push(...srcset.split(",").map((c) => c.trim().split(/\s+/)[0] ?? ""));
  });
  return urls;
}

/**
 * The remote images of one lesson file, read by the build's reader (front matter, Liquid, the same
 * parser), so each line is the file's line. Markdown and raw HTML images both count.
 */
export function remoteImagesInLesson(source: string, file: string, baseUrl = ""): RemoteImageUse[] {
  const { tree } = parseLesson(file, source, { baseUrl });
  if (!tree) return [];
  const definitions = new Map<string, string>();
  visit(tree, "definition", (node) => void definitions.set(node.identifier.toLowerCase(), node.url));
  const uses: RemoteImageUse[] = [];
  const add = (url: string | undefined, line?: number) => {
    if (url && remote.test(url)) uses.push({ url, file, line });
  };
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === "image") add(node.url, line);
    if (node.type === "imageReference") add(definitions.get(node.identifier.toLowerCase()), line);
    if (node.type === "html") for (const url of htmlImages(node.value)) add(url, line);
  });
  return uses;
}

/** Every remote image of the course, in lesson order. */
export function remoteImagesInCourse(contentDir: string, course: CourseConfig): RemoteImageUse[] {
  return listLessonFiles(contentDir, course.notLessons).flatMap((path) => {
    const absolute = join(contentDir, path);
    const file = relativeFilePath(absolute);
    const source = readFileSync(absolute, "utf8");
    const read = readLesson(path, file, source, course);
    return read.place || read.page ? remoteImagesInLesson(source, file) : [];
  });
}
