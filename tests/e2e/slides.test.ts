import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { describe, expect, inject, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { useBrowser } from "./support/browser.ts";
import { pageScripts } from "./support/scripts.ts";
import { stepThroughSlides } from "./support/slides.ts";
import { testBase } from "./support/site.ts";
import { exportSlidesPdfs } from "../../src/exporters/slides/pdf.ts";

const { siteUrl, newPage } = useBrowser();
const distDir = inject("distDir");
const lessons = readdirSync(join(distDir, "diapositivas/tema2"));
/** The speaker notes of the fixture's «Virtualización» (tests/fixtures/course/tema2/02-virtualizacion.md). */
const notesWord = "ornitorrinco";

/** The text of each page of a PDF of the built site. */
async function pdfPages(path: string): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(join(distDir, path))), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++)
    pages.push((await (await doc.getPage(n)).getTextContent()).items.map((i) => (i as TextItem).str ?? "").join(" "));
  return pages;
}
const pdfText = async (path: string) => (await pdfPages(path)).join(" ");

/**
 * Where ink is on each page, rastered at 96 dpi (a slide's own 1280×720 pixels): the first and last rows with dark
 * pixels, leaving out the page number's corner. A page cut through a slide starts or ends with text at its edge.
 */
function inkRows(path: string): { width: number; height: number; top: number; bottom: number }[] {
  const dir = mkdtempSync(join(tmpdir(), "aula-slides-raster-"));
  try {
    spawnSync("pdftoppm", ["-r", "96", "-gray", join(distDir, path), join(dir, "p")], { encoding: "utf8" });
    return readdirSync(dir)
      .sort()
      .map((name) => {
        const pgm = readFileSync(join(dir, name));
        const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"))!;
        const [width, height] = [Number(header[1]), Number(header[2])];
        const pixels = pgm.subarray(header[0].length);
        const rows: number[] = [];
        for (let y = 0; y < height; y++)
          for (let x = 0; x < width - 200; x++)
            if ((pixels[y * width + x] ?? 255) < 128) {
              rows.push(y);
              break;
            }
        return { width, height, top: rows[0] ?? -1, bottom: rows.at(-1) ?? -1 };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("slides of every lesson", () => {
  it("has a slides page for each lesson, linked as «Presentar» from the lesson, opening on its title and unit", async () => {
    expect(lessons).toHaveLength(6);
    const page = await newPage();
    await page.goto(`${siteUrl}tema2/virtualizacion/`);
    await page.getByRole("link", { name: "Presentar esta lección como diapositivas" }).click();
    await page.waitForURL(/\/diapositivas\/tema2\/virtualizacion\//);
    await page.waitForSelector("html[data-slides-ready]");
    await expect(page.locator("section.present h1").textContent()).resolves.toBe("Virtualización");
    await expect(page.locator("section.present .slide__unit").textContent()).resolves.toBe(
      "Tema 2 · Despliegue de software",
    );
    // Every slide is a section with a heading.
    const headings = await page
      .locator(".reveal .slides > section")
      .evaluateAll((sections) => sections.map((s) => s.querySelector(".slide__frame > :is(h1, h2, h3)")?.textContent));
    expect(headings.every(Boolean)).toBe(true);
  });

  it("fits every slide at 1280×720: nothing past its edges, text of 18 px or more, diagrams inside", async () => {
    const page = await newPage();
    let slides = 0;
    let diagrams = 0;
    const problems: string[] = [];
    for (const lesson of lessons) {
      for (const report of await stepThroughSlides(page, `${siteUrl}diapositivas/tema2/${lesson}/`)) {
        slides++;
        diagrams += report.diagrams;
        const where = `${lesson} #${report.index} «${report.title}»`;
        if (report.overflowing.length) problems.push(`${where} sobresale: ${report.overflowing.join(", ")}`);
        if (report.smallText.length) problems.push(`${where} letra pequeña: ${report.smallText.join(", ")}`);
        if (report.diagramsInside !== report.diagrams) problems.push(`${where}: un diagrama se sale`);
      }
    }
    console.log(`slides: ${slides} in ${lessons.length} lessons, ${diagrams} diagrams`);
    expect(problems).toEqual([]);
    // The fixture's diagrams and long sections are really there to be measured.
    expect(diagrams).toBeGreaterThanOrEqual(5);
    expect(slides).toBeGreaterThan(60);
  });

  it("answers a quiz on a slide with feedback and «Ver solución», and counts it in «Mi progreso»", async () => {
    const page = await newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${siteUrl}diapositivas/tema2/laboratorio-1/`);
    await page.waitForSelector("html[data-slides-ready]");
    const index = await page
      .locator(".reveal .slides > section")
      .evaluateAll((sections) => sections.findIndex((s) => s.querySelector("aula-quiz")));
    expect(index).toBeGreaterThan(0);
    await page.goto(`${siteUrl}diapositivas/tema2/laboratorio-1/#/${index}`);
    const quiz = page.locator("section.present aula-quiz");
    await quiz.getByRole("radio", { name: "Docker Hub" }).check();
    await quiz.getByRole("button", { name: "Comprobar" }).click();
    await expect(quiz.locator("[data-feedback]").textContent()).resolves.toMatch(/Correcto/i);
    // The next question: the class asks for the key before answering.
    await page.keyboard.press("ArrowRight");
    const next = page.locator("section.present aula-quiz");
    await next.getByRole("button", { name: "Ver solución" }).click();
    await expect(next.locator("[data-feedback]").textContent()).resolves.toMatch(/^Solución/);
    await page.goto(`${siteUrl}progreso/`);
    const lab1 = page.locator("[data-progress-lesson]", {
      has: page.getByRole("heading", { name: "Laboratorio 1: tu primer contenedor" }),
    });
    await expect(lab1.locator("li").first().textContent()).resolves.toMatch(/✓ Correcta$/);
  });

  it("shows «Notas:» only in the speaker view, with the next slide and a timer", async () => {
    const lessonHtml = readFileSync(join(distDir, "tema2/virtualizacion/index.html"), "utf8");
    expect(lessonHtml).toContain("Mayor eficiencia del entorno de TI");
    expect(lessonHtml).not.toContain(notesWord);
    const printHtml = readFileSync(join(distDir, "imprimir/tema2/virtualizacion/index.html"), "utf8");
    expect(printHtml).not.toContain(notesWord);
    const pdf = await pdfText("pdf/tema2/virtualizacion.pdf");
    expect(pdf).toContain("Mayor eficiencia");
    expect(pdf).not.toContain(notesWord);
    // Pagefind's fragments hold the indexed text of each page.
    const fragments = readdirSync(join(distDir, "pagefind/fragment")).map((name) =>
      gunzipSync(readFileSync(join(distDir, "pagefind/fragment", name))).toString("utf8"),
    );
    expect(fragments.some((text) => text.includes("Mayor eficiencia"))).toBe(true);
    expect(fragments.some((text) => text.includes(notesWord))).toBe(false);
    expect(fragments.some((text) => text.includes("/diapositivas/"))).toBe(false);

    const page = await newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${siteUrl}diapositivas/tema2/virtualizacion/#/1`);
    await page.waitForSelector("html[data-slides-ready]");
    // In the room the notes are not shown.
    await expect(page.getByText(notesWord).isVisible()).resolves.toBe(false);
    const [speaker] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("s")]);
    await speaker.waitForSelector("html[data-slides-ready]");
    const panel = speaker.getByRole("complementary", { name: "Vista del ponente" });
    await expect(panel.locator("[data-speaker-notes]").textContent()).resolves.toContain(
      "Preguntar a la clase cuántas máquinas virtuales usan en casa",
    );
    await expect(panel.locator(".speaker__preview h2").textContent()).resolves.toBeTruthy();
    await expect(panel.getByRole("timer").textContent()).resolves.toMatch(/^\d\d:\d\d$/);
    // The two windows keep together: a step in the room moves the speaker's.
    const nextTitle = await panel.locator(".speaker__preview h2").textContent();
    await page.keyboard.press("ArrowRight");
    await speaker.waitForFunction(() => location.hash === "#/2");
    await expect(speaker.locator("section.present h2").first().textContent()).resolves.toBe(nextTitle);
  });

  it("makes no request off the site, and gives axe no violation in light and dark", async () => {
    for (const theme of ["light", "dark"]) {
      const page = await newPage({ bypassCSP: true, colorScheme: theme as "light" | "dark" });
      const foreign: string[] = [];
      page.on("request", (request) => {
        if (!request.url().startsWith(siteUrl) && !request.url().startsWith("data:")) foreign.push(request.url());
      });
      for (const [lesson, slide] of [
        ["virtualizacion", 0],
        ["virtualizacion", 5],
        ["laboratorio-1", 3],
      ] as const) {
        await page.goto(`${siteUrl}diapositivas/tema2/${lesson}/#/${slide}`);
        await page.waitForSelector("html[data-slides-ready]");
        expect(await axeViolations(page), `${theme} ${lesson} #${slide}`).toEqual([]);
      }
      const quizSlide = await page
        .locator(".reveal .slides > section")
        .evaluateAll((sections) => sections.findIndex((s) => s.querySelector("aula-quiz")));
      await page.goto(`${siteUrl}diapositivas/tema2/laboratorio-1/#/${quizSlide}`);
      await page.waitForSelector("html[data-slides-ready]");
      expect(await axeViolations(page), `${theme} quiz`).toEqual([]);
      expect(foreign).toEqual([]);
    }
  });

  it("loads reveal.js on slides pages only, and nothing new on lesson pages", () => {
    const revealIn = (page: string) =>
      pageScripts(distDir, page)
        .flatMap((script) => script.files)
        .some((file) => readFileSync(join(distDir, file), "utf8").includes("pdfMaxPagesPerSlide"));
    expect(revealIn("diapositivas/tema2/virtualizacion")).toBe(true);
    for (const lesson of lessons) expect(revealIn(`tema2/${lesson}`), lesson).toBe(false);
    const lessonHtml = readFileSync(join(distDir, "tema2/virtualizacion/index.html"), "utf8");
    const css = [...lessonHtml.matchAll(/href="[^"]*\/(_astro\/[^"]+\.css)"/g)].map((m) => m[1]!);
    for (const file of css) expect(readFileSync(join(distDir, file), "utf8")).not.toContain(".reveal");
  });

  it("prints each lesson's slides to pdf/diapositivas/, one slide a page, none cut; notes on a page of their own", async () => {
    const written = await exportSlidesPdfs({
      root: process.cwd(),
      outDir: distDir,
      base: testBase,
      build: "never",
      notes: false,
      log: () => {},
    });
    expect(written.map((pdf) => pdf.lesson).sort()).toEqual(lessons.map((lesson) => `tema2/${lesson}`).sort());
    for (const lesson of ["virtualizacion", "laboratorio-1"]) {
      const html = readFileSync(join(distDir, `diapositivas/tema2/${lesson}/index.html`), "utf8");
      const titles = [
        ...html.matchAll(
          /<section class="slide[^"]*"[^>]*>\s*<div class="slide__frame">[\s\S]*?<(h[123])[^>]*>([\s\S]*?)<\/\1>/g,
        ),
      ].map((m) => m[2]!.replace(/<[^>]+>/g, "").trim());
      const pages = await pdfPages(`pdf/diapositivas/tema2/${lesson}.pdf`);
      expect(pages).toHaveLength(titles.length);
      // Page n shows slide n: its title is on it.
      const squash = (text: string) => text.replace(/\s+/g, "");
      titles.forEach((title, n) =>
        expect(squash(pages[n]!), `${lesson} p. ${n + 1}`).toContain(squash(title).slice(0, 20)),
      );
      for (const [n, page] of inkRows(`pdf/diapositivas/tema2/${lesson}.pdf`).entries()) {
        expect([page.width, page.height], `${lesson} p. ${n + 1}`).toEqual([1280, 720]);
        // The slide's padding is 36 px above and 48 px below: ink at the very edge is a slide cut in two.
        expect(page.top, `${lesson} p. ${n + 1}`).toBeGreaterThanOrEqual(20);
        expect(page.bottom, `${lesson} p. ${n + 1}`).toBeLessThanOrEqual(700);
      }
    }
    await exportSlidesPdfs({
      root: process.cwd(),
      outDir: distDir,
      base: testBase,
      build: "never",
      notes: true,
      log: () => {},
    });
    const withNotes = await pdfPages("pdf/diapositivas/tema2/virtualizacion.pdf");
    // Six slides, and the one with notes is followed by a page of them.
    expect(withNotes).toHaveLength(7);
    expect(withNotes.findIndex((text) => text.includes(notesWord))).toBe(2);
  }, 240_000);
});
