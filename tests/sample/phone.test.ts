import { describe, expect, it } from "vitest";
import { useBrowser } from "../e2e/support/browser.ts";
import { badInlineCodeBreaks, copyButtonsOverText } from "../e2e/support/text-lines.ts";
import { requireSampleCourse } from "./support/sample.ts";

requireSampleCourse();
const { siteUrl, newPage } = useBrowser();

const lessons = [
  "tema2/tipos-de-hosting/",
  "tema2/virtualizacion/",
  "tema2/contenedores-y-sandboxing/",
  "tema2/docker-para-desarrollo/",
  "tema2/laboratorio-1/",
  "tema2/laboratorio-2/",
];

describe("the sample course on a 360 px phone and at 1280 px, light and dark", () => {
  for (const colorScheme of ["light", "dark"] as const)
    for (const viewport of [
      { width: 360, height: 780 },
      { width: 1280, height: 800 },
    ])
      it(`breaks no inline code inside a token, and no «Copiar» covers code (${colorScheme}, ${viewport.width})`, async () => {
        const page = await newPage({ colorScheme, viewport });
        const bad: string[] = [];
        let checked = 0;
        for (const path of ["", "progreso/", ...lessons]) {
          await page.goto(`${siteUrl}${path}`);
          bad.push(...(await badInlineCodeBreaks(page)).map((b) => `${path} ${b}`));
          const copies = await copyButtonsOverText(page);
          checked += copies.checked;
          bad.push(...copies.covered.map((c) => `${path} Copiar sobre ${c}`));
        }
        expect(checked).toBeGreaterThan(10);
        expect(bad).toEqual([]);
      });

  it("in the middle of Laboratorio 1, a visible control opens the table of contents and another goes to the top", async () => {
    const page = await newPage({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    const summary = page.locator("[data-toc-bar] summary");
    const top = page.getByRole("link", { name: "Volver arriba" });
    for (const control of [summary, top]) {
      await expect(control.isVisible()).resolves.toBe(true);
      const box = (await control.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(780);
    }
    await summary.click();
    await expect(
      page
        .getByRole("link", { name: /^Pregunta 1 · / })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await summary.click();
    await top.click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  });

  it("marks the English quotes of «Contenedores y sandboxing» as English", async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}tema2/contenedores-y-sandboxing/`);
    const english = await page.locator('article [lang="en"]').allTextContents();
    expect(english.map((text) => text.trim().slice(0, 20))).toEqual(["In computer security", "Qubes OS is a free a"]);
  });
});
