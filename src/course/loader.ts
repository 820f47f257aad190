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

export { listLessonFiles };

/**
 * Loads every lesson of the course. Unlike Astro's glob loader it reads Jekyll front matter
 * leniently, renders `.md` lessons through our one reader (so plugins get the lesson's id, unit
 * and course, and positions are file positions), and fails the build once, listing every author
 * mistake, instead of logging and carrying on.
 */
export function courseLoader(): Loader {
  let render: LessonRenderer | undefined;
  return {
    name: "aula-course",
    async load({ store, logger, parseData, generateDigest }) {
      const env = readSiteEnv();
      const course = loadCourseConfig(env.contentDir);
      render ??= await createLessonRenderer({
        base: env.base,
        publicDir: resolve("public"),
        legacyBase: course.legacyBase,
      });
      const collector = buildProblems();
      const problems: Problem[] = [];
      store.clear();

      for (const path of listLessonFiles(env.contentDir)) {
        const absolute = join(env.contentDir, path);
        const file = relativeFilePath(absolute);
        collector.clearFile(file);
        const source = readFileSync(absolute, "utf8");
        const lesson = readLesson(path, file, source, course);
        problems.push(...lesson.diagnostics);
        if (!lesson.place || !lesson.frontmatter) continue;

        const context = { lessonId: lesson.place.id, unit: lesson.place.unit, course };
        rememberLessonContext(absolute, context);
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
          digest: generateDigest(source),
        };
        if (path.endsWith(".mdx")) {
          store.set({ ...entry, deferredRender: true });
          continue;
        }
        const text = lessonText(file, source, { baseUrl: env.base.replace(/\/$/, "") });
        problems.push(...text.problems);
        try {
          store.set({ ...entry, rendered: await render(text.text, { path: absolute, context }) });
        } catch (error) {
          problems.push({
            file,
            severity: "error",
            ruleId: "markdown/render",
            message: `No se pudo procesar el Markdown: ${error instanceof Error ? error.message.split("\n").at(-1) : String(error)}`,
          });
        }
      }

      for (const p of problems) collector.add(p);
      const all = collector.list();
      for (const warning of all.filter((p) => p.severity !== "error")) logger.warn(formatProblem(warning));
      const errors = all.filter((p) => p.severity === "error");
      if (errors.length > 0) throw new AuthorError(errors);
    },
  };
}
