import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, NoBrowserError } from "../browser/launch.ts";
import { normalizeBase } from "../course/env.ts";
import type { Paper } from "./model.ts";
import { destinationPages, pageCount, setMetadata } from "./pdf-file.ts";
import { serveSite } from "../server/static.ts";

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
}

export interface PrintedPdf {
  /** Path below the output folder, e.g. `pdf/curso.pdf`. */
  path: string;
  pages: number;
  bytes: number;
  ms: number;
  /** Print passes until the table of contents matched the pages (2 normally). */
  passes: number;
}

/** Paths whose changes make a build stale. */
function sourcesOf(root: string): string[] {
  const contentDir = resolve(root, process.env.AULA_CONTENT_DIR?.trim() || "content");
  return [
    contentDir,
    join(root, "src"),
    join(root, "public"),
    join(root, "astro.config.mjs"),
    join(root, "package.json"),
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
 * Prints one document: a first pass finds the page of every table-of-contents target, those numbers
 * are written into reserved space, and the next pass is checked against them.
 */
async function printDocument(page: Page, url: string, paper: Paper): Promise<{ pdf: Uint8Array; passes: number }> {
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
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
  const astro = join(root, "node_modules", ".bin", "astro");
  const result = spawnSync(astro, ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new BuildFailedError(result.status);
}

/** Builds (or reuses) the site, then prints the course and every lesson with one Chromium. */
export async function exportPdfs(options: ExportOptions): Promise<PrintedPdf[]> {
  const { root, outDir, log } = options;
  const base = normalizeBase(options.base);
  // Fail before a long build when there is no browser.
  let browser: Browser = await launchChromium();
  try {
    if (options.build === "always" || (options.build === "if-stale" && !isFreshBuild(root, outDir))) {
      log("Compilando el sitio…");
      runAstroBuild(root);
    }
    const targets = listPrintPages(outDir);
    if (targets.length === 0) throw new BuildFailedError(null);
    const { url, close } = await serveSite(outDir, base);
    try {
      const context = await browser.newContext({ locale: "es-ES", colorScheme: "light" });
      const page = await context.newPage();
      const printed: PrintedPdf[] = [];
      for (const target of targets) {
        const started = performance.now();
        const { pdf, passes } = await printDocument(page, url + target, options.paper);
        const meta = await readMeta(page);
        const path = meta.pdfPath ?? `pdf/${target.replace(/^imprimir\/?/, "").replace(/\/$/, "") || "curso"}.pdf`;
        const bytes = await setMetadata(pdf, { title: meta.title, author: meta.author, language: meta.language });
        const file = join(outDir, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, bytes);
        const pages = await pageCount(bytes);
        const result = { path, pages, bytes: bytes.length, ms: performance.now() - started, passes };
        printed.push(result);
        log(formatPrinted(result));
      }
      await context.close();
      return printed;
    } finally {
      await close();
    }
  } finally {
    await browser.close();
  }
}

export function formatPrinted(pdf: PrintedPdf): string {
  const size =
    pdf.bytes >= 1024 * 1024 ? `${(pdf.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(pdf.bytes / 1024)} kB`;
  return `PDF  ${pdf.path}  ${pdf.pages} páginas  ${size}  ${Math.round(pdf.ms)} ms`;
}

export { NoBrowserError };
