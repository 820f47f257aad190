import { phaseNames, type Phases } from "./build-log.ts";

/**
 * The side-by-side benchmark against Starlight (`npm run bench -- --vs-starlight`): options,
 * medians and the report. Running the builds is in `vs-starlight-run.ts`.
 */

/** aula in one unit (as Starlight's single sidebar), aula in units of 6, and Starlight. */
export const variants = ["aula", "aula-6", "starlight"] as const;
export type Variant = (typeof variants)[number];

export const variantLabels: Record<Variant, string> = {
  aula: "aula (una unidad)",
  "aula-6": "aula (unidades de 6)",
  starlight: "Starlight",
};

/** `clean`: no output or caches; `warm`: nothing changed since the last build; `edit`: one lesson edited. */
export type BuildKind = "clean" | "warm" | "edit";
export const buildKinds: readonly BuildKind[] = ["clean", "warm", "edit"];
export const kindLabels: Record<BuildKind, string> = {
  clean: "en frío",
  warm: "en caliente",
  edit: "con una lección cambiada",
};

/** One whole-process build. */
export interface BuildRun {
  variant: Variant;
  size: number;
  kind: BuildKind;
  run: number;
  ms: number;
  /** Largest resident set of the build process or any process it waited for. */
  maxRssKb?: number;
  phases: Phases;
  /** Routes the log says were written. */
  pages: number;
}

export interface VariantSummary {
  variant: Variant;
  size: number;
  cleanMs: number;
  warmMs: number;
  editMs: number;
  maxRssKb?: number;
  pages: number;
  /** Bytes of the same lesson page (the course's first chapter). */
  lessonHtmlBytes?: number;
  lessonPath?: string;
  cleanPhases: Phases;
  warmPhases: Phases;
  editPhases: Phases;
}

export interface VsStarlightReport {
  date: string;
  machine: string;
  runs: number;
  memoryFrom: string;
  results: VariantSummary[];
  builds: BuildRun[];
}

export interface VsStarlightOptions {
  sizes: number[];
  runs: number;
  /** Where the Starlight anchor is set up (and reused). */
  starlightDir?: string;
}

export const defaultSizes = [6, 300, 1200];
/** make-content.mjs writes 6 pages per copy of the seed. */
export const pagesPerCopy = 6;

function positiveInteger(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} espera un número entero positivo, no «${value ?? ""}»`);
  return n;
}

/** Reads `--sizes 6,300 --runs 3 --starlight-dir DIR` (also as `--flag=value`). */
export function parseVsStarlightArgs(argv: string[]): VsStarlightOptions {
  const options: VsStarlightOptions = { sizes: defaultSizes, runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === "--vs-starlight") continue;
    else if (flag === "--sizes") {
      options.sizes = (value() ?? "").split(",").map((s) => positiveInteger("--sizes", s.trim()));
      const odd = options.sizes.find((s) => s % pagesPerCopy !== 0);
      if (odd !== undefined) throw new Error(`--sizes: ${odd} no es múltiplo de ${pagesPerCopy} páginas de capítulo`);
    } else if (flag === "--runs") options.runs = positiveInteger("--runs", value());
    else if (flag === "--starlight-dir") options.starlightDir = value();
    else throw new Error(`opción desconocida para --vs-starlight: «${argv[i]}» (usa --sizes, --runs, --starlight-dir)`);
  }
  return options;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || !(b > 0) ? undefined : a / b;
}

function medianPhases(runs: BuildRun[]): Phases {
  const phases: Phases = {};
  for (const name of phaseNames) {
    const values = runs.map((r) => r.phases[name]).filter((v): v is number => v !== undefined);
    if (values.length) phases[name] = median(values);
  }
  return phases;
}

/** Medians of time and phases per variant and size; memory is the peak over all runs. */
export function summarize(
  builds: BuildRun[],
  lessons: { variant: Variant; size: number; path: string; bytes?: number }[] = [],
): VariantSummary[] {
  const results: VariantSummary[] = [];
  const sizes = [...new Set(builds.map((b) => b.size))];
  for (const size of sizes) {
    for (const variant of variants) {
      const mine = builds.filter((b) => b.size === size && b.variant === variant);
      if (mine.length === 0) continue;
      const clean = mine.filter((b) => b.kind === "clean");
      const warm = mine.filter((b) => b.kind === "warm");
      const edit = mine.filter((b) => b.kind === "edit");
      const rss = mine.map((b) => b.maxRssKb).filter((v): v is number => v !== undefined);
      const lesson = lessons.find((l) => l.variant === variant && l.size === size);
      results.push({
        variant,
        size,
        cleanMs: median(clean.map((b) => b.ms)),
        warmMs: median(warm.map((b) => b.ms)),
        editMs: median(edit.map((b) => b.ms)),
        maxRssKb: rss.length ? Math.max(...rss) : undefined,
        pages: Math.max(0, ...mine.map((b) => b.pages)),
        lessonHtmlBytes: lesson?.bytes,
        lessonPath: lesson?.path,
        cleanPhases: medianPhases(clean),
        warmPhases: medianPhases(warm),
        editPhases: medianPhases(edit),
      });
    }
  }
  return results;
}

const seconds = (ms: number | undefined) =>
  ms === undefined || Number.isNaN(ms) ? "—" : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const times = (r: number | undefined) => (r === undefined ? "—" : r.toFixed(2));
const mib = (kb: number | undefined) => (kb === undefined ? "—" : `${Math.round(kb / 1024)} MiB`);
const kb = (bytes: number | undefined) => (bytes === undefined ? "—" : `${Math.round(bytes / 1024)} KB`);
const sizeLabel = (n: number) => n.toLocaleString("en-US");

export function formatVsStarlight(report: VsStarlightReport): string {
  const find = (size: number, variant: Variant) => report.results.find((r) => r.size === size && r.variant === variant);
  const sizes = [...new Set(report.results.map((r) => r.size))];
  const lines = [
    "# aula frente a Starlight",
    "",
    `${report.date} · ${report.machine} · mediana de ${report.runs} ${report.runs === 1 ? "compilación" : "compilaciones"} por casilla, proceso entero, en turnos alternos; PDF de aula desactivados · memoria: ${report.memoryFrom}`,
    "",
    "| páginas de capítulo | aula | aula en frío | Starlight en frío | aula / Starlight | aula en caliente | Starlight en caliente | aula / Starlight | aula, una lección cambiada | Starlight, una lección cambiada | aula / Starlight | memoria máx. aula / Starlight | HTML de una lección aula / Starlight |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const size of sizes) {
    const starlight = find(size, "starlight");
    for (const variant of variants.filter((v) => v !== "starlight")) {
      const aula = find(size, variant);
      if (!aula) continue;
      lines.push(
        `| ${sizeLabel(size)} | ${variant === "aula" ? "una unidad" : "unidades de 6"} | ${seconds(aula.cleanMs)} | ${seconds(starlight?.cleanMs)} | ${times(ratio(aula.cleanMs, starlight?.cleanMs))} | ${seconds(aula.warmMs)} | ${seconds(starlight?.warmMs)} | ${times(ratio(aula.warmMs, starlight?.warmMs))} | ${seconds(aula.editMs)} | ${seconds(starlight?.editMs)} | ${times(ratio(aula.editMs, starlight?.editMs))} | ${mib(aula.maxRssKb)} / ${mib(starlight?.maxRssKb)} | ${kb(aula.lessonHtmlBytes)} / ${kb(starlight?.lessonHtmlBytes)} |`,
      );
    }
  }
  for (const size of sizes) {
    const present = variants.map((v) => find(size, v)).filter((r): r is VariantSummary => r !== undefined);
    const columns = buildKinds.flatMap((kind) => present.map((r) => ({ kind, r })));
    const phasesOf = (c: (typeof columns)[number]) => c.r[`${c.kind}Phases`];
    const msOf = (c: (typeof columns)[number]) => c.r[`${c.kind}Ms`];
    lines.push(
      "",
      `## Fases a ${sizeLabel(size)} páginas de capítulo (del registro de cada compilación)`,
      "",
      `| fase | ${columns.map((c) => `${variantLabels[c.r.variant]} ${kindLabels[c.kind]}`).join(" | ")} |`,
      `| --- | ${columns.map(() => "---").join(" | ")} |`,
    );
    for (const phase of phaseNames) {
      const cells = columns.map((c) => phasesOf(c)[phase]);
      if (cells.every((v) => v === undefined)) continue;
      lines.push(`| ${phase} | ${cells.map(seconds).join(" | ")} |`);
    }
    lines.push(
      `| total | ${columns.map((c) => seconds(msOf(c))).join(" | ")} |`,
      `| páginas escritas | ${columns.map((c) => String(c.r.pages)).join(" | ")} |`,
    );
    const paths = present.filter((r) => r.lessonPath).map((r) => `${variantLabels[r.variant]}: \`${r.lessonPath}\``);
    if (paths.length) lines.push("", `Lección medida: ${paths.join(", ")}.`);
  }
  return `${lines.join("\n")}\n`;
}

/** `Maximum resident set size (kbytes): N` from `/usr/bin/time -v`. */
export function parseMaxRssKb(timeOutput: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(timeOutput);
  return match ? Number(match[1]) : undefined;
}

/**
 * A make-content.mjs page as an aula lesson of `unit`: the unit goes in `categories` and the
 * page's position (`weight`) in `order`, since copies share their file-name number.
 */
export function aulaLesson(page: string, unit: string): string {
  const position = pagePosition(page);
  const extra = [`categories: ${unit}`, ...(Number.isNaN(position) ? [] : [`order: ${position}`])].join("\n");
  return page.replace(/^---\n/, `---\n${extra}\n`);
}

/** Position of a make-content.mjs page in the course, from its `weight`. */
export function pagePosition(page: string): number {
  return Number(/^weight:\s*(\d+)\s*$/m.exec(page)?.[1] ?? Number.NaN);
}
