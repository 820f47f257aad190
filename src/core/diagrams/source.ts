import type { BlockProblem } from "../problems/model.ts";

/** What a ```` ```mermaid ```` fence says besides the diagram. */
export interface DiagramMeta {
  /** Visible caption, from `caption="…"` after the language. */
  caption?: string;
}

/** Reads `caption="…"` (or single quotes) from the fence's info string. */
export function parseDiagramMeta(meta: string | null | undefined): DiagramMeta {
  const match = /(?:^|\s)caption=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? "");
  const caption = (match?.[1] ?? match?.[2])?.trim();
  return caption ? { caption } : {};
}

/** The accessible name and description that mermaid will put in the SVG's <title> and <desc>. */
export interface DiagramAccessibility {
  title?: string;
  description?: string;
}

/** Finds `accTitle: …` and `accDescr: …` / `accDescr { … }`, as mermaid reads them. */
export function readAccessibility(source: string): DiagramAccessibility {
  const title = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const single = /^\s*accDescr\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1];
  const description = (single ?? block?.replace(/\s+/g, " "))?.trim();
  return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}

const accessibilityTexts = {
  "diagram/acc-title": [
    "El diagrama no tiene título accesible",
    "añade una línea «accTitle: …» que diga en una frase qué muestra el diagrama",
  ],
  "diagram/acc-descr": [
    "El diagrama no tiene descripción accesible",
    "añade «accDescr: …» con lo que se ve en el diagrama, para quien no puede verlo",
  ],
} as const;

/**
 * A diagram needs a text alternative: without `accTitle:` a screen reader hears nothing, so the
 * build stops; without `accDescr:` it only hears the title. The build and the lint both ask here.
 */
export function checkDiagramAccessibility(source: string): BlockProblem[] {
  const access = readAccessibility(source);
  const ruleId = !access.title ? "diagram/acc-title" : !access.description ? "diagram/acc-descr" : undefined;
  if (!ruleId) return [];
  const [message, fix] = accessibilityTexts[ruleId];
  return [{ line: 1, column: 1, severity: ruleId === "diagram/acc-title" ? "error" : "warning", ruleId, message, fix }];
}
