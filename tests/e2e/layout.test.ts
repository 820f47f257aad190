import { readdirSync } from "node:fs";
import { sep } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./support/browser.ts";
import { badInlineCodeBreaks, copyButtonsOverText } from "./support/text-lines.ts";
import { diagramViews, inside, zoomedView } from "./support/diagrams.ts";

const { siteUrl, newPage } = useBrowser();

/** Every built page for readers (print pages are for Chromium's PDF export). */
const pages = readdirSync(inject("distDir"), { recursive: true, encoding: "utf8" })
  // Print pages and slides have their own layout tests (pdf, slides): reveal hides every slide but one.
  .filter((path) => path.endsWith(".html") && !path.startsWith("imprimir") && !path.startsWith("diapositivas"))
  .map((path) =>
    path
      .split(sep)
      .join("/")
      .replace(/index\.html$/, ""),
  )
  .sort();

const viewports = [
  ["360", { width: 360, height: 780 }],
  ["1280", { width: 1280, height: 800 }],
] as const;

describe("what a student sees, at 360 and 1280 px, light and dark", () => {
  for (const colorScheme of ["light", "dark"] as const)
    for (const [name, viewport] of viewports) {
      it(`no page scrolls sideways and every quiz question sits inside its card (${colorScheme}, ${name})`, async () => {
        const page = await newPage({ colorScheme, viewport });
        const wide: string[] = [];
        const outside: string[] = [];
        let legends = 0;
        for (const path of pages) {
          await page.goto(`${siteUrl}${path}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
          if (overflow > 0) wide.push(`${path}: ${overflow} px`);
          const boxes = await page.$$eval("fieldset > legend", (found) =>
            found.map((legend) => {
              const l = legend.getBoundingClientRect();
              const f = legend.parentElement!.getBoundingClientRect();
              const inside = l.top >= f.top + 1 && l.left >= f.left && l.right <= f.right && l.bottom <= f.bottom;
              return { inside, text: legend.textContent?.slice(0, 40) ?? "" };
            }),
          );
          legends += boxes.length;
          outside.push(...boxes.filter((b) => !b.inside).map((b) => `${path}: ${b.text}`));
        }
        // The course has three quizzes (two in lab 1, one in lab 2).
        expect(legends).toBeGreaterThanOrEqual(3);
        expect(wide).toEqual([]);
        expect(outside).toEqual([]);
      });
    }

  it("on a phone, every diagram shows its whole width in its first view, with no frame that scrolls", async () => {
    const page = await newPage({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
    const cut: string[] = [];
    let seen = 0;
    let turned = 0;
    for (const path of pages) {
      await page.goto(`${siteUrl}${path}`);
      for (const d of await diagramViews(page)) {
        seen++;
        if (d.rendering === "turned") turned++;
        if (d.drawn !== 1 || d.shown < 0.95)
          cut.push(`${path} ${d.title}: ${d.drawn} dibujos, ${Math.round(d.shown * 100)} %`);
      }
      const scrolling = await page.$$eval(".diagram__canvas", (all) =>
        all.filter((c) => c.scrollWidth > c.clientWidth),
      );
      expect(scrolling, path).toEqual([]);
    }
    expect(seen).toBe(10);
    expect(cut).toEqual([]);
    // «Máquinas virtuales frente a contenedores» and two lab flowcharts are drawn top to bottom on a phone.
    expect(turned).toBeGreaterThanOrEqual(3);
  });

  it("«Ampliar» shows a diagram alone in a dialog, whole at first; Esc closes it and focus goes back", async () => {
    const page = await newPage({ viewport: { width: 360, height: 780 } });
    await page.goto(`${siteUrl}tema2/virtualizacion/`);
    const svgs = await page.locator("figure.diagram").first().locator("svg").count();
    const { dialog, button, measure } = await zoomedView(page, 0);
    const first = await measure();
    expect(first.drawn).toBe(1);
    expect(inside(first.box, first.view)).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    // The drawing is back in its frame, once.
    await expect(page.locator("figure.diagram").first().locator("svg").count()).resolves.toBe(svgs);
  });

  it("marks in the table of contents the section scrolled to", async () => {
    const page = await newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    const toc = page.getByRole("navigation", { name: "Índice de la lección (columna)" });
    await expect.poll(() => toc.locator('a[aria-current="true"]').count()).toBe(1);
    await page.locator("#aislamiento-del-contenedor").evaluate((el) => el.scrollIntoView());
    await expect.poll(() => toc.locator('a[aria-current="true"]').textContent()).toBe("Aislamiento del contenedor");
  });

  it("marks nothing in the table of contents without JS", async () => {
    const page = await newPage({ viewport: { width: 1400, height: 900 }, javaScriptEnabled: false });
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    await expect(page.locator('.toc a[aria-current="true"]').count()).resolves.toBe(0);
  });

  it("the home page offers «Continuar» with the lesson after a quiz is answered, and counts its questions", async () => {
    const page = await newPage();
    await page.goto(siteUrl);
    const start = page.locator("[data-home-start]");
    await expect(start.textContent()).resolves.toMatch(/^Empezar/);
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    const quiz = page.locator("fieldset").first();
    await quiz.getByRole("radio").first().check();
    await quiz.getByRole("button", { name: "Comprobar" }).click();
    await page.goto(siteUrl);
    await expect(start.textContent()).resolves.toBe("Continuar: Laboratorio 1: tu primer contenedor →");
    await expect(start.getAttribute("href")).resolves.toMatch(/tema2\/laboratorio-1\/$/);
    const badge = page.locator('[data-lesson-id="tema2/laboratorio-1"] [data-lesson-progress]');
    await expect(badge.textContent()).resolves.toMatch(/Tus respuestas:\s*1 de \d+ respondidas · 0 correctas/);
    await expect(page.locator("[data-lesson-progress]:visible").count()).resolves.toBe(1);
  });

  it("the home page survives corrupt storage: «Empezar», no counts, no error", async () => {
    const page = await newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(siteUrl);
    for (const value of [
      "{not json",
      '{"format":"aula-progreso","version":1,"answers":{"x":{"selected":"a"}}}',
      "null",
    ]) {
      await page.evaluate((v) => localStorage.setItem("aula:progreso:v1", v), value);
      await page.reload();
      await expect(page.locator("[data-home-start]").textContent()).resolves.toMatch(/^Empezar/);
      await expect(page.locator("[data-lesson-progress]:visible").count()).resolves.toBe(0);
    }
    expect(errors).toEqual([]);
  });

  it("has a favicon under the base path, marks «Mi progreso» as the current page, and shows a short title on a phone", async () => {
    const page = await newPage({ viewport: { width: 360, height: 780 } });
    const icon = await page.request.get(`${siteUrl}favicon.ico`);
    expect(icon.status()).toBe(200);
    await page.goto(`${siteUrl}progreso/`);
    const iconHref = await page.locator('link[rel="icon"]').getAttribute("href");
    expect((await page.request.get(new URL(iconHref!, page.url()).href)).status()).toBe(200);
    await expect(
      page.locator(".site-header").getByRole("link", { name: "Mi progreso" }).getAttribute("aria-current"),
    ).resolves.toBe("page");
    const title = page.locator(".site-title");
    const shown = await title.evaluate((el) =>
      [...el.querySelectorAll("span")].filter((s) => s.getBoundingClientRect().width > 1).map((s) => s.textContent),
    );
    expect(shown).toEqual(["PePS"]);
    await expect(title.evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Puesta en producción segura" }).count()).resolves.toBeGreaterThan(0);
    await page.goto(siteUrl);
    await expect(
      page.locator(".site-header").getByRole("link", { name: "Mi progreso" }).getAttribute("aria-current"),
    ).resolves.toBe(null);
  });

  for (const colorScheme of ["light", "dark"] as const)
    for (const [name, viewport] of viewports) {
      it(`no «Copiar» covers a line of code, scrolled sideways or not; output blocks have none (${colorScheme}, ${name})`, async () => {
        const page = await newPage({ colorScheme, viewport });
        const covered: string[] = [];
        let checked = 0;
        for (const path of pages) {
          await page.goto(`${siteUrl}${path}`);
          const atStart = await copyButtonsOverText(page);
          await page.$$eval("figure.code-block pre", (pres) =>
            pres.forEach((pre) => (pre.scrollLeft = pre.scrollWidth)),
          );
          const scrolled = await copyButtonsOverText(page);
          checked += atStart.checked;
          covered.push(...[...atStart.covered, ...scrolled.covered].map((c) => `${path} ${c}`));
        }
        expect(checked).toBeGreaterThan(10);
        expect(covered).toEqual([]);
        await page.goto(`${siteUrl}tema2/laboratorio-1/`);
        await expect(page.locator('figure[data-lang="text"]').count()).resolves.toBeGreaterThan(2);
        await expect(page.locator('figure[data-lang="text"] button').count()).resolves.toBe(0);
        await expect(page.locator("figure.code-block--commands button:visible").count()).resolves.toBeGreaterThan(2);
      });

      it(`inline code wraps only at spaces and after a / (${colorScheme}, ${name})`, async () => {
        const page = await newPage({ colorScheme, viewport });
        const bad: string[] = [];
        for (const path of pages) {
          await page.goto(`${siteUrl}${path}`);
          bad.push(...(await badInlineCodeBreaks(page)).map((b) => `${path} ${b}`));
        }
        expect(bad).toEqual([]);
      });
    }
});
