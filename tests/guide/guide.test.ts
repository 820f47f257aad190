import { readdirSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { checkLinks } from "../../scripts/links/check.ts";
import { questionTypes } from "../../src/core/quiz/types/index.ts";
import { axeViolations } from "../e2e/support/axe.ts";
import { useBrowser } from "../e2e/support/browser.ts";
import { runScript } from "../e2e/support/site.ts";
import { guideBase, guideSiteUrl } from "./support/global-setup.ts";

const { siteUrl, newPage } = useBrowser();
const distDir = inject("distDir");
/** Every page of the guide a reader reaches (not the print pages, nor the old-address redirects). */
const pages = readdirSync(distDir, { recursive: true, encoding: "utf8" })
  .filter((path) => path.endsWith("index.html") && !path.startsWith("imprimir") && !path.startsWith("pagefind"))
  .map((path) => path.replace(/index\.html$/, ""))
  .sort();

describe("the guide, built with npm run guide under a Pages base path", () => {
  it("builds every unit the issue names, with the reference and the PDFs", () => {
    for (const unit of ["empezar/", "escribir/", "cuestionarios/", "diagramas/", "busqueda/", "comprobar/"])
      expect(pages).toContain(unit);
    for (const unit of ["impresion/", "moodle-scorm/", "jekyll/", "idiomas/", "referencia/"])
      expect(pages).toContain(unit);
    expect(pages).toContain("referencia/reglas/");
    expect(inject("buildOutput")).toMatch(/PDF {2}pdf\/curso\.pdf/);
  });

  it("has no broken link, anchor, asset or PDF", () => {
    expect(checkLinks(distDir, guideBase, new URL(guideSiteUrl).origin)).toEqual([]);
  });

  it("passes its own code-block check (npm run lint:guide) with no error and no warning", () => {
    const lint = runScript("lint:guide", [], {});
    expect(lint.output).toMatch(/0 errores, 0 avisos/);
    expect(lint.status).toBe(0);
  });
});

describe("its Cuestionarios unit", () => {
  it("has every question type of the registry as a live quiz that a reader answers", async () => {
    const page = await newPage();
    const live = new Set<string>();
    for (const path of pages.filter((p) => p.startsWith("cuestionarios/"))) {
      await page.goto(`${siteUrl}${path}`);
      // The page's goto waits for every quiz's island: a quiz counts once it is ready to check an answer.
      const types = await page
        .locator("aula-quiz[data-ready]")
        .evaluateAll((quizzes) => quizzes.map((q) => q.getAttribute("data-quiz-type") ?? ""));
      for (const type of types) live.add(type);
    }
    expect([...live].sort()).toEqual(Object.keys(questionTypes).sort());
  });

  it("grades a matching question written as its lesson shows", async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}cuestionarios/emparejar/`);
    const quiz = page.locator("aula-quiz[data-quiz-type=matching]");
    const selects = quiz.getByRole("combobox");
    const answers = ["Opción única", "Opción múltiple", "Respuesta corta", "Numérica"];
    for (const [i, answer] of answers.entries()) await selects.nth(i).selectOption({ label: answer });
    await quiz.getByRole("button", { name: "Comprobar" }).click();
    await expect.poll(() => quiz.textContent()).toMatch(/Correcto/);
  });
});

/** The pages one click away: the links of the page's main content and navigation, as a reader sees them. */
async function linksOf(page: Page, url: string): Promise<Map<string, string>> {
  await page.goto(url);
  const links = await page
    .locator("a[href]:visible")
    .evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).href, a.textContent?.trim() ?? ""] as const));
  // Pages of the guide only: not its PDFs, nor another site.
  const pages = links.filter(([href]) => href.startsWith(siteUrl) && !/\.(pdf|xml|json)$/.test(href.split("#")[0]!));
  return new Map(pages.map(([href, text]) => [href.split("#")[0]!, text]));
}

describe("a newcomer on the guide's home page", () => {
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ])
    it(`reaches how to write a matching question and how to add a question type in at most two clicks (${viewport.width} px)`, async () => {
      const page = await newPage({ viewport });
      const wanted = ["Emparejar", "Añadir un tipo de pregunta"];
      /** The heading of each page reached, with the clicks it took from the home page. */
      const titles = new Map<string, number>();
      const seen = new Set<string>([siteUrl]);
      let frontier = [...(await linksOf(page, siteUrl)).keys()];
      for (const depth of [1, 2]) {
        const next: string[] = [];
        for (const url of frontier) {
          if (seen.has(url) || wanted.every((w) => titles.has(w))) continue;
          seen.add(url);
          const links = await linksOf(page, url);
          const title = (await page.locator("h1").first().textContent())?.trim() ?? "";
          if (!titles.has(title)) titles.set(title, depth);
          next.push(...links.keys());
        }
        frontier = next;
      }
      expect(titles.get("Emparejar")).toBeLessThanOrEqual(2);
      expect(titles.get("Añadir un tipo de pregunta")).toBeLessThanOrEqual(2);
    });

  it("opens the matching lesson and the question-type lesson by clicking their links on the home page", async () => {
    const page = await newPage({ viewport: { width: 360, height: 740 } });
    for (const [link, sample] of [
      ["Emparejar", "izquierda -> derecha"],
      ["Añadir un tipo de pregunta", "src/core/quiz/types/index.ts"],
    ] as const) {
      await page.goto(siteUrl);
      await page.getByRole("main").getByRole("link", { name: link, exact: true }).first().click();
      await expect.poll(() => page.locator("h1").first().textContent()).toBe(link);
      expect(await page.getByRole("main").textContent()).toContain(sample);
    }
  });
});

describe("a wide table on a phone", () => {
  it("scrolls sideways and keeps every one-word cell on one line (the rule table at 360 px)", async () => {
    const page = await newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${siteUrl}referencia/reglas/`);
    const table = page.locator(".prose table").first();
    const [visible, full] = await table.evaluate((t) => [t.clientWidth, t.scrollWidth]);
    expect(full).toBeGreaterThan(visible);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
    // A word cut into letters gives one line box per piece; a whole word gives one.
    const lines = await table.evaluate((t) =>
      [...t.querySelectorAll("td")]
        .filter((cell) => /^\S+$/.test(cell.textContent?.trim() ?? "") && !cell.querySelector("code"))
        .map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return [cell.textContent?.trim(), new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size];
        }),
    );
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.filter(([, count]) => count !== 1)).toEqual([]);
  });
});

describe("accessibility", () => {
  for (const colorScheme of ["light", "dark"] as const)
    it(`has no WCAG 2.2 AA violation on any page of the guide (${colorScheme}, 1280 px), nor on the home and a quiz lesson at 360 px`, async () => {
      const found: string[] = [];
      const wide = await newPage({ colorScheme, viewport: { width: 1280, height: 800 }, bypassCSP: true });
      for (const path of pages) {
        await wide.goto(`${siteUrl}${path}`);
        found.push(...(await axeViolations(wide)).map((v) => `${path || "/"} → ${v}`));
      }
      const phone = await newPage({ colorScheme, viewport: { width: 360, height: 740 }, bypassCSP: true });
      for (const path of ["", "cuestionarios/emparejar/", "referencia/curso-yaml/"]) {
        await phone.goto(`${siteUrl}${path}`);
        found.push(...(await axeViolations(phone)).map((v) => `${path || "/"} (360) → ${v}`));
      }
      expect(found).toEqual([]);
      // About 45 pages through axe: two minutes on a free 2-core machine, more when it is shared.
    }, 420_000);
});
