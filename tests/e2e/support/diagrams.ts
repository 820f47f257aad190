import type { Page } from "playwright-core";

/** What a reader sees of one diagram: the SVG drawn, the share of its width in view, and its label. */
export interface DiagramView {
  title: string;
  /** `wide` (the original) or `turned` (a flowchart drawn in the other direction). */
  rendering: string;
  /** `light` or `dark`. */
  theme: string;
  /** How many of the figure's SVGs are drawn: exactly one, or the reader hears or sees two. */
  drawn: number;
  /** Visible width of the SVG (cut by the viewport and every clipping frame) over its drawn width. */
  shown: number;
  width: number;
  natural: number;
}

/**
 * Measures each diagram of the page as laid out now: the SVG's box intersected with the viewport's
 * width and with every ancestor that clips (overflow other than visible).
 */
export function diagramViews(page: Page): Promise<DiagramView[]> {
  return page.$$eval("figure.diagram", (figures) =>
    figures.map((figure) => {
      const drawn = [...figure.querySelectorAll("svg")].filter((svg) => svg.getBoundingClientRect().width > 0);
      const svg = drawn[0];
      if (!svg) return { title: "", rendering: "", theme: "", drawn: 0, shown: 0, width: 0, natural: 0 };
      const box = svg.getBoundingClientRect();
      let left = Math.max(box.left, 0);
      let right = Math.min(box.right, document.documentElement.clientWidth);
      for (let el = svg.parentElement; el && el !== document.documentElement; el = el.parentElement) {
        if (getComputedStyle(el).overflowX === "visible") continue;
        const clip = el.getBoundingClientRect();
        left = Math.max(left, clip.left);
        right = Math.min(right, clip.right);
      }
      const view = svg.closest(".diagram__view");
      return {
        title: svg.querySelector("title")?.textContent ?? "",
        rendering: view?.classList.contains("diagram__view--turned") ? "turned" : "wide",
        theme: svg.classList.contains("diagram__svg--dark") ? "dark" : "light",
        drawn: drawn.length,
        shown: Math.max(0, right - left) / box.width,
        width: box.width,
        natural: Number(svg.getAttribute("width")),
      };
    }),
  );
}

/**
 * Opens «Ampliar» on the figure-th diagram (it must be offered) and returns the drawing's box and the
 * viewport, then closes it with Escape.
 */
export async function zoomedView(page: Page, index: number) {
  const figure = page.locator("figure.diagram").nth(index);
  const button = figure.getByRole("button", { name: "Ampliar" });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  const measure = () =>
    dialog.evaluate((d) => {
      const drawn = [...d.querySelectorAll("svg")].filter((svg) => svg.getBoundingClientRect().width > 0);
      const box = drawn[0]!.getBoundingClientRect();
      const view = d.querySelector(".diagram-dialog__view")!.getBoundingClientRect();
      return {
        drawn: drawn.length,
        box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom, width: box.width },
        view: { left: view.left, right: view.right, top: view.top, bottom: view.bottom },
        viewport: { width: innerWidth, height: innerHeight },
      };
    });
  return { dialog, figure, button, measure };
}

/** Whether a box lies inside another, to half a pixel. */
export function inside(
  box: { left: number; right: number; top: number; bottom: number },
  frame: { left: number; right: number; top: number; bottom: number },
): boolean {
  return (
    box.left >= frame.left - 0.5 &&
    box.right <= frame.right + 0.5 &&
    box.top >= frame.top - 0.5 &&
    box.bottom <= frame.bottom + 0.5
  );
}
