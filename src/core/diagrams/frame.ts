import { svgSize } from "./svg.ts";

/** Text smaller than this on screen is hard to read: below it a wide flowchart shows its turned copy (turn.ts). */
export const minTextPx = 12;

/** The smallest font size written in the SVG (mermaid's style rules and attributes), 16 if none. */
export function smallestFontPx(svg: string): number {
  const sizes = [...svg.matchAll(/font-size\s*[:=]\s*"?\s*([\d.]+)px/g)].map((m) => Number(m[1]));
  const valid = sizes.filter((n) => Number.isFinite(n) && n > 0);
  return valid.length > 0 ? Math.min(...valid) : 16;
}

/**
 * The narrowest width (px) at which every label of the diagram is still at least {@link minTextPx}.
 * Undefined when the SVG has no size.
 */
export function readableWidth(svg: string): number | undefined {
  const size = svgSize(svg);
  if (!size) return undefined;
  return Math.min(size.width, Math.ceil((size.width * minTextPx) / smallestFontPx(svg)));
}
