import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { findChromium } from "../../core/browser/chromium.ts";
import { astroCommand } from "../../core/build/astro.ts";
import { launchChromium, NoBrowserError } from "../../core/browser/launch.ts";
import { normalizeBase, readSiteEnv } from "../../core/course/env.ts";
import { type EnginePackage, enginePackage } from "../../core/engine/package.ts";
import type { Paper } from "../../core/print/model.ts";
import { PdfCache, pdfKey } from "./pdf-cache.ts";
import { destinationPages, pageCount, setMetadata } from "./pdf-file.ts";
import { serveSite } from "../../core/server/static.ts";

export interface ExportOptions {
  root: string;
  /** The built site (`AULA_OUT_DIR`, else `dist`). */
  outDir: string;
  /** The site's base path (`BASE_PATH`). */
  base: string;
  /** `always`: build first; `if-stale`: reuse a fresh build; `never`: the caller has just built. */
  build: "always" | "if-stale" | "never";
  paper: Paper;
  log: (line: string) => void;
  /** Where PDFs are kept between exports; `.aula/cache/pdf/` by default. */
  cacheDir?: string;
  /** Starts the browser (tests count the launches). */
  launch?: () => Promise<Browser>;
}

export interface PrintedPdf {
  /** Path below the output folder, e.g. `pdf/curso.pdf`. */
  path: string;
  pages: number;
  bytes: number;
  ms: number;
  /** Print passes until the table of contents matched the pages (2 for the course, 1 for a lesson). */
  passes: number;
  /** Copied from the cache: nothing it is printed from changed. */
  reused?: boolean;
}

/** Paths whose changes make a build stale: the course's own files, and the installed engine. */
function sourcesOf(root: string): string[] {
  const site = readSiteEnv(process.env, root);
  return [
    site.contentDir,
    join(root, "src"),
    site.publicDir,
    join(root, "astro.config.mjs"),
    join(root, "package.json"),
    join(enginePackage().root, "src"),
    join(enginePackage().root, "package.json"),
  ];
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** A build is fresh when its print page is newer than every source file, config and content file. */
export function isFreshBuild(root: string, outDir: string): boolean {
  const marker = join(outDir, "imprimir", "index.html");
  if (!existsSync(marker)) return false;
  const built = statSync(marker).mtimeMs;
  return sourcesOf(root).every((path) => newestMtime(path) <= built);
}

/** The print pages of a built site: `imprimir/index.html` and `imprimir/<unit>/<lesson>/index.html`. */
export function listPrintPages(outDir: string): string[] {
  const dir = join(outDir, "imprimir");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((path) => path.replaceAll("\\", "/"))
    .filter((path) => path === "index.html" || path.endsWith("/index.html"))
    .map((path) => `imprimir/${path.replace(/index\.html$/, "")}`)
    .sort();
}

async function printPage(page: Page, paper: Paper): Promise<Uint8Array> {
  const buffer = await page.pdf({
    ...(paper === "letter" ? { format: "Letter" } : { preferCSSPageSize: true }),
    printBackground: true,
    outline: true,
    tagged: true,
  });
  return new Uint8Array(buffer);
}

/**
 * Prints one document. With page numbers (the course), a first pass finds the page of every table-of-contents target, those numbers
 * are written into reserved space, and the next pass is checked against them.
 */
async function printDocument(
  page: Page,
  url: string,
  paper: Paper,
  { pageNumbers }: { pageNumbers: boolean },
): Promise<{ pdf: Uint8Array; passes: number }> {
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  await markWrappedLines(page, paper);
  // A lesson's short index links its sections without page numbers: one pass is enough.
  if (!pageNumbers) return { pdf: await printPage(page, paper), passes: 1 };
  const anchors = await page.$$eval("[data-toc-page]", (els) =>
    els.map((el) => el.getAttribute("data-toc-page") ?? ""),
  );
  let pdf = await printPage(page, paper);
  for (let passes = 2; passes <= 4; passes++) {
    const found = await destinationPages(pdf);
    const numbers = Object.fromEntries(anchors.map((anchor) => [anchor, String(found.get(anchor) ?? "")]));
    const written = await page.$$eval(
      "[data-toc-page]",
      (els, numbers) => {
        let changed = false;
        for (const el of els) {
          const value = numbers[el.getAttribute("data-toc-page") ?? ""] ?? "";
          if (el.textContent !== value) changed = true;
          el.textContent = value;
        }
        return changed;
      },
      numbers,
    );
    if (!written) return { pdf, passes: passes - 1 };
    pdf = await printPage(page, paper);
  }
  return { pdf, passes: 4 };
}

/**
 * Lays the page out at the paper's text width and marks the code lines that wrap, for print.css to
 * give them a continuation mark: CSS alone cannot tell a wrapped line from a short one.
 */
async function markWrappedLines(page: Page, paper: Paper): Promise<void> {
  const textWidthMm = (paper === "letter" ? 215.9 : 210) - 36;
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: Math.round((textWidthMm / 25.4) * 96), height: 1100 });
  await page.$$eval(".print-doc pre code .line", (lines) => {
    for (const line of lines) {
      const height = line.getBoundingClientRect().height;
      if (height > parseFloat(getComputedStyle(line).lineHeight) * 1.5) line.classList.add("line--wrapped");
    }
  });
}

async function readMeta(page: Page) {
  return page.evaluate(() => ({
    title: document.title,
    author: document.querySelector<HTMLMetaElement>('meta[name="author"]')?.content,
    pdfPath: document.querySelector<HTMLMetaElement>('meta[name="aula:pdf"]')?.content,
    language: document.documentElement.lang || "es",
  }));
}

export class BuildFailedError extends Error {
  constructor(status: number | null) {
    super(`La compilación del sitio falló (código ${status ?? "desconocido"}).`);
    this.name = "BuildFailedError";
    this.stack = "";
  }
}

function runAstroBuild(root: string): void {
  const astro = astroCommand(root, ["build"]);
  const result = spawnSync(astro.command, astro.args, {
    cwd: root,
    stdio: "inherit",
    // The print pages are what gets printed, whatever AULA_PDF the caller's build used.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", AULA_PDF: "pages" },
  });
  if (result.status !== 0) throw new BuildFailedError(result.status);
}

/** Print pages at once in the one browser: enough to overlap waiting, few enough for two cores. */
const PAGE_POOL = 3;

/** aula's version and a hash of its files: a changed exporter (its in-page code among them) prints anew. */
export function aulaVersion(engine: Pick<EnginePackage, "version" | "fingerprint"> = enginePackage()): string {
  return `${engine.version}+${engine.fingerprint}`;
}

/**
 * Builds (or reuses) the site, then prints the course and every lesson with one Chromium. A PDF whose
 * print page, assets, paper and versions are unchanged is copied from `.aula/cache/pdf/`; when all
 * are, no browser starts.
 */
export async function exportPdfs(options: ExportOptions): Promise<PrintedPdf[]> {
  const { root, outDir, log } = options;
  const base = normalizeBase(options.base);
  const launch = options.launch ?? launchChromium;
  const cache = new PdfCache(options.cacheDir ?? join(root, ".aula", "cache", "pdf"));
  let browser: Browser | undefined;
  try {
    if (options.build === "always" || (options.build === "if-stale" && !isFreshBuild(root, outDir))) {
      // Fail before a long build when there is no browser.
      browser = await launch();
      log("Compilando el sitio…");
      runAstroBuild(root);
    }
    const targets = listPrintPages(outDir);
    if (targets.length === 0) throw new BuildFailedError(null);
    const executable = findChromium();
    let chromium = cache.chromiumVersion(executable);
    if (!chromium) {
      browser ??= await launch();
      chromium = browser.version();
      cache.rememberChromium(executable, chromium);
    }
    const version = aulaVersion();
    const jobs = targets.map((target) => ({
      target,
      key: pdfKey({ outDir, base, target, paper: options.paper, aulaVersion: version, chromium }),
      path: pdfPathOf(outDir, target),
    }));
    const printed: PrintedPdf[] = [];
    const missing = [];
    for (const job of jobs) {
      const hit = cache.get(job.key);
      if (!hit) {
        missing.push(job);
        continue;
      }
      const started = performance.now();
      const bytes = cache.copyTo(job.key, join(outDir, job.path));
      const result = { path: job.path, bytes, ms: performance.now() - started, ...hit, reused: true };
      printed.push(result);
      log(formatPrinted(result));
    }
    if (missing.length === 0) return printed;
    browser ??= await launch();
    const { url, close } = await serveSite(outDir, base);
    try {
      const context = await browser.newContext({ locale: "es-ES", colorScheme: "light" });
      // The course PDF is the longest: start it first so the lessons print alongside it.
      const queue = [...missing].sort((a, b) => Number(b.target === "imprimir/") - Number(a.target === "imprimir/"));
      const worker = async () => {
        const page = await context.newPage();
        for (let job = queue.shift(); job; job = queue.shift()) {
          const started = performance.now();
          const { pdf, passes } = await printDocument(page, url + job.target, options.paper, {
            pageNumbers: job.target === "imprimir/",
          });
          const meta = await readMeta(page);
          const bytes = await setMetadata(pdf, { title: meta.title, author: meta.author, language: meta.language });
          const file = join(outDir, job.path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, bytes);
          const pages = await pageCount(bytes);
          cache.put(job.key, bytes, { pages, passes });
          const result = { path: job.path, pages, bytes: bytes.length, ms: performance.now() - started, passes };
          printed.push(result);
          log(formatPrinted(result));
        }
        await page.close();
      };
      await Promise.all(Array.from({ length: Math.min(PAGE_POOL, missing.length) }, worker));
      await context.close();
      return printed;
    } finally {
      await close();
    }
  } finally {
    await browser?.close();
  }
}

/** Where a print page's PDF goes: its `aula:pdf` meta, read from the built HTML. */
function pdfPathOf(outDir: string, target: string): string {
  const html = readFileSync(join(outDir, target, "index.html"), "utf8");
  const meta = /<meta name="aula:pdf" content="([^"]+)"/.exec(html)?.[1];
  return meta ?? `pdf/${target.replace(/^imprimir\/?/, "").replace(/\/$/, "") || "curso"}.pdf`;
}

export function formatPrinted(pdf: PrintedPdf): string {
  const size =
    pdf.bytes >= 1024 * 1024 ? `${(pdf.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(pdf.bytes / 1024)} kB`;
  const how = pdf.reused ? "reutilizado (sin cambios)" : `${Math.round(pdf.ms)} ms`;
  return `PDF  ${pdf.path}  ${pdf.pages} páginas  ${size}  ${how}`;
}

export { NoBrowserError };
