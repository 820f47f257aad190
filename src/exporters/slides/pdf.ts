import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Browser } from "playwright-core";
import { astroCommand } from "../../core/build/astro.ts";
import { launchChromium } from "../../core/browser/launch.ts";
import { normalizeBase } from "../../core/course/env.ts";
import { serveSite } from "../../core/server/static.ts";
import { slidesFolder, slidesPdfPath } from "../../core/slides/paths.ts";
import { BuildFailedError, isFreshBuild } from "../print/export.ts";

export interface SlidesPdfOptions {
  root: string;
  outDir: string;
  base: string;
  build: "never" | "always" | "if-stale";
  /** The speaker notes too, each slide's on the page after it. */
  notes: boolean;
  /** Only these lessons (`<unit>/<lesson>`); every lesson when absent. */
  lessons?: string[];
  log: (line: string) => void;
  launch?: () => Promise<Browser>;
}

/** The lessons with slides in a built site: `<unit>/<lesson>` for each `diapositivas/<unit>/<lesson>/index.html`. */
export function listDecks(outDir: string): string[] {
  const dir = join(outDir, slidesFolder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((path) => path.replaceAll("\\", "/"))
    .filter((path) => /^[^/]+\/[^/]+\/index\.html$/.test(path))
    .map((path) => path.replace(/\/index\.html$/, ""))
    .sort();
}

/**
 * Prints each lesson's slides to `pdf/diapositivas/<unit>/<lesson>.pdf`, one 1280×720 slide a page, through
 * reveal.js's own print layout (`?print-pdf`) in the site's slides page: the same slides the class saw.
 */
export async function exportSlidesPdfs(options: SlidesPdfOptions): Promise<{ lesson: string; path: string }[]> {
  const { root, outDir, log } = options;
  const base = normalizeBase(options.base);
  const browser = await (options.launch ?? launchChromium)();
  try {
    if (options.build === "always" || (options.build === "if-stale" && !isFreshBuild(root, outDir))) {
      log("Compilando el sitio…");
      const astro = astroCommand(root, ["build"]);
      const result = spawnSync(astro.command, astro.args, {
        cwd: root,
        stdio: "inherit",
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", AULA_PDF: "pages" },
      });
      if (result.status !== 0) throw new BuildFailedError(result.status);
    }
    const decks = listDecks(outDir).filter((lesson) => !options.lessons || options.lessons.includes(lesson));
    const { url, close } = await serveSite(outDir, base);
    const written: { lesson: string; path: string }[] = [];
    try {
      const context = await browser.newContext({ locale: "es-ES", colorScheme: "light" });
      const page = await context.newPage();
      // Laid out with the print styles from the start, so each slide is fitted as it will be printed.
      await page.emulateMedia({ media: "print" });
      for (const lesson of decks) {
        const query = options.notes ? "?print-pdf&notas" : "?print-pdf";
        await page.goto(`${url}${slidesFolder}/${lesson}/${query}`, { waitUntil: "load", timeout: 180_000 });
        await page.waitForSelector("html[data-slides-ready]");
        await page.evaluate(() => document.fonts.ready);
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
        const path = join(outDir, slidesPdfPath(lesson));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, pdf);
        written.push({ lesson, path });
        log(`PDF  ${slidesPdfPath(lesson)}`);
      }
      await context.close();
    } finally {
      await close();
    }
    return written;
  } finally {
    await browser.close();
  }
}
