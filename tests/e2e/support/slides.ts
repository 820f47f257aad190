import type { Page } from "playwright-core";

/** What one slide looks like at the size it is shown: what overflows it, text under 18 px, its diagrams. */
export interface SlideReport {
  index: number;
  title: string;
  /** Elements outside the slide's box, by tag and class. */
  overflowing: string[];
  /** Text smaller than 18 px on the screen (diagrams' own text apart, which scales with them). */
  smallText: string[];
  /** Diagrams on the slide, and how many of them lie wholly inside it. */
  diagrams: number;
  diagramsInside: number;
}

/** The present slide, measured in the page. */
export function measureSlide(page: Page): Promise<SlideReport> {
  return page.evaluate(() => {
    const section = document.querySelector<HTMLElement>(".reveal .slides > section.present")!;
    const frame = section.querySelector<HTMLElement>(".slide__frame")!;
    const box = frame.getBoundingClientRect();
    const scale = box.width / 1280;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join(".")}` : ""}`;
    const inside = (r: DOMRect) =>
      r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    const overflowing: string[] = [];
    const smallText: string[] = [];
    for (const el of frame.querySelectorAll("*")) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (getComputedStyle(el).visibility === "hidden" || el.closest(".visually-hidden")) continue;
      if (!inside(rect)) overflowing.push(`${name(el)} ${Math.round(rect.bottom - box.bottom)}px`);
      if (el.closest("svg")) continue;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== "");
      const size = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (ownText && size < 17.9)
        smallText.push(`${name(el)} ${size.toFixed(1)}px «${el.textContent!.trim().slice(0, 30)}»`);
    }
    const diagrams = [...frame.querySelectorAll(".diagram svg")].filter((svg) => svg.getClientRects().length > 0);
    return {
      index: [...section.parentElement!.children].indexOf(section),
      title: frame.querySelector("h1, h2, h3")?.textContent?.trim() ?? "",
      overflowing: [...new Set(overflowing)],
      smallText: [...new Set(smallText)],
      diagrams: diagrams.length,
      diagramsInside: diagrams.filter((svg) => inside(svg.getBoundingClientRect())).length,
    };
  });
}

/**
 * Opens a deck at 1280×720 (no transitions, so each slide is in place at once) and steps through every slide
 * with the keyboard, as a teacher does, measuring each.
 */
export async function stepThroughSlides(page: Page, url: string): Promise<SlideReport[]> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${url}?transition=none`);
  await page.waitForSelector("html[data-slides-ready]");
  const total = await page.locator(".reveal .slides > section").count();
  const reports: SlideReport[] = [];
  for (let index = 0; index < total; index++) {
    if (index > 0) {
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction((i) => {
        const present = document.querySelector(".reveal .slides > section.present");
        return present && [...present.parentElement!.children].indexOf(present) === i;
      }, index);
    }
    // The fit runs on `slidechanged`; one frame later the slide is as the class sees it.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    reports.push(await measureSlide(page));
  }
  return reports;
}
