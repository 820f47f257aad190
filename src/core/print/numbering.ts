import type { PrintHeading } from "./model.ts";

/**
 * A number the author wrote at the start of a heading: `1.`, `3.1`, `2)`, `a)`, `IV.`, `Paso 2`, `Parte 3:`.
 * A year or a longer figure (`2018 en cifras`) is not a section number.
 */
const ownNumber =
  /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\d{1,3}\)|[a-z]\)|[IVX]{1,5}[.)]|(?:paso|parte|fase|step|part|ejercicio|actividad|tarea|apartado|secci[oó]n|section|lecci[oó]n|tema|unidad|cap[ií]tulo|chapter)\s+\d{1,3}[.:)-]?)(?=\s|$)/iu;

/** Whether a heading's text starts with a section number of its author's. */
export function hasOwnNumber(text: string): boolean {
  return ownNumber.test(text);
}

/**
 * How deep automatic section numbers go in one lesson, given the deepest level numbered by default. The
 * first level at which most headings carry the author's own numbers, and every level below it, gets none:
 * «3.1 ¿Qué es la web?» is not printed «3.1 3.1 ¿Qué es la web?», nor «Paso 2» as «4.2 Paso 2».
 * Returns a depth below 2 when the lesson gets no automatic numbers at all.
 */
export function numberingDepth(headings: readonly PrintHeading[], maxDepth = 3): number {
  for (let depth = 2; depth <= maxDepth; depth++) {
    const level = headings.filter((heading) => heading.depth === depth);
    const numbered = level.filter((heading) => hasOwnNumber(heading.text)).length;
    if (level.length > 0 && numbered * 2 > level.length) return depth - 1;
  }
  return maxDepth;
}
