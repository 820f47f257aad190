// `npm run bench -- --exports [--runs 3]`: the figures of issue 25 in one sitting, each command timed whole
// (Node's start included, as a teacher waits for it). The sample course is built clean into a folder of its
// own; a 30-lesson synthetic course measures the PDFs after a one-lesson edit.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { exportChecks, type ExportFigures, formatExportBench, median, printedPdfMs, timedCpuMs } from "./exports.ts";
import { generateCourse } from "./synthetic.ts";
import { astroCacheDir } from "../../src/core/build/up-to-date.ts";

const root = resolve(import.meta.dirname, "../..");
const work = join(root, ".aula/bench/exports");
const aula = join(root, "bin/aula.mjs");

/** GNU time, when the machine has it: the CPU a command used, next to its wall-clock time. */
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

function run(args: string[], env: Record<string, string>): { ms: number; cpuMs?: number; stdout: string } {
  const start = performance.now();
  const [command, ...rest] = gnuTime
    ? [gnuTime, "-f", "cpu %U %S", process.execPath, ...args]
    : [process.execPath, ...args];
  const result = spawnSync(command!, rest, {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
  });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`«${args.join(" ")}» terminó con el código ${result.status}`);
  }
  return { ms, cpuMs: timedCpuMs(result.stderr), stdout: result.stdout };
}

const runs = (argv: string[]): number => {
  const at = argv.findIndex((a) => a === "--runs" || a.startsWith("--runs="));
  const value = at < 0 ? "3" : argv[at]!.includes("=") ? argv[at]!.split("=")[1] : argv[at + 1];
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--runs: «${value ?? ""}» no es un número de vueltas`);
  return n;
};

/** Removes what a clean build must not find: the output folder, Astro's cache for it and aula's caches. */
function clean(out: string): void {
  rmSync(out, { recursive: true, force: true });
  rmSync(astroCacheDir(root, out), { recursive: true, force: true });
  rmSync(join(root, ".aula/cache"), { recursive: true, force: true });
}

function firstLesson(dir: string): string {
  const file = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((p) => p.endsWith(".md"))
    .sort()[0];
  if (!file) throw new Error(`${dir} no tiene lecciones`);
  return join(dir, file);
}

export async function runExportsBench(argv: string[]): Promise<number> {
  const times = runs(argv);
  mkdirSync(work, { recursive: true });
  const loadStart = loadavg();

  // The sample course, built clean, then exported with the site current.
  const sampleOut = join(work, "dist");
  const sampleEnv = {
    AULA_OUT_DIR: sampleOut,
    AULA_SCORM_ZIP: join(work, "curso-scorm.zip"),
    AULA_EPUB: join(work, "curso.epub"),
  };
  clean(sampleOut);
  const build = run([aula, "build", "--force"], sampleEnv);
  console.log(`Curso de ejemplo compilado en limpio: ${(build.ms / 1000).toFixed(1)} s`);
  const timesOf = (args: string[]) => {
    const results = Array.from({ length: times }, () => {
      const result = run([aula, ...args], sampleEnv);
      if (result.stdout.includes("se construye primero")) throw new Error(`«aula ${args.join(" ")}» volvió a compilar`);
      return result;
    });
    const cpu = results.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs]));
    return { ms: median(results.map((r) => r.ms)), cpuMs: cpu.length ? median(cpu) : undefined };
  };
  const scorm12 = timesOf(["export", "scorm"]);
  const scorm2004 = timesOf(["export", "scorm", "--scorm", "2004"]);
  const epub = timesOf(["export", "epub"]);
  console.log(
    `SCORM 1.2 ${(scorm12.ms / 1000).toFixed(1)} s, 2004 ${(scorm2004.ms / 1000).toFixed(1)} s, EPUB ${(epub.ms / 1000).toFixed(2)} s`,
  );

  // PDFs of a 30-lesson course: all printed, then one lesson edited and the site rebuilt.
  const content = join(work, "curso-30");
  const out = join(work, "dist-30");
  const { lessons } = generateCourse(join(root, "content"), content, 5);
  const env = { AULA_CONTENT_DIR: content, AULA_OUT_DIR: out, AULA_PDF: "on" };
  const astro = [join(root, "node_modules/astro/bin/astro.mjs"), "build"];
  clean(out);
  run(astro, env);
  const pdfClean = run([aula, "pdf", "--no-build"], env).ms;
  appendFileSync(firstLesson(content), "\n\nUn párrafo que el banco de pruebas añade a la lección.\n");
  run(astro, env);
  const edited = run([aula, "pdf", "--no-build"], env);
  console.log(
    `PDF de ${lessons} lecciones: ${(pdfClean / 1000).toFixed(1)} s en limpio, ${(edited.ms / 1000).toFixed(1)} s tras la edición`,
  );

  const figures: ExportFigures = {
    sampleBuildMs: build.ms,
    samplePdfMs: printedPdfMs(build.stdout),
    scormMs: { "1.2": scorm12.ms, "2004": scorm2004.ms },
    epubMs: epub.ms,
    cpuMs:
      scorm12.cpuMs !== undefined && scorm2004.cpuMs !== undefined && epub.cpuMs !== undefined
        ? { scorm12: scorm12.cpuMs, scorm2004: scorm2004.cpuMs, epub: epub.cpuMs }
        : undefined,
    pdfLessons: lessons,
    pdfCleanMs: pdfClean,
    pdfEditMs: edited.ms,
    loadStart,
    loadEnd: loadavg(),
  };
  const machine = `${cpus().length} núcleos, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${times} vueltas por exportación (mediana)`;
  const table = formatExportBench(figures, machine);
  writeFileSync(join(work, "informe.md"), table);
  writeFileSync(join(work, "informe.json"), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\n${table}`);
  // Like the other budgets: it measures and never fails a test run, but says so in its exit code.
  return exportChecks(figures).every((check) => check.ok) ? 0 : 1;
}
