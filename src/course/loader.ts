import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Loader } from "astro/loaders";
import { formatProblem } from "../problems/format.ts";
import type { Problem } from "../problems/model.ts";
import { AuthorError, buildProblems, relativeFilePath } from "../problems/report.ts";
import { rememberLessonContext } from "../markdown/context.ts";
import { createLessonRenderer, type LessonRenderer, lessonText } from "../markdown/source.ts";
import { loadCourseConfig, readSiteEnv } from "./env.ts";
import { readLesson } from "./lessons.ts";
import { listLessonFiles } from "./lessons-files.ts";
import { renderVersion } from "./render-version.ts";

/** What a stored `.md` entry keeps besides its HTML: the problems its plugins reported, to repeat them. */
interface StoredMetadata {
  problems?: Problem[];
}

/**
 * Loads every lesson of the course. Unlike Astro's glob loader it reads Jekyll front matter
 * leniently, renders `.md` lessons through our one reader (so plugins get the lesson's id, unit
 * and course, and positions are file positions), and fails the build once, listing every author
 * mistake, instead of logging and carrying on. A lesson is rendered again only when its file, the
 * course config, the base path or the rendering code changed; entries of deleted files are dropped.
 */
export function courseLoader(): Loader {
  let renderer: { key: string; render: LessonRenderer } | undefined;
  return {
    name: "aula-course",
    async load({ store, logger, parseData, generateDigest }) {
      const env = readSiteEnv();
      const course = loadCourseConfig(env.contentDir);
      const rendererKey = `${env.base}\n${course.legacyBase ?? ""}`;
      if (renderer?.key !== rendererKey) {
        const options = { base: env.base, publicDir: resolve("public"), legacyBase: course.legacyBase };
        renderer = { key: rendererKey, render: await createLessonRenderer(options) };
      }
      const { render } = renderer;
      const collector = buildProblems();
      const problems: Problem[] = [];
      const context = `${renderVersion()}\n${env.base}\n${JSON.stringify(course)}\n`;
      const seen = new Set<string>();

      for (const path of listLessonFiles(env.contentDir)) {
        const absolute = join(env.contentDir, path);
        const file = relativeFilePath(absolute);
        collector.clearFile(file);
        const source = readFileSync(absolute, "utf8");
        const lesson = readLesson(path, file, source, course);
        problems.push(...lesson.diagnostics);
        if (!lesson.place || !lesson.frontmatter) continue;

        const lessonContext = { lessonId: lesson.place.id, unit: lesson.place.unit, course };
        rememberLessonContext(absolute, lessonContext);
        seen.add(lesson.place.id);
        const text = lessonText(file, source, { baseUrl: env.base.replace(/\/$/, "") });
        problems.push(...text.problems);
        const digest = generateDigest(context + source);
        const stored = store.get(lesson.place.id);
        if (stored?.digest === digest && stored.filePath === relative(process.cwd(), absolute)) {
          problems.push(...((stored.rendered?.metadata as StoredMetadata | undefined)?.problems ?? []));
          continue;
        }
        const data = await parseData({
          id: lesson.place.id,
          data: { ...lesson.frontmatter, ...lesson.place },
          filePath: absolute,
        });
        const entry = {
          id: lesson.place.id,
          data,
          body: lesson.body,
          filePath: relative(process.cwd(), absolute),
          digest,
        };
        if (path.endsWith(".mdx")) {
          store.set({ ...entry, deferredRender: true });
          continue;
        }
        try {
          const rendered = await render(text.text, { path: absolute, context: lessonContext });
          const reported = collector.list().filter((p) => p.file === file);
          store.set({ ...entry, rendered: { ...rendered, metadata: { ...rendered.metadata, problems: reported } } });
        } catch (error) {
          problems.push({
            file,
            severity: "error",
            ruleId: "markdown/render",
            message: `No se pudo procesar el Markdown: ${error instanceof Error ? error.message.split("\n").at(-1) : String(error)}`,
          });
        }
      }

      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      for (const p of problems) collector.add(p);
      const all = collector.list();
      for (const warning of all.filter((p) => p.severity !== "error")) logger.warn(formatProblem(warning));
      const errors = all.filter((p) => p.severity === "error");
      if (errors.length > 0) throw new AuthorError(errors);
    },
  };
}
