// Benchmark: `npm run bench`. Builds synthetic courses at 1x, 50x and 200x the real one and
// reports build times, page weight, search index size and budgets. It measures; it never fails
// a test run, but it exits 1 when a budget is broken.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { checkBudgets, type PageWeight, type ScaleResult } from "./bench/budgets.ts";
import { type BenchReport, formatMarkdown } from "./bench/report.ts";
import { generateCourse } from "./bench/synthetic.ts";
import { lighthouseScores } from "./bench/lighthouse.ts";
import { launchChromium } from "../src/core/browser/launch.ts";
import { serveSite } from "../src/core/server/static.ts";

const root = resolve(import.meta.dirname, "..");
const work = join(root, ".aula/bench");
const aula = join(root, "bin/aula.mjs");
const factors = (process.env.AULA_BENCH_FACTORS ?? "1,50,200").split(",").map(Number);
const lessonPath = "laboratorio-1/index.html";

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).map((p) => p.split(sep).join("/"));
}

function bytesUnder(dir: string): number | undefined {
  if (!existsSync(dir)) return undefined;
  return files(dir).reduce((sum, p) => sum + (statSync(join(dir, p)).isFile() ? statSync(join(dir, p)).size : 0), 0);
}

function timed(command: string, args: string[], env: Record<string, string>): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`«${command} ${args.join(" ")}» terminó con el código ${result.status}`);
  }
  return ms;
}

function buildEnv(content: string, out: string): Record<string, string> {
  return {
    ASTRO_TELEMETRY_DISABLED: "1",
    AULA_CONTENT_DIR: content,
    AULA_OUT_DIR: out,
    BASE_PATH: "/",
    SITE_URL: "http://127.0.0.1/",
    // PDF export is measured once, on the real course size.
    AULA_PDF: "off",
  };
}

function measureScale(factor: number): ScaleResult {
  const content = join(work, `curso-${factor}x`);
  const out = join(work, `dist-${factor}x`);
  generateCourse(join(root, "content"), content, factor);
  rmSync(out, { recursive: true, force: true });
  rmSync(join(root, ".aula/cache"), { recursive: true, force: true });
  const env = buildEnv(content, out);
  const coldBuildMs = timed("npx", ["astro", "build"], env);
  const warmBuildMs = timed("npx", ["astro", "build"], env);
  const pages = files(out).filter((p) => p.endsWith(".html")).length;
  const lesson = files(out).find((p) => p.endsWith(`/${lessonPath}`));
  const lessonHtmlBytes = lesson ? statSync(join(out, lesson)).size : 0;
  const lintMs = timed("node", [aula, "lint", content, "--no-shellcheck"], { AULA_CONTENT_DIR: content });
  const result = {
    factor,
    pages,
    coldBuildMs,
    warmBuildMs,
    lessonHtmlBytes,
    searchIndexBytes: bytesUnder(join(out, "pagefind")),
    lintMs,
  };
  console.log(
    `${factor}×: ${pages} páginas, ${(coldBuildMs / 1000).toFixed(1)} s en frío, ${(warmBuildMs / 1000).toFixed(1)} s en caliente`,
  );
  return result;
}

async function measureWeight(out: string): Promise<PageWeight> {
  const server = await serveSite(out, "/");
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const loaded: { type: string; body: Buffer }[] = [];
    page.on("response", async (response) => {
      const type = response.request().resourceType();
      if (type === "script" || type === "stylesheet") loaded.push({ type, body: await response.body() });
    });
    const lesson = files(out).find((p) => p.endsWith(`/${lessonPath}`)) ?? lessonPath;
    await page.goto(`${server.url}${lesson.replace(/index\.html$/, "")}`, { waitUntil: "networkidle" });
    const inline = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent ?? ""),
      styles: [...document.querySelectorAll("style")].map((s) => s.textContent ?? ""),
    }));
    const js = [
      ...loaded.filter((l) => l.type === "script").map((l) => l.body),
      ...inline.scripts.map((s) => Buffer.from(s)),
    ];
    const css = [
      ...loaded.filter((l) => l.type === "stylesheet").map((l) => l.body),
      ...inline.styles.map((s) => Buffer.from(s)),
    ];
    // Inline scripts and styles travel inside the page, in one gzip stream: measure them together.
    const gzip = (parts: Buffer[]) => gzipSync(Buffer.concat(parts)).length;
    const raw = (parts: Buffer[]) => parts.reduce((sum, b) => sum + b.length, 0);
    const gzipEach = (parts: Buffer[]) => parts.reduce((sum, b) => sum + gzip([b]), 0);
    const mermaidBytes = files(out)
      .filter((p) => p.endsWith(".js") || p.endsWith(".mjs"))
      .map((p) => readFileSync(join(out, p), "utf8"))
      .filter((text) => text.includes("mermaidAPI"))
      .reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    return {
      jsBytes: raw(js),
      jsGzipBytes: gzipEach(js),
      cssBytes: raw(css),
      cssGzipBytes: gzipEach(css),
      mermaidBytes,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

// PDF export, cold (empty PDF cache) and warm (nothing changed), next to the site's clean build of the
// same course: the 6-lesson course and a 30-lesson synthetic one. `AULA_BENCH_PDF=only` runs just this.
interface PdfBench {
  lessons: number;
  buildMs: number;
  coldMs: number;
  warmMs: number;
}

function measurePdfExport(factor: number): PdfBench {
  const content = join(work, `pdf-curso-${factor}x`);
  const out = join(work, `pdf-dist-${factor}x`);
  const { lessons } = generateCourse(join(root, "content"), content, factor);
  rmSync(out, { recursive: true, force: true });
  rmSync(join(root, ".aula/cache"), { recursive: true, force: true });
  const env = { ...buildEnv(content, out), AULA_PDF: "on" };
  const buildMs = timed("npx", ["astro", "build"], env);
  const coldMs = timed("node", [aula, "pdf", "--no-build"], env);
  const warmMs = timed("node", [aula, "pdf", "--no-build"], env);
  return { lessons, buildMs, coldMs, warmMs };
}

function formatPdfBench(rows: PdfBench[]): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return [
    "## Exportación a PDF",
    "",
    "| Lecciones | Compilación limpia del sitio | PDF en frío | PDF sin cambios | Frío / compilación |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.lessons} | ${s(r.buildMs)} | ${s(r.coldMs)} | ${s(r.warmMs)} | ${(r.coldMs / r.buildMs).toFixed(2)}× |`,
    ),
    "",
  ].join("\n");
}

async function runPdfBench(): Promise<string> {
  const markdown = formatPdfBench([1, 5].map(measurePdfExport));
  writeFileSync(join(work, "pdf.md"), markdown);
  return markdown;
}

// The code-block lint without ShellCheck, per lesson: its own time (what it prints) and the whole
// process with Node's start. `AULA_BENCH_LINT=only` runs just this, at AULA_BENCH_FACTORS.
interface LintBench {
  factor: number;
  lessons: number;
  lintMs: number;
  processMs: number;
}

function measureLint(factor: number): LintBench {
  const content = join(work, `lint-curso-${factor}x`);
  const { lessons } = generateCourse(join(root, "content"), content, factor);
  const start = performance.now();
  const result = spawnSync("node", [aula, "lint", content, "--no-shellcheck"], {
    cwd: root,
    env: { ...process.env, AULA_CONTENT_DIR: content },
    encoding: "utf8",
  });
  const processMs = performance.now() - start;
  const printed = /\((\d+) ms\)\s*$/.exec(result.stdout.trim());
  if (result.status === 2 || !printed) throw new Error(`lint:code no terminó: ${result.stderr}${result.stdout}`);
  return { factor, lessons, lintMs: Number(printed[1]), processMs };
}

function formatLintBench(rows: LintBench[]): string {
  return [
    "## Lint de código (sin ShellCheck)",
    "",
    "| Tamaño | Lecciones | Lint | Por lección | Proceso entero | Por lección (proceso) |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.factor}× | ${r.lessons} | ${r.lintMs.toFixed(0)} ms | ${(r.lintMs / r.lessons).toFixed(1)} ms | ${r.processMs.toFixed(0)} ms | ${(r.processMs / r.lessons).toFixed(1)} ms |`,
    ),
    "",
  ].join("\n");
}

function runLintBench(): string {
  const markdown = formatLintBench(factors.map(measureLint));
  writeFileSync(join(work, "lint.md"), markdown);
  return markdown;
}

async function main(): Promise<number> {
  mkdirSync(work, { recursive: true });
  if (process.env.AULA_BENCH_LINT === "only") {
    console.log(runLintBench());
    return 0;
  }
  if (process.env.AULA_BENCH_PDF === "only") {
    console.log(await runPdfBench());
    return 0;
  }
  const scales = factors.map(measureScale);
  const weight = await measureWeight(join(work, `dist-${factors[0]}x`));
  const pdfExportMs = timed("node", [aula, "pdf", "--no-build"], {
    ...buildEnv(join(work, `curso-${factors[0]}x`), join(work, `dist-${factors[0]}x`)),
    AULA_PDF: "on",
  });
  const lighthouse: NonNullable<BenchReport["lighthouse"]> = [];
  for (const factor of [factors[0], factors.at(-1)].filter((f, i, all) => f !== undefined && all.indexOf(f) === i)) {
    const out = join(work, `dist-${factor}x`);
    const lab =
      files(out)
        .find((p) => p.endsWith("/laboratorio-2/index.html"))
        ?.replace(/index\.html$/, "") ?? "";
    const server = await serveSite(out, "/");
    try {
      const [home, lesson] = await lighthouseScores([server.url, `${server.url}${lab}`]);
      lighthouse.push({ page: "inicio", factor: factor ?? 1, scores: home ?? {} });
      lighthouse.push({ page: lab, factor: factor ?? 1, scores: lesson ?? {} });
    } finally {
      await server.close();
    }
  }
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: `${cpus().length} núcleos, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    scales,
    weight,
    pdfExportMs,
    lighthouse,
    checks: checkBudgets(scales, weight),
  };
  const markdown = formatMarkdown(report);
  writeFileSync(join(work, "informe.md"), markdown);
  writeFileSync(join(work, "informe.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `\n${markdown}\n${runLintBench()}\n${await runPdfBench()}\nInforme: ${join(work, "informe.md")} y informe.json`,
  );
  return report.checks.every((c) => c.ok) ? 0 : 1;
}

/** `npm run bench -- --scorm`: the SCORM packages' export time and zip size from the built site (`npm run build` first). */
async function runScormBench(): Promise<number> {
  const { exportScorm } = await import("../src/exporters/scorm/export.ts");
  const { manifestPath, readManifest } = await import("../src/core/manifest/file.ts");
  const manifest = readManifest(manifestPath(root, resolve(root, "dist")), root);
  const work = mkdtempSync(join(tmpdir(), "aula-bench-scorm-"));
  for (const version of ["1.2", "2004"] as const) {
    const zipPath = join(work, `curso-${version}.zip`);
    const started = performance.now();
    const { bytes, files } = exportScorm(manifest, { version, zipPath, log: () => {}, warn: () => {} });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`| Paquete SCORM ${version} | ${files} archivos | ${(bytes / 1024).toFixed(0)} KB | ${seconds} s |`);
  }
  return 0;
}

/**
 * `npm run bench -- --markdown [--scale 50]`: unified, Sätteri and aula's chain over the same pages,
 * in one process, restarted with `--expose-gc` so each timed pass starts from a collected heap.
 */
async function runMarkdownBench(): Promise<number> {
  if (!process.execArgv.includes("--expose-gc")) {
    return spawnSync(process.execPath, ["--expose-gc", ...process.argv.slice(1)], { stdio: "inherit" }).status ?? 2;
  }
  const { runMarkdownBench } = await import("./bench/markdown-processors-run.ts");
  return runMarkdownBench(process.argv.slice(2));
}

// `npm run bench -- --vs-starlight [--sizes 6,300] [--runs 3]`: aula against Starlight instead.
// `npm run bench -- --exports [--runs 3]`: issue 25's export figures against their targets (scripts/bench/exports.ts).
const task = process.argv.includes("--exports")
  ? import("./bench/exports-run.ts").then((m) => m.runExportsBench(process.argv.slice(2)))
  : process.argv.includes("--vs-starlight")
    ? import("./bench/vs-starlight-run.ts").then((m) => m.runVsStarlight(process.argv.slice(2)))
    : process.argv.includes("--markdown")
      ? runMarkdownBench()
      : process.argv.includes("--scorm")
        ? runScormBench()
        : main();
process.exitCode = await task.catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 2;
});
