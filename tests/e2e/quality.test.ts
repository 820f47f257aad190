import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { sep } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./support/browser.ts";
import { testSiteUrl } from "./support/site.ts";

const { siteUrl, newPage } = useBrowser();
const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Every built page, by its URL path below the base. */
const pages = readdirSync(inject("distDir"), { recursive: true, encoding: "utf8" })
  .filter((path) => path.endsWith(".html"))
  .map((path) =>
    path
      .split(sep)
      .join("/")
      .replace(/index\.html$/, ""),
  )
  .sort();

async function axeViolations(page: Page, tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(async (values) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, tags);
  return violations;
}

describe("every page", () => {
  it("builds more than the lessons alone", () => {
    expect(pages).toContain("tema2/laboratorio-1/");
    expect(pages).toContain("404.html");
    // The fixture's ERRATA.md is in curso.yaml's notLessons.
    expect(pages.filter((path) => /errata/i.test(path))).toEqual([]);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const [device, viewport] of [
      ["móvil", { width: 360, height: 740 }],
      ["escritorio", { width: 1366, height: 900 }],
    ] as const) {
      it(`has no WCAG 2.1 AA violation (${colorScheme}, ${device})`, async () => {
        // axe is injected as a script, which the pages' own CSP rightly blocks.
        const page = await newPage({ colorScheme, viewport, bypassCSP: true });
        const found: string[] = [];
        for (const path of pages) {
          await page.goto(`${siteUrl}${path}`);
          for (const violation of await axeViolations(page)) found.push(`${path} → ${violation}`);
        }
        expect(found).toEqual([]);
      });
    }
  }

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no WCAG 2.1 AA violation with a quiz answered and with search open (${colorScheme})`, async () => {
      const page = await newPage({ colorScheme, bypassCSP: true });
      await page.goto(`${siteUrl}tema2/laboratorio-1/`);
      const quiz = page.locator("fieldset").first();
      await quiz.getByRole("radio").first().check();
      await quiz.getByRole("button", { name: "Comprobar" }).click();
      await quiz.getByRole("button", { name: "Reintentar" }).waitFor();
      const answered = await axeViolations(page);
      await page.getByRole("button", { name: "Buscar" }).click();
      await page.getByRole("dialog").getByRole("searchbox").fill("docker");
      await page.locator(".search-result").first().waitFor();
      expect([...answered, ...(await axeViolations(page))]).toEqual([]);
    });
  }

  for (const colorScheme of ["light", "dark"] as const)
    for (const viewport of [
      { width: 360, height: 780 },
      { width: 1280, height: 800 },
    ]) {
      it(`has no WCAG 2.2 AA violation, target-size included, on a lesson, the home, the 404 and open search (${colorScheme}, ${viewport.width})`, async () => {
        const page = await newPage({ colorScheme, viewport, bypassCSP: true });
        const wcag22 = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
        const found: string[] = [];
        for (const path of ["", "tema2/laboratorio-1/", "tema2/no-existe/"]) {
          await page.goto(`${siteUrl}${path}`);
          found.push(...(await axeViolations(page, wcag22)).map((v) => `${path || "/"} → ${v}`));
        }
        await page.goto(`${siteUrl}tema2/laboratorio-1/`);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
        found.push(...(await axeViolations(page, wcag22)).map((v) => `laboratorio-1 (mitad) → ${v}`));
        await page.getByRole("button", { name: "Buscar" }).click();
        await page.getByRole("dialog").getByRole("searchbox").fill("docker");
        await page.locator(".search-result__others a").first().waitFor();
        found.push(...(await axeViolations(page, wcag22)).map((v) => `búsqueda → ${v}`));
        expect(found).toEqual([]);
      });
    }

  it("requests nothing from another origin and breaks no Content-Security-Policy rule, also while a quiz and search are used", async () => {
    const page = await newPage();
    const origin = new URL(siteUrl).origin;
    const foreign: string[] = [];
    const cspErrors: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    for (const path of pages) {
      await page.goto(`${siteUrl}${path}`, { waitUntil: "networkidle" });
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      const scriptSrc = /script-src ([^;]*)/.exec(meta ?? "")?.[1] ?? "";
      expect(scriptSrc, path).toMatch(/^'self'/);
      expect(scriptSrc, path).not.toContain("unsafe-inline");
    }
    // Using the site: a quiz answered, then a search and one of its results.
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    const quiz = page.locator("fieldset").first();
    await quiz.getByRole("radio").first().check();
    await quiz.getByRole("button", { name: "Comprobar" }).click();
    await page.getByRole("button", { name: "Buscar" }).click();
    await page.getByRole("dialog").getByRole("searchbox").fill("volumen");
    await page.locator(".search-result__link").first().click();
    await page.waitForLoadState("networkidle");
    expect(foreign).toEqual([]);
    expect(cspErrors).toEqual([]);
  });

  it("opens external links without giving them the page", async () => {
    const page = await newPage();
    const bad: string[] = [];
    for (const path of pages) {
      await page.goto(`${siteUrl}${path}`);
      const rels = await page.$$eval(
        'a[href^="http"]',
        (links, canonical) =>
          (links as HTMLAnchorElement[])
            // Print pages link the published site itself by its canonical URL.
            .filter((a) => new URL(a.href).origin !== location.origin && !a.href.startsWith(canonical))
            .map((a) => `${a.href} rel=${a.rel}`),
        testSiteUrl,
      );
      bad.push(...rels.filter((r) => !/noopener/.test(r) || !/noreferrer/.test(r)).map((r) => `${path}: ${r}`));
    }
    expect(bad).toEqual([]);
  });
});
