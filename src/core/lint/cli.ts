import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadCourseConfig, readContentDirs, readSiteEnv } from "../course/env.ts";
import { listLessonFiles } from "../course/lessons-files.ts";
import { AuthorError, relativeFilePath } from "../problems/report.ts";
import { lintConfigFor } from "./config.ts";
import { type FixOptions, formatChange, writeIfUnchanged } from "./fix.ts";
import { fixLessonChecked, formatRefused } from "./fix-checked.ts";
import { plural } from "../i18n/plural.ts";
import { formatGithub, formatHuman, formatJson, summarize } from "../problems/format.ts";
import { authorLanguage, say } from "../i18n/author/index.ts";
import { type LessonSource, type LintOptions, lintLessons } from "./lint.ts";
import { shellcheckVersion } from "./rules/shellcheck.ts";
import { writeExtract } from "./write-extract.ts";

export interface MainParams {
  argv: string[];
  /** Project root; findings name files relative to it. */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

export const usage = `Uso: aula lint [opciones] [lección.md | carpeta]…

Comprueba cada bloque de código de las lecciones (por defecto, el curso de AULA_CONTENT_DIR o content/).

  --format human|json|github   formato de salida (human por defecto)
  --max-warnings N              falla también si hay más de N avisos
  --extract CARPETA             escribe cada bloque en un archivo y un manifest.json
  --fix                         corrige en las lecciones lo que es seguro: lenguaje de los bloques, rayas y
                                comillas tipográficas, mayúsculas de órdenes, espacios tras «\\»
  --dry-run                     con --fix: muestra los cambios sin escribir nada
  --no-shellcheck               no ejecuta ShellCheck aunque esté instalado
  --help                        esta ayuda

Sale con 0 si no hay errores, 1 si los hay y 2 si la comprobación no pudo hacerse.`;

/** The CLI: returns the exit code (0 clean, 1 findings, 2 crash), like markdownlint-cli2. */
export async function main(params: MainParams): Promise<number> {
  const stdout = params.stdout ?? ((text: string) => process.stdout.write(`${text}\n`));
  const stderr = params.stderr ?? ((text: string) => process.stderr.write(`${text}\n`));
  const cwd = params.cwd ?? process.cwd();
  const env = params.env ?? process.env;
  try {
    const { values, positionals } = parseArgs({
      args: params.argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "human" },
        "max-warnings": { type: "string" },
        extract: { type: "string" },
        "no-shellcheck": { type: "boolean", default: false },
        fix: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) {
      stdout(usage);
      return 0;
    }
    const format = values.format;
    if (format !== "human" && format !== "json" && format !== "github") {
      stderr(`Formato desconocido «${format}»: usa human, json o github`);
      return 2;
    }
    const maxWarnings = values["max-warnings"] === undefined ? Infinity : Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity) {
      stderr(`--max-warnings necesita un número entero`);
      return 2;
    }

    const { contentDir } = readContentDirs(env, cwd);
    let course;
    try {
      course = loadCourseConfig(contentDir, undefined, env.AULA_LANG);
    } catch (error) {
      if (!(error instanceof AuthorError)) throw error;
      stderr(error.message);
      return 1;
    }
    // `{{ site.baseurl }}` becomes the base the build uses.
    const site = readSiteEnv(env, cwd, course.url);
    const lang = authorLanguage(env.AULA_LANG, course.lang);
    const config = lintConfigFor(course.lint);
    const targets = positionals.length > 0 ? positionals.map((p) => resolve(cwd, p)) : [site.contentDir];
    if (values["dry-run"] && !values.fix) {
      stderr(say(lang, "lint.dryRunWithoutFix"));
      return 2;
    }
    const lessons: LessonSource[] = [];
    const paths = new Map<string, string>();
    for (const target of targets) {
      if (!existsSync(target)) {
        stderr(`No existe «${relativeFilePath(target, cwd)}»`);
        return 2;
      }
      const files = statSync(target).isDirectory()
        ? listLessonFiles(target, course.notLessons).map((p) => join(target, p))
        : [target];
      for (const path of files) {
        const file = relativeFilePath(path, cwd);
        lessons.push({ file, source: readFileSync(path, "utf8") });
        paths.set(file, path);
      }
    }
    const useShellcheck = !values["no-shellcheck"] && shellcheckVersion() !== undefined;
    const lintOptions: LintOptions = { config, shellcheck: useShellcheck, baseUrl: site.base.replace(/\/$/, "") };
    if (values.fix)
      await fixAll(lessons, paths, {
        dryRun: values["dry-run"],
        options: { baseUrl: site.base.replace(/\/$/, ""), commands: new Set(config.commands) },
        lint: lintOptions,
        print: format === "human" ? stdout : stderr,
        stderr,
      });

    const started = performance.now();
    const { findings, blocks } = await lintLessons(lessons, lintOptions);
    const elapsed = performance.now() - started;

    if (values.extract) {
      const contentPrefix = `${relativeFilePath(site.contentDir, cwd)}/`;
      const manifest = writeExtract(resolve(cwd, values.extract), blocks, contentPrefix);
      stderr(`${manifest.length} bloques escritos en ${values.extract} (manifest.json)`);
    }

    const sources = new Map(lessons.map((l) => [l.file, l.source]));
    const summary = summarize(findings);
    if (format === "json") stdout(formatJson(findings));
    else if (format === "github") {
      if (findings.length > 0) stdout(formatGithub(findings));
    } else {
      if (findings.length > 0) stdout(formatHuman(findings, sources, lang));
      const shellcheck = useShellcheck
        ? say(lang, "lint.withShellcheck")
        : `${say(lang, "lint.withoutShellcheck")}${values["no-shellcheck"] ? "" : say(lang, "lint.notInstalled")}`;
      stdout(
        say(lang, "lint.summary", {
          errors: summary.errors,
          warnings: summary.warnings,
          blocks: blocks.length,
          lessons: lessons.length,
          shellcheck,
          ms: Math.round(elapsed),
        }),
      );
    }
    if (summary.errors > 0) return 1;
    if (summary.warnings > maxWarnings) {
      stderr(say(lang, "lint.tooManyWarnings", { warnings: summary.warnings, max: maxWarnings }));
      return 1;
    }
    return 0;
  } catch (error) {
    stderr(`aula lint no pudo terminar: ${error instanceof Error ? error.message : String(error)}`);
    if (env.AULA_DEBUG) stderr(error instanceof Error ? (error.stack ?? "") : "");
    return 2;
  }
}

/**
 * Fixes each lesson in place (or only prints, with --dry-run); the lint then reads the fixed text. A block
 * the fix would leave with more errors is left as it is, with one line saying why.
 */
async function fixAll(
  lessons: LessonSource[],
  paths: ReadonlyMap<string, string>,
  params: {
    dryRun: boolean;
    options: FixOptions;
    lint: LintOptions;
    print: (text: string) => void;
    stderr: (text: string) => void;
  },
) {
  let changed = 0;
  let files = 0;
  let refusedBlocks = 0;
  for (const lesson of lessons) {
    const { source, changes, read, refused } = await fixLessonChecked(
      lesson.file,
      lesson.source,
      params.options,
      params.lint,
    );
    for (const block of refused) params.print(formatRefused(lesson.file, block));
    refusedBlocks += refused.length;
    if (changes.length === 0) {
      lesson.read = read;
      continue;
    }
    if (!params.dryRun && !writeIfUnchanged(paths.get(lesson.file)!, lesson.source, source)) {
      params.stderr(`${lesson.file}: cambió mientras se corregía; no se toca (vuelve a ejecutar --fix)`);
      continue;
    }
    for (const change of changes) params.print(formatChange(lesson.file, change));
    lesson.source = source;
    changed += changes.length;
    files++;
  }
  const verb = params.dryRun ? "se cambiarían" : "cambiadas";
  const left =
    refusedBlocks > 0
      ? `; ${refusedBlocks} ${plural(refusedBlocks, "bloque se queda como estaba", "bloques se quedan como estaban")} (arriba, por qué)`
      : "";
  params.print(
    `--fix: ${changed} líneas ${verb} en ${files} lecciones${left}${params.dryRun ? " (--dry-run: no se ha escrito nada)" : ""}`,
  );
}
