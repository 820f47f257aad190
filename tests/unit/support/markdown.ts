import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Problem } from "../../../src/core/problems/model.ts";
import type { Quiz } from "../../../src/core/quiz/model.ts";
import { ProblemCollector } from "../../../src/core/problems/report.ts";
import { createDiagramSession } from "../../../src/core/diagrams/session.ts";
import { parseCourseConfig } from "../../../src/core/course/config.ts";
import { parseLessonFileName } from "../../../src/core/course/lessons.ts";
import { createLessonRenderer, lessonText } from "../../../src/core/markdown/source.ts";

/** The diagram browser of these tests' renders, as the build's session holds one; close it in `afterAll`. */
export const testDiagrams = createDiagramSession();

export const fixturesDir = resolve(import.meta.dirname, "../../fixtures");

const course = parseCourseConfig(
  "title: Curso\nunits:\n  - id: tema2\n    title: Tema 2\n  - id: tema3\n    title: Tema 3\n",
  "curso.yaml",
).config!;

/**
 * Renders a lesson through the build's reader: the same front matter split, Liquid, guard, plugins
 * and settings. The lesson id is `unit/slug` from `path` unless `lessonId` says otherwise.
 */
export async function renderMarkdown(
  markdown: string,
  options: {
    path?: string;
    publicDir?: string;
    base?: string;
    lessonId?: string;
    diagramCacheDir?: string;
    /** The lesson's (or course's) `lineNumbers`. */
    lineNumbers?: boolean;
  } = {},
): Promise<{ html: string; diagnostics: Problem[]; frontmatter: Record<string, unknown> }> {
  const render = await createLessonRenderer({
    base: options.base ?? "/",
    publicDir: options.publicDir ?? resolve(fixturesDir, "public"),
    legacyBase: "/Ciberseguridad-PePS/",
    diagramCacheDir: options.diagramCacheDir,
    session: { lessonContexts: new Map(), diagrams: testDiagrams },
  });
  const collector = new ProblemCollector();
  const relativePath = options.path ?? "content/tema2/prueba.md";
  const path = resolve(process.cwd(), relativePath);
  const [unit = "tema2", fileName = "prueba.md"] = relativePath.split("/").slice(-2);
  const lessonId = options.lessonId ?? `${unit}/${parseLessonFileName(fileName).slug}`;
  const text = lessonText(relativePath, markdown, { baseUrl: (options.base ?? "/").replace(/\/$/, "") });
  for (const p of text.problems) collector.add(p);
  const result = await render(text.text, {
    path,
    context: { lessonId, unit: lessonId.split("/")[0] ?? unit, course, lineNumbers: options.lineNumbers },
  });
  for (const p of result.problems) collector.add(p);
  return { html: result.html, diagnostics: collector.list(), frontmatter: result.metadata.frontmatter };
}

export function readFixture(path: string): string {
  return readFileSync(resolve(fixturesDir, path), "utf8");
}

/** A lesson's quizzes as the quiz plugin publishes them, with the rendered HTML and the problems. */
export async function quizzesOf(markdown: string) {
  const result = await renderMarkdown(markdown);
  return { ...result, quizzes: (result.frontmatter.quizzes ?? []) as Quiz[] };
}
