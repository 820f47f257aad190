// Runs the side-by-side builds of `npm run bench -- --vs-starlight`; the figures and the report
// are in `vs-starlight.ts`, the log phases in `build-log.ts`.
import { spawn, spawnSync } from "node:child_process";
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { stringify } from "yaml";
import { astroCacheDir, stampPath } from "../../src/core/build/up-to-date.ts";
import { courseConfigFileName } from "../../src/core/course/config.ts";
import { parseLessonFileName } from "../../src/core/course/lessons.ts";
import { countRenderedPages, formatTimedLog, parsePhases, type TimedLine } from "./build-log.ts";
import {
  aulaLesson,
  type BuildKind,
  buildKinds,
  type BuildRun,
  formatVsStarlight,
  kindLabels,
  pagePosition,
  pagesPerCopy,
  parseMaxRssKb,
  parseVsStarlightArgs,
  summarize,
  type Variant,
  type VsStarlightReport,
} from "./vs-starlight.ts";

const root = resolve(import.meta.dirname, "../..");
const benchDir = join(root, ".aula/bench");
const work = join(benchDir, "vs-starlight");
const anchors = resolve(process.env.AULA_ANCHORS_DIR ?? join(root, "../shared/anchors"));
const gnuTime = "/usr/bin/time";
const hasGnuTime = existsSync(gnuTime) && spawnSync(gnuTime, ["-v", "true"]).status === 0;

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) {
    throw new Error(`«${command} ${args.join(" ")}» terminó con el código ${result.status}\n${result.stderr}`);
  }
}

function nodeOf(project: string): string {
  const own = join(project, "node_modules/node/bin/node");
  return existsSync(own) ? own : process.execPath;
}

/** The anchor project, installed once from its pinned lockfile and then reused. */
function setUpStarlight(dir: string): void {
  if (existsSync(join(dir, "node_modules/astro/package.json")) && existsSync(join(dir, "astro.config.mjs"))) return;
  console.log(`Instalando el proyecto Starlight de referencia en ${dir} (npm ci)…`);
  run("bash", [join(anchors, "starlight/setup.sh"), dir], root);
}

interface Project {
  variant: Variant;
  cwd: string;
  args: string[];
  env: Record<string, string>;
  /** What a clean build removes. */
  caches: string[];
  lessonPath: string;
  outDir: string;
  /** The source of that lesson, which an `edit` build changes. */
  lessonSource: string;
}

/** Writes the same generated chapters for every project at `size` chapter pages. */
function prepareContent(size: number, starlightDir: string): Project[] {
  const scale = String(size / pagesPerCopy);
  const makeContent = join(anchors, "make-content.mjs");
  const pagesDir = join(work, `content-${size}`, "pages");
  rmSync(join(work, `content-${size}`), { recursive: true, force: true });
  run(process.execPath, [makeContent, pagesDir, "--scale", scale, "--clean"], root);
  run(process.execPath, [makeContent, join(starlightDir, "src/content/docs/es"), "--scale", scale, "--clean"], root);

  const pages = readdirSync(pagesDir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(pagesDir, name), "utf8") }));
  const first = pages.find((p) => pagePosition(p.text) === 1) ?? pages[0]!;
  const starlightCaches = ["dist", ".astro", "node_modules/.astro", "node_modules/.vite"].map((p) =>
    join(starlightDir, p),
  );
  const projects: Project[] = [
    {
      variant: "starlight",
      cwd: starlightDir,
      args: [nodeOf(starlightDir), "node_modules/astro/bin/astro.mjs", "build"],
      env: { ASTRO_TELEMETRY_DISABLED: "1" },
      caches: starlightCaches,
      lessonPath: `es/${first.name.replace(/\.md$/, "")}/index.html`,
      outDir: join(starlightDir, "dist"),
      lessonSource: join(starlightDir, "src/content/docs/es", first.name),
    },
  ];
  for (const variant of ["aula", "aula-6"] as const) {
    const contentDir = join(work, `content-${size}`, variant);
    const unitOf = (position: number) =>
      variant === "aula" ? "tema2" : `tema-${String(Math.ceil(position / pagesPerCopy)).padStart(3, "0")}`;
    const units = new Map<string, string>();
    for (const page of pages) {
      const position = pagePosition(page.text);
      const unit = unitOf(position);
      units.set(unit, variant === "aula" ? "Tema 2: Docker" : `Tema 2: Docker (${Math.ceil(position / pagesPerCopy)})`);
      mkdirSync(join(contentDir, unit), { recursive: true });
      writeFileSync(join(contentDir, unit, page.name), aulaLesson(page.text, unit));
    }
    const sorted = [...units].sort(([a], [b]) => a.localeCompare(b));
    writeFileSync(
      join(contentDir, courseConfigFileName),
      stringify({
        title: "Ciberseguridad: Docker",
        description: "Tema 2: alojamiento, virtualización, sandboxing y laboratorio de Docker.",
        units: sorted.map(([id, title]) => ({ id, title })),
      }),
    );
    const outDir = join(work, `dist-${variant}`);
    // `npm run build`, as a teacher runs it: it reuses an output with nothing to do.
    projects.push({
      variant,
      cwd: root,
      args: [nodeOf(root), join(root, "bin/aula.mjs"), "build"],
      env: {
        ASTRO_TELEMETRY_DISABLED: "1",
        AULA_CONTENT_DIR: contentDir,
        AULA_OUT_DIR: outDir,
        AULA_PDF: "off",
        BASE_PATH: "/",
        SITE_URL: "http://127.0.0.1/",
      },
      caches: [
        outDir,
        astroCacheDir(root, outDir),
        stampPath(root, outDir),
        join(root, ".astro"),
        join(root, ".aula/cache"),
      ],
      lessonPath: `${unitOf(1)}/${parseLessonFileName(first.name).slug}/index.html`,
      outDir,
      lessonSource: join(contentDir, unitOf(1), first.name),
    });
  }
  return projects;
}

/** One whole-process build, with the time each log line arrived. */
async function build(
  project: Project,
  logFile: string,
): Promise<{ ms: number; maxRssKb?: number; lines: TimedLine[] }> {
  const timeFile = `${logFile}.time`;
  const [command, ...args] = hasGnuTime ? [gnuTime, "-v", "-o", timeFile, ...project.args] : project.args;
  const start = performance.now();
  const child = spawn(command!, args, {
    cwd: project.cwd,
    env: { ...process.env, ...project.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: TimedLine[] = [];
  const pending = { out: "", err: "" };
  const collect = (key: keyof typeof pending) => (chunk: Buffer) => {
    const ms = performance.now() - start;
    const parts = (pending[key] + chunk.toString("utf8")).split("\n");
    pending[key] = parts.pop() ?? "";
    for (const text of parts) lines.push({ ms, text });
  };
  child.stdout.on("data", collect("out"));
  child.stderr.on("data", collect("err"));
  const code = await new Promise<number | null>((done, fail) => {
    child.on("error", fail);
    child.on("close", done);
  });
  const ms = performance.now() - start;
  for (const text of [pending.out, pending.err]) if (text) lines.push({ ms, text });
  writeFileSync(logFile, formatTimedLog(lines));
  if (code !== 0) {
    const tail = lines.slice(-20).map((l) => l.text);
    throw new Error(
      `La compilación de ${project.variant} terminó con el código ${code} (${logFile}):\n${tail.join("\n")}`,
    );
  }
  const maxRssKb = hasGnuTime && existsSync(timeFile) ? parseMaxRssKb(readFileSync(timeFile, "utf8")) : undefined;
  return { ms, maxRssKb, lines };
}

async function measure(project: Project, size: number, kind: BuildKind, runIndex: number): Promise<BuildRun> {
  if (kind === "clean") for (const path of project.caches) rmSync(path, { recursive: true, force: true });
  if (kind === "edit") appendFileSync(project.lessonSource, `\nUn párrafo más, añadido en la vuelta ${runIndex}.\n`);
  const logFile = join(work, "logs", `${size}-${project.variant}-${kind}-${runIndex}.log`);
  const { ms, maxRssKb, lines } = await build(project, logFile);
  const result: BuildRun = {
    variant: project.variant,
    size,
    kind,
    run: runIndex,
    ms,
    maxRssKb,
    phases: parsePhases(lines, ms),
    pages: countRenderedPages(lines),
  };
  console.log(
    `  ${size} · ${project.variant} · ${kindLabels[kind]} #${runIndex}: ${(ms / 1000).toFixed(2)} s` +
      (maxRssKb ? `, ${Math.round(maxRssKb / 1024)} MiB` : ""),
  );
  return result;
}

export async function runVsStarlight(argv: string[]): Promise<number> {
  const options = parseVsStarlightArgs(argv);
  const starlightDir = resolve(options.starlightDir ?? join(tmpdir(), "aula-bench", "starlight"));
  mkdirSync(join(work, "logs"), { recursive: true });
  const machine = `${cpus().length} núcleos, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, carga ${loadavg()[0]!.toFixed(1)} al empezar`;
  setUpStarlight(starlightDir);

  const builds: BuildRun[] = [];
  const lessons: { variant: Variant; size: number; path: string; bytes?: number }[] = [];
  for (const size of options.sizes) {
    console.log(`${size} páginas de capítulo:`);
    const projects = prepareContent(size, starlightDir);
    const byVariant = (v: Variant) => projects.find((p) => p.variant === v)!;
    // aula and Starlight in turn, then aula in units of 6; each warm build follows its clean one.
    const rounds = [[byVariant("aula"), byVariant("starlight")], [byVariant("aula-6")]];
    for (let runIndex = 1; runIndex <= options.runs; runIndex++) {
      for (const round of rounds) {
        for (const kind of buildKinds) {
          for (const project of round) builds.push(await measure(project, size, kind, runIndex));
        }
      }
    }
    for (const project of projects) {
      const file = join(project.outDir, project.lessonPath);
      lessons.push({
        variant: project.variant,
        size,
        path: project.lessonPath,
        bytes: existsSync(file) ? statSync(file).size : undefined,
      });
    }
  }

  const report: VsStarlightReport = {
    date: new Date().toISOString(),
    machine,
    runs: options.runs,
    memoryFrom: hasGnuTime ? "/usr/bin/time -v" : "no medida (no hay /usr/bin/time)",
    results: summarize(builds, lessons),
    builds,
  };
  const markdown = formatVsStarlight(report);
  writeFileSync(join(benchDir, "vs-starlight.md"), markdown);
  writeFileSync(join(benchDir, "vs-starlight.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `\n${markdown}\nInforme: ${join(benchDir, "vs-starlight.md")} y vs-starlight.json; registros en ${join(work, "logs")}`,
  );
  return 0;
}
