import { readableWidth } from "./frame.ts";
import { svgSize } from "./svg.ts";

/**
 * A flowchart too wide for a phone gets a second rendering in the other direction (LR ↔ TB), and
 * the page shows whichever fits its column (a container query, no JS). These are the rules.
 */

/** The lesson column on a 360 px phone (1 rem of padding each side). */
export const phoneColumnPx = 328;

/** A turned rendering is kept only if it is at least this much narrower than the original. */
const keepRatio = 0.85;

/** Part of the cache key: changing a rule here renders every flowchart again. */
export const turnRules = { phoneColumnPx, keepRatio, version: 1 };

const directions = /^(TB|TD|BT|RL|LR)$/;
const header = /^(\s*(?:flowchart|graph)(?:-elk)?)(?:([ \t]+)([^\s;%]+))?([ \t]*(?:[;%].*)?)$/;

/**
 * The same flowchart in the other direction (`LR`/`RL` become `TB`, `TB`/`TD`/`BT` become `LR`),
 * or undefined when the diagram is not a flowchart or its direction is not one of those.
 * Subgraphs keep their own `direction`.
 */
export function turnedSource(source: string): string | undefined {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === "") i++;
  // Mermaid's front matter (--- … ---) comes first; then comments and %%{init}%% directives.
  if (lines[i]?.trim() === "---") {
    i++;
    while (i < lines.length && lines[i]!.trim() !== "---") i++;
    i++;
  }
  while (i < lines.length && (lines[i]!.trim() === "" || lines[i]!.trim().startsWith("%%"))) i++;
  const match = header.exec(lines[i] ?? "");
  if (!match) return undefined;
  const [, keyword, space, direction, rest] = match;
  if (direction !== undefined && !directions.test(direction)) return undefined;
  const turned = direction === "LR" || direction === "RL" ? "TB" : "LR";
  lines[i] = `${keyword}${space ?? " "}${turned}${rest ?? ""}`;
  return lines.join("\n");
}

/** Whether a flowchart's rendering is worth turning: its labels would be under 12 px on a phone. */
export function tooWideForPhone(svg: string): boolean {
  return (readableWidth(svg) ?? 0) > phoneColumnPx;
}

/** Whether the turned rendering is narrow enough, next to the original, to be worth shipping. */
export function worthTurning(original: string, turned: string): boolean {
  const wide = svgSize(original);
  const narrow = svgSize(turned);
  return Boolean(wide && narrow && narrow.width <= wide.width * keepRatio);
}

/**
 * The CSS that shows the turned rendering in a column narrower than the width at which the
 * original's labels are still 12 px. Scoped to one figure by its id; it rides in the original
 * SVG's own <style>, so the page needs no stylesheet of its own and prints keep the original.
 */
export function turnRule(figureId: string, original: string): string {
  const from = readableWidth(original) ?? phoneColumnPx;
  // max-width, not `width <`: this text sits in an SVG <style>, where a bare "<" would start a tag.
  return (
    `@container (max-width:${from - 0.02}px){` +
    `#${figureId} .diagram__view--wide{display:none}` +
    `#${figureId} .diagram__view--turned{display:block}}`
  );
}
