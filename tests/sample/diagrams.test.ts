import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readAccessibility } from "../../src/core/diagrams/source.ts";
import { axeViolations } from "../e2e/support/axe.ts";
import { useBrowser } from "../e2e/support/browser.ts";
import { diagramViews, inside, zoomedView } from "../e2e/support/diagrams.ts";
import { projectRoot } from "../e2e/support/site.ts";
import { requireSampleCourse } from "./support/sample.ts";

requireSampleCourse();
const { siteUrl, newPage } = useBrowser();

/** The sample course's diagrams, read from its lessons: page and accTitle. */
const lessonsDir = resolve(projectRoot, "content/tema2");
const diagrams = readdirSync(lessonsDir)
  .filter((name) => /\.mdx?$/.test(name))
  .flatMap((name) => {
    const slug = name.replace(/^\d+-/, "").replace(/\.mdx?$/, "");
    return [...readFileSync(join(lessonsDir, name), "utf8").matchAll(/```mermaid[^\n]*\n([\s\S]*?)```/g)].map((m) => ({
      slug,
      title: readAccessibility(m[1] ?? "").title ?? "",
    }));
  });
const pages = [...new Set(diagrams.map((d) => d.slug))];
const phone = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };

// Each test walks every page with a diagram (axe on each): more than the default minute on a busy machine.
describe("the sample course's diagrams on a phone, a desktop and paper", { timeout: 240_000 }, () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`at 360 px each diagram shows at least 95 % of its width, once, with no axe violation (${colorScheme})`, async () => {
      // axe is injected as a script, which the pages' own CSP rightly blocks.
      const page = await newPage({ ...phone, colorScheme, bypassCSP: true });
      const cut: string[] = [];
      const seen: string[] = [];
      for (const slug of pages) {
        await page.goto(`${siteUrl}tema2/${slug}/`);
        for (const d of await diagramViews(page)) {
          seen.push(d.title);
          expect(d.theme, d.title).toBe(colorScheme);
          if (d.drawn !== 1 || d.shown < 0.95)
            cut.push(`${d.title}: ${d.drawn} dibujos, ${Math.round(d.shown * 100)} %`);
        }
        for (const { title } of diagrams.filter((d) => d.slug === slug))
          await expect(page.getByRole("img", { name: title, exact: true }).count(), title).resolves.toBe(1);
        expect(await axeViolations(page), slug).toEqual([]);
      }
      expect(seen.sort()).toEqual(diagrams.map((d) => d.title).sort());
      expect(cut).toEqual([]);
    });
  }

  it("draws «Máquinas virtuales frente a contenedores» top to bottom on a phone: both halves in view, labels of 12 px or more", async () => {
    const page = await newPage(phone);
    await page.goto(`${siteUrl}tema2/contenedores-y-sandboxing/`);
    const [view] = await diagramViews(page);
    expect(view).toMatchObject({ title: "Máquinas virtuales frente a contenedores", rendering: "turned", drawn: 1 });
    expect(view!.shown).toBe(1);
    expect(view!.width / view!.natural).toBeGreaterThanOrEqual(0.75);
    const figure = page.locator("figure.diagram").first();
    const halves = figure.locator(".diagram__view--turned svg.diagram__svg--light .cluster-label");
    await expect(halves.allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining("Contenedores"), expect.stringContaining("Máquinas virtuales")]),
    );
    for (const half of await halves.all()) {
      const box = (await half.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`«Ampliar» starts with the whole diagram inside the screen, for every diagram that offers it (${colorScheme})`, async () => {
      const page = await newPage({ ...phone, colorScheme, bypassCSP: true });
      let opened = 0;
      for (const slug of pages) {
        await page.goto(`${siteUrl}tema2/${slug}/`);
        const figures = page.locator("figure.diagram");
        for (let i = 0; i < (await figures.count()); i++) {
          if (!(await figures.nth(i).getByRole("button", { name: "Ampliar" }).isVisible())) continue;
          const { dialog, measure } = await zoomedView(page, i);
          const first = await measure();
          expect(first.drawn).toBe(1);
          expect(inside(first.box, first.view), `${slug} ${i}`).toBe(true);
          if (opened === 0) expect(await axeViolations(page)).toEqual([]);
          await page.keyboard.press("Escape");
          await expect.poll(() => dialog.count()).toBe(0);
          opened++;
        }
      }
      // The sequence diagram of lab 1 at least is drawn smaller than its size on a phone.
      expect(opened).toBeGreaterThan(0);
    });
  }

  it("at 1280 px shows every diagram as written, at its size or the column's: as before", async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    for (const slug of pages) {
      await page.goto(`${siteUrl}tema2/${slug}/`);
      const column = await page
        .locator(".prose")
        .first()
        .evaluate((el) => el.getBoundingClientRect().width);
      for (const d of await diagramViews(page)) {
        expect(d.rendering, d.title).toBe("wide");
        expect(d.shown, d.title).toBe(1);
        expect(d.width, d.title).toBeCloseTo(Math.min(d.natural, column), 0);
      }
    }
  });

  it("prints the original rendering of every diagram, light", async () => {
    const page = await newPage(phone);
    for (const slug of pages) {
      await page.goto(`${siteUrl}tema2/${slug}/`);
      await page.emulateMedia({ media: "print" });
      for (const d of await diagramViews(page))
        expect([d.title, d.rendering, d.theme, d.drawn]).toEqual([d.title, "wide", "light", 1]);
      await page.emulateMedia({ media: "screen" });
    }
  });
});
