import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../e2e/support/browser.ts";
import { stepThroughSlides } from "../e2e/support/slides.ts";
import { requireSampleCourse } from "./support/sample.ts";

requireSampleCourse();
const { siteUrl, newPage } = useBrowser();

describe("the sample course's slides", () => {
  it("fit every slide of every lesson at 1280×720: nothing past its edges, text of 18 px or more, diagrams inside", async () => {
    const distDir = inject("distDir");
    const units = readdirSync(join(distDir, "diapositivas"));
    const decks = units.flatMap((unit) =>
      readdirSync(join(distDir, "diapositivas", unit)).map((lesson) => `${unit}/${lesson}`),
    );
    const page = await newPage();
    const problems: string[] = [];
    let slides = 0;
    for (const deck of decks)
      for (const report of await stepThroughSlides(page, `${siteUrl}diapositivas/${deck}/`)) {
        slides++;
        const where = `${deck} #${report.index} «${report.title}»`;
        if (report.overflowing.length) problems.push(`${where} sobresale: ${report.overflowing.join(", ")}`);
        if (report.smallText.length) problems.push(`${where} letra pequeña: ${report.smallText.join(", ")}`);
        if (report.diagramsInside !== report.diagrams) problems.push(`${where}: un diagrama se sale`);
      }
    console.log(`sample slides: ${slides} in ${decks.length} lessons`);
    expect(decks).toHaveLength(6);
    expect(problems).toEqual([]);
  });
});
