import type { Problem } from "../problems/model.ts";
import { wrapSpacedDestinations } from "./kramdown-links.ts";

/** Options for {@link preprocessLiquid}. */
export interface LiquidOptions {
  /** Replaces `{{ site.baseurl }}`; Jekyll's baseurl has no trailing slash. */
  baseUrl: string;
  /** File name for messages. */
  file: string;
}

const tagPattern = /\{%-?\s*(\w+)[^%]*?-?%\}|\{\{-?\s*([^}]*?)\s*-?\}\}/g;

/**
 * Jekyll pages may hold Liquid. `{% raw %}`/`{% endraw %}` are dropped (their content kept as is),
 * `{{ site.baseurl }}` becomes the base path, and anything else is reported so it is never
 * printed silently. Destinations with spaces are wrapped as CommonMark needs. Line numbers are
 * kept: only text within lines changes.
 */
export function preprocessLiquid(source: string, options: LiquidOptions): { text: string; diagnostics: Problem[] } {
  const diagnostics: Problem[] = [];
  let inRaw = false;
  let inFence = false;
  const lines = source.split("\n").map((line, lineIndex) => {
    if (/^\s*(```|~~~)/.test(line) && !inRaw) inFence = !inFence;
    const text = line.replace(
      tagPattern,
      (whole, tag: string | undefined, expression: string | undefined, offset: number) => {
        if (tag === "raw") {
          inRaw = true;
          return "";
        }
        if (tag === "endraw") {
          inRaw = false;
          return "";
        }
        if (inRaw) return whole;
        if (expression !== undefined && /^site\.baseurl$/.test(expression)) return options.baseUrl;
        if (inFence && expression !== undefined) return whole;
        diagnostics.push({
          file: options.file,
          line: lineIndex + 1,
          column: offset + 1,
          severity: "warning",
          ruleId: "liquid/unsupported",
          message: `La etiqueta Liquid «${whole}» no se procesa y se mostrará tal cual`,
          fix: "quítala, o envuélvela en {% raw %}…{% endraw %} si es parte del texto",
        });
        return whole;
      },
    );
    return inFence ? text : wrapSpacedDestinations(text);
  });
  return { text: lines.join("\n"), diagnostics };
}
