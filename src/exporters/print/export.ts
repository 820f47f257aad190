import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { findChromium } from "../../core/browser/chromium.ts";
import { astroCommand } from "../../core/build/astro.ts";
import { launchChromium, NoBrowserError } from "../../core/browser/launch.ts";
import { normalizeBase, readSiteEnv } from "../../core/course/env.ts";
import { type EnginePackage, enginePackage } from "../../core/engine/package.ts";
import type { Paper } from "../../core/print/model.ts";
import { createTranslator } from "../../core/i18n/index.ts";
import { ManifestError, manifestPath, readManifest } from "../../core/manifest/file.ts";
import type { CourseManifest } from "../../core/manifest/model.ts";
import { answersId } from "./document.ts";
import { type KeyInputs, type PageHashes, PdfCache, pageHashes, pdfKey } from "./pdf-cache.ts";
import { assemble, destinationPages, loadPdf, type OutlineItem, pageCount, type PartPages } from "./pdf-file.ts";
import {
  bodyLayout,
  type BodyLayout,
  type FrameLayout,
  frameLayout,
  frontPages,
  guessFrontPages,
  type PlanLesson,
  type PrintPlan,
  tocNumbers,
} from "./plan.ts";
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
  /** The course manifest of the build (the exporter passes it); else it is read from `.aula/manifest/`, if there. */
  manifest?: CourseManifest;
}

export interface PrintedPdf {
  /** Path below the output folder, e.g. `pdf/curso.pdf`. */
  path: string;
  pages: number;
  bytes: number;
  ms: number;
  /** Print passes until the table of contents matched the pages (2 for the course, 1 for a lesson). */
  passes: number;
  /** Its lesson was not printed again (for the course PDF: no part was). */
  reused?: boolean;
  /** Put together anew from its parts: a part, or what its cover and contents show, changed. */
  assembled?: boolean;
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
    // Tags stay in a lesson's PDF, printed on its body; the bookmarks are written when the parts are assembled.
    outline: false,
    tagged: true,
  });
  return new Uint8Array(buffer);
}

async function openForPrint(page: Page, url: string, paper: Paper): Promise<void> {
  // A long lab on a busy two-core machine takes more than Playwright's 30 s to load.
  await page.goto(url, { waitUntil: "load", timeout: 180_000 });
  await page.evaluate(() => document.fonts.ready);
  await markWrappedLines(page, paper);
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

/** A lesson's body, printed once: its PDF and the course's both take their pages from it. */
async function printBody(page: Page, url: string, paper: Paper): Promise<{ pdf: Uint8Array; layout: BodyLayout }> {
  await openForPrint(page, url, paper);
  const pdf = await printPage(page, paper);
  const dests = await destinationPages(pdf);
  return { pdf, layout: bodyLayout(await pageCount(pdf), dests, answersId) };
}

/**
 * Prints every cover and contents page at once, from the course's print page. The contents' page numbers come
 * from the bodies' layouts and each front's length; a front that turns out longer than assumed is printed again.
 */
async function printFronts(
  page: Page,
  url: string,
  paper: Paper,
  bodyOf: (target: string) => BodyLayout | undefined,
  known: Record<string, number>,
): Promise<{ pdf: Uint8Array; plan: PrintPlan; layout: FrameLayout; passes: number }> {
  await openForPrint(page, url, paper);
  const planText = await page.evaluate(() => document.getElementById("aula-print-plan")?.textContent ?? "");
  if (!planText) throw new BuildFailedError(null);
  const plan = JSON.parse(planText) as PrintPlan;
  const bodies = new Map(
    plan.lessons.flatMap((lesson) => {
      const layout = bodyOf(lesson.target);
      return layout ? [[lesson.id, layout] as const] : [];
    }),
  );
  let lengths = { ...guessFrontPages(plan), ...known };
  for (let passes = 1; ; passes++) {
    const numbers = tocNumbers(plan, bodies, lengths, answersId);
    await page.$$eval(
      "[data-toc-page]",
      (els, numbers) => {
        for (const el of els) {
          const doc = el.getAttribute("data-toc-doc") ?? "";
          const value = numbers[doc]?.[el.getAttribute("data-toc-page") ?? ""];
          el.textContent = value ? String(value) : "";
        }
      },
      numbers,
    );
    const pdf = await printPage(page, paper);
    const layout = frameLayout(plan, await destinationPages(pdf), await pageCount(pdf), answersId);
    const found = frontPages(layout);
    const same = Object.keys(found).every((id) => found[id] === lengths[id]);
    if (same || passes >= 3) return { pdf, plan, layout, passes };
    lengths = found;
  }
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

/**
 * Builds the site's print pages when `build` asks for it (`always`, or `if-stale` on a stale build). It starts the
 * browser first, to fail before a long build when there is none, and returns it for the printing.
 */
export async function buildForPrint(
  options: Pick<ExportOptions, "root" | "outDir" | "build" | "log"> & { launch?: () => Promise<Browser> },
): Promise<Browser | undefined> {
  const { root, outDir, build, log } = options;
  if (build === "never" || (build === "if-stale" && isFreshBuild(root, outDir))) return undefined;
  const browser = await (options.launch ?? launchChromium)();
  try {
    log("Compilando el sitio…");
    runAstroBuild(root);
    return browser;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Print pages at once in the one browser: enough to overlap waiting, few enough for two cores. */
const PAGE_POOL = 3;

/** aula's version and a hash of its files: a changed exporter (its in-page code among them) prints anew. */
export function aulaVersion(engine: Pick<EnginePackage, "version" | "fingerprint"> = enginePackage()): string {
  return `${engine.version}+${engine.fingerprint}`;
}

/**
 * Builds (or reuses) the site, then makes the course's PDF and every lesson's with one Chromium. Each lesson's
 * body is printed once, and only when its content, the print styles, the engine, the paper or Chromium changed;
 * the covers and contents pages are printed together; pdf-lib assembles each PDF from those parts. When no part
 * changed, no browser starts.
 */
export async function exportPdfs(options: ExportOptions): Promise<PrintedPdf[]> {
  const { root, outDir, log } = options;
  const base = normalizeBase(options.base);
  const launch = options.launch ?? launchChromium;
  const cache = new PdfCache(options.cacheDir ?? join(root, ".aula", "cache", "pdf"));
  let browser: Browser | undefined;
  try {
    browser = await buildForPrint({ ...options, launch });
    const targets = listPrintPages(outDir);
    if (!targets.includes(framePage)) throw new BuildFailedError(null);
    const executable = findChromium();
    let chromium = cache.chromiumVersion(executable);
    if (!chromium) {
      browser ??= await launch();
      chromium = browser.version();
      cache.rememberChromium(executable, chromium);
    }
    const common = { paper: options.paper, engine: aulaVersion(), chromium };
    const manifest = options.manifest ?? readManifestIfAny(root, outDir);
    const contentHash = lessonContentHashes(manifest, outDir);
    const bodies = targets
      .filter((target) => target !== framePage)
      .map((target) => {
        const hashes = pageHashes(outDir, base, target);
        return {
          target,
          key: pdfKey({ part: "body", content: contentHash(target, hashes), styles: hashes.styles, ...common }),
        };
      });
    const frameHashes = pageHashes(outDir, base, framePage);
    // The contents give each body's page numbers: the covers and contents depend on where every body's pages and
    // headings fall, not on its text, so an edit that moves no page reprints only its own lesson.
    const frameKeyNow = () =>
      pdfKey({
        part: "front",
        content: frameHashes.content,
        styles: frameHashes.styles,
        ...common,
        extra: JSON.stringify(bodies.map((body) => cache.get(body.key)?.body ?? null)),
      });
    let frameKey = frameKeyNow();
    const missing = bodies.filter((body) => !cache.get(body.key)?.body);
    const printedMs = new Map<string, { ms: number; passes: number }>();
    if (missing.length > 0 || !cache.get(frameKey)?.frame) {
      browser ??= await launch();
      const { url, close } = await serveSite(outDir, base);
      try {
        const context = await browser.newContext({ locale: manifest?.course.lang ?? "es", colorScheme: "light" });
        const queue = [...missing];
        const worker = async () => {
          const page = await context.newPage();
          for (let job = queue.shift(); job; job = queue.shift()) {
            const started = performance.now();
            const { pdf, layout } = await printBody(page, url + job.target, options.paper);
            cache.put(job.key, pdf, { pages: layout.pages, passes: 1, body: layout });
            printedMs.set(job.target, { ms: performance.now() - started, passes: 1 });
          }
          await page.close();
        };
        await Promise.all(Array.from({ length: Math.min(PAGE_POOL, missing.length) }, worker));
        frameKey = frameKeyNow();
        if (!cache.get(frameKey)?.frame) {
          const started = performance.now();
          const page = await context.newPage();
          const bodyOf = (target: string) => {
            const body = bodies.find((b) => b.target === target);
            return body ? cache.get(body.key)?.body : undefined;
          };
          const fronts = await printFronts(page, url + framePage, options.paper, bodyOf, cache.frontLengths());
          cache.rememberFrontLengths(frontPages(fronts.layout));
          await page.close();
          cache.put(frameKey, fronts.pdf, {
            pages: await pageCount(fronts.pdf),
            passes: fronts.passes,
            frame: { plan: fronts.plan, layout: fronts.layout },
          });
          printedMs.set(framePage, { ms: performance.now() - started, passes: fronts.passes });
        }
        await context.close();
      } finally {
        await close();
      }
    }
    return await assembleAll({
      outDir,
      cache,
      frameKey,
      common: { styles: frameHashes.styles, ...common },
      bodies,
      printedMs,
      log,
    });
  } finally {
    await browser?.close();
  }
}

/** The course's print page: every cover, contents page and the course's answer key. */
const framePage = "imprimir/";

/**
 * The content hash of each lesson's print: the course manifest's hash of the lesson, with the bytes of the files
 * its body shows (an image replaced under the same name) and the public address its links print. Without a
 * manifest (a site built by an older aula), the hash of the built print page and its images.
 */
export function lessonContentHashes(
  manifest: CourseManifest | undefined,
  outDir: string,
): (target: string, page: PageHashes) => string {
  const byTarget = new Map(manifest?.lessons.map((lesson) => [`imprimir/${lesson.id}/`, lesson]));
  return (target, page) => {
    const lesson = byTarget.get(target);
    if (!lesson) return page.content;
    const hash = createHash("sha256").update(`${lesson.hash}\0${manifest?.site.url ?? ""}\0`);
    for (const asset of lesson.assets) {
      const file = join(outDir, asset);
      hash.update(`${asset}\0`).update(existsSync(file) && statSync(file).isFile() ? readFileSync(file) : "missing");
    }
    return hash.digest("hex");
  };
}

function readManifestIfAny(root: string, outDir: string): CourseManifest | undefined {
  try {
    return readManifest(manifestPath(root, outDir), root);
  } catch (error) {
    if (error instanceof ManifestError) return undefined;
    throw error;
  }
}

async function assembleAll(input: {
  outDir: string;
  cache: PdfCache;
  frameKey: string;
  /** What every assembled PDF's key holds besides its parts: styles, engine, paper, Chromium. */
  common: Pick<KeyInputs, "styles" | "paper" | "engine" | "chromium">;
  bodies: { target: string; key: string }[];
  printedMs: Map<string, { ms: number; passes: number }>;
  log: (line: string) => void;
}): Promise<PrintedPdf[]> {
  const { outDir, cache, frameKey, bodies, printedMs, log } = input;
  const frameMeta = cache.get(frameKey)?.frame;
  if (!frameMeta) throw new BuildFailedError(null);
  const { plan, layout } = frameMeta;
  const date = new Date(plan.date);
  const footer = {
    left: plan.siteUrl,
    right: (page: number, pages: number) => `${plan.pageLabel} ${page} ${plan.ofLabel} ${pages}`,
  };
  const label = (entry: { number: string; text: string }) =>
    entry.number ? `${entry.number} ${entry.text}` : entry.text;
  const sectionsOutline = (sections: PlanLesson["sections"]): OutlineItem[] => {
    const items: OutlineItem[] = [];
    for (const section of sections) {
      const item = { title: label(section), dest: section.anchor, children: [] as OutlineItem[] };
      const parent = items.at(-1);
      if (section.depth > 2 && parent) parent.children?.push(item);
      else items.push(item);
    }
    return items;
  };
  const tocItem = (doc: { tocId?: string }): OutlineItem[] =>
    doc.tocId ? [{ title: plan.tocLabel, dest: doc.tocId }] : [];
  let frame: Awaited<ReturnType<typeof loadPdf>> | undefined;
  const frameDoc = async () => (frame ??= await loadPdf(cache.read(frameKey)));
  // Every PDF is a function of its parts' keys and what its own cover and contents show: an unchanged one is
  // copied as it was, byte for byte, without loading a part.
  const footerText = JSON.stringify([plan.siteUrl, plan.pageLabel, plan.ofLabel, plan.tocLabel, plan.date]);
  const results: PrintedPdf[] = [];
  const output = async (path: string, key: string, parts: string[], make: () => Promise<Uint8Array>): Promise<void> => {
    const started = performance.now();
    const hit = cache.get(key);
    const bytes = hit ? cache.read(key) : await make();
    const pages = hit?.pages ?? (await pageCount(bytes));
    if (!hit) cache.put(key, bytes, { pages, passes: 1 });
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    const fresh = parts.flatMap((part) => printedMs.get(part) ?? []);
    const result: PrintedPdf = {
      path,
      pages,
      bytes: bytes.length,
      ms: fresh.reduce((sum, part) => sum + part.ms, performance.now() - started),
      passes: Math.max(1, ...fresh.map((part) => part.passes)),
      ...(fresh.length === 0 ? { reused: true } : {}),
      ...(hit ? {} : { assembled: true }),
    };
    results.push(result);
    log(formatPrinted(result));
  };

  const bodyOf = (lesson: PlanLesson) => {
    const body = bodies.find((b) => b.target === lesson.target);
    const meta = body ? cache.get(body.key)?.body : undefined;
    if (!body || !meta) throw new BuildFailedError(null);
    return { key: body.key, meta };
  };
  for (const lesson of plan.lessons) {
    const body = bodyOf(lesson);
    const front = layout.fronts[lesson.id];
    if (!front) throw new BuildFailedError(null);
    const key = pdfKey({
      part: "lesson-pdf",
      content: `${body.key} ${lesson.frontHash}`,
      ...input.common,
      extra: `${footerText} ${front.last - front.first + 1}`,
    });
    await output(lesson.pdfPath, key, [lesson.target], async () =>
      assemble({
        base: await loadPdf(cache.read(body.key)),
        parts: [{ pdf: await frameDoc(), ...front, weak: true }],
        outline: [
          ...tocItem(lesson),
          { title: lesson.name, dest: lesson.anchor, open: true, children: sectionsOutline(lesson.sections) },
          ...(body.meta.dests[answersId]
            ? [{ title: createTranslator(plan.language).t("print.answers"), dest: answersId }]
            : []),
        ],
        footer,
        meta: { title: lesson.title, author: lesson.author, language: plan.language, date },
      }),
    );
  }

  const courseFront = layout.fronts[plan.course.id];
  if (!courseFront) throw new BuildFailedError(null);
  // The course PDF holds every body: its key has each body's besides the covers and contents.
  const courseKey = pdfKey({
    part: "course-pdf",
    content: [frameKey, ...bodies.map((body) => body.key)].join(" "),
    ...input.common,
    extra: footerText,
  });
  await output(plan.course.pdfPath, courseKey, [framePage, ...plan.lessons.map((l) => l.target)], async () => {
    const articles: PartPages[] = [];
    for (const lesson of plan.lessons) {
      const body = bodyOf(lesson);
      articles.push({ pdf: await loadPdf(cache.read(body.key)), first: 1, last: body.meta.articlePages });
    }
    const frame = await frameDoc();
    return assemble({
      parts: [
        { pdf: frame, ...courseFront, weak: true },
        ...articles,
        ...(layout.answers ? [{ pdf: frame, ...layout.answers, weak: true }] : []),
      ],
      outline: [
        ...tocItem(plan.course),
        ...plan.lessons.map((lesson) => ({
          title: lesson.name,
          dest: lesson.anchor,
          children: sectionsOutline(lesson.sections.filter((section) => section.depth === 2)),
        })),
        ...(layout.answers ? [{ title: createTranslator(plan.language).t("print.answers"), dest: answersId }] : []),
      ],
      footer,
      meta: { title: plan.course.title, author: plan.course.author, language: plan.language, date },
      internalUrls: new Map(plan.lessons.map((lesson) => [lesson.pageUrl, lesson.anchor])),
    });
  });
  return results;
}

export function formatPrinted(pdf: PrintedPdf): string {
  const size =
    pdf.bytes >= 1024 * 1024 ? `${(pdf.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(pdf.bytes / 1024)} kB`;
  const how = !pdf.reused
    ? `${Math.round(pdf.ms)} ms`
    : pdf.assembled
      ? "reutilizado (portada o índice nuevos)"
      : "reutilizado (sin cambios)";
  return `PDF  ${pdf.path}  ${pdf.pages} páginas  ${size}  ${how}`;
}

export { NoBrowserError };
