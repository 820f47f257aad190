import type { BlockProblem } from "../model.ts";
import { severityOf } from "./catalog.ts";

/**
 * A diagram needs a text alternative: mermaid's `accTitle:` (and ideally `accDescr:`) become the
 * SVG's title and description for screen readers. Syntax errors are checked by the diagram pipeline.
 */
export function checkMermaid(source: string): BlockProblem[] {
  if (/^\s*accTitle\s*:/m.test(source)) return [];
  return [
    {
      line: 1,
      column: 1,
      severity: severityOf("mermaid/acc-title"),
      ruleId: "mermaid/acc-title",
      message: "El diagrama no tiene título accesible",
      note: "añade una línea «accTitle: …» (y «accDescr: …») tras el tipo de diagrama",
    },
  ];
}
