import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { Loader } from "astro/loaders";
import { AuthorError, buildDiagnostics, type Diagnostic, formatDiagnostic, relativeFilePath } from "../diagnostics.ts";
import { preprocessLiquid } from "../markdown/liquid.ts";
import { loadCourseConfig, readSiteEnv } from "./env.ts";
import { readLesson } from "./lessons.ts";
import { listLessonFiles } from "./lessons-files.ts";

export { listLessonFiles };

/** remark would read a body that starts with `---` as front matter a second time. */
function guardThematicBreak(body: string): string {
  return /^\s*(---|\+\+\+)/.test(body) && body.startsWith("\n") ? `<!---->${body}` : body;
}

/**
 * Loads every lesson of the course. Unlike Astro's glob loader it reads Jekyll front matter
 * leniently, keeps file line numbers for plugins, and fails the build once, listing every
 * author mistake, instead of logging and carrying on.
 */
export function courseLoader(): Loader {
  return {
    name: "aula-course",
    async load({ store, logger, parseData, renderMarkdown, generateDigest }) {
      const env = readSiteEnv();
      const course = loadCourseConfig(env.contentDir);
      const collector = buildDiagnostics();
      const diagnostics: Diagnostic[] = [];
      store.clear();

      for (const path of listLessonFiles(env.contentDir)) {
        const absolute = join(env.contentDir, path);
        const file = relativeFilePath(absolute);
        collector.clearFile(file);
        const source = readFileSync(absolute, "utf8");
        const lesson = readLesson(path, file, source, course);
        diagnostics.push(...lesson.diagnostics);
        if (!lesson.place || !lesson.frontmatter) continue;

        const data = await parseData({
          id: lesson.place.id,
          data: { ...lesson.frontmatter, ...lesson.place, sourcePath: relative(process.cwd(), absolute) },
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
        const liquid = preprocessLiquid(lesson.body, { baseUrl: env.base.replace(/\/$/, ""), file });
        diagnostics.push(...liquid.diagnostics);
        try {
          const rendered = await renderMarkdown(guardThematicBreak(liquid.text), { fileURL: pathToFileURL(absolute) });
          store.set({ ...entry, rendered });
        } catch (error) {
          diagnostics.push({
            file,
            severity: "error",
            ruleId: "markdown/render",
            reason: `No se pudo procesar el Markdown: ${error instanceof Error ? error.message.split("\n").at(-1) : String(error)}`,
          });
        }
      }

      for (const d of diagnostics) collector.add(d);
      const all = collector.list();
      for (const warning of all.filter((d) => d.severity === "warning")) logger.warn(formatDiagnostic(warning));
      const errors = all.filter((d) => d.severity === "error");
      if (errors.length > 0) throw new AuthorError(errors);
    },
  };
}
