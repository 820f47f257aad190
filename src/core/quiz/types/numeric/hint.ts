import { inRange, type NumericRange } from "./grade.ts";

// Pure: what a numeric question tells the student about the number to type (its hint, and the
// example in «Escribe solo un número, por ejemplo …»), from the question's own answers.

/** The decimal mark of a language: a comma in Spanish (`3,5`), a point in English (`3.5`). */
export function decimalMark(lang: string): string {
  const parts = new Intl.NumberFormat(lang).formatToParts(1.5);
  return parts.find((part) => part.type === "decimal")?.value ?? ",";
}

/** A number as the course's language writes it, without grouping: `3,5` in Spanish, `3.5` in English. */
export const formatDecimal = (n: number, lang = "es") => String(n).replace(".", decimalMark(lang));

export interface NumericHint {
  /** Whether an answer or tolerance has decimals: only then does the hint mention them. */
  decimals: boolean;
  /** A number of the answers' size and sign (with decimals if they have them), far from every accepted one; none if no such number. */
  example?: string;
}

const ends = (range: NumericRange) =>
  "min" in range ? [range.min, range.max] : [range.value - range.tolerance, range.value + range.tolerance];
const distance = (n: number, range: NumericRange) => {
  const [min = 0, max = 0] = ends(range);
  return n < min ? min - n : n > max ? n - max : 0;
};
// 0.1 * 3 is 0.30000000000000004: examples are short numbers.
const tidy = (n: number) => Number(n.toPrecision(10));

export function numericHint(answers: NumericRange[], lang = "es"): NumericHint {
  const numbers = answers.flatMap((range) =>
    "min" in range ? [range.min, range.max] : [range.value, range.tolerance],
  );
  const decimals = numbers.some((n) => !Number.isInteger(n));
  const first = answers[0];
  if (!first) return { decimals };
  const [low = 0, high = 0] = ends(first);
  const centre = (low + high) / 2;
  // Same order of magnitude and sign as the answer, so the example reads as a plausible number
  // (a port, a size) without being near it: «8080» would be one digit from 8081.
  const scale = centre === 0 ? 1 : 10 ** Math.floor(Math.log10(Math.abs(centre)));
  const sign = centre < 0 ? -1 : 1;
  const fraction = decimals ? (scale >= 1 ? 0.5 : scale / 2) : 0;
  const candidates = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => tidy(sign * (k * scale + fraction)));
  const gap = (n: number) => Math.min(...answers.map((range) => distance(n, range)));
  let best: number | undefined;
  for (const n of candidates) if (best === undefined || gap(n) > gap(best)) best = n;
  const safe = best !== undefined && !answers.some((range) => inRange(best, range)) && gap(best) >= scale / 2;
  return safe ? { decimals, example: formatDecimal(best!, lang) } : { decimals };
}
