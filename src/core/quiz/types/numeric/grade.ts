import type { Grade } from "../base.ts";
import { looseText } from "../text-match.ts";
import type { NumericAnswer } from "./answer.ts";

// Browser code imports this file: nothing here may pull in zod, hast or Node.

/** An accepted value: a value and a tolerance, or a range (both ends included). */
export type NumericRange = { value: number; tolerance: number } | { min: number; max: number };

/** What grading needs of a numeric question (the model satisfies it). */
export interface NumericGrading {
  answers: NumericRange[];
  unit?: string;
}

export interface NumericGrade extends Grade {
  /** The accepted answer the number falls in, or -1. */
  match: number;
}

const decimal = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/** A number as a student or an author writes it: `8080`, `3,5`, `-0.5`; undefined if it is not one. */
export function readDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  return decimal.test(trimmed) ? Number(trimmed.replace(",", ".")) : undefined;
}

/** The typed number, with the unit left out if the student wrote it too (`512 MB`). */
export function typedNumber(text: string, unit?: string): number | undefined {
  let typed = text.trim();
  if (unit && looseText(typed).endsWith(looseText(unit))) typed = typed.slice(0, typed.length - unit.length).trim();
  return readDecimal(typed);
}

// Decimal values are compared with a margin, so 0.1 + 0.2 counts as 0.3.
const epsilon = 1e-9;

export function inRange(n: number, range: NumericRange): boolean {
  const [min, max] =
    "value" in range ? [range.value - range.tolerance, range.value + range.tolerance] : [range.min, range.max];
  return n >= min - epsilon * Math.max(1, Math.abs(min)) && n <= max + epsilon * Math.max(1, Math.abs(max));
}

/** Right when the number falls in one of the accepted answers; no partial credit. */
export function gradeNumeric(quiz: NumericGrading, answer: NumericAnswer): NumericGrade {
  const n = typedNumber(answer.text, quiz.unit);
  const match = n === undefined ? -1 : quiz.answers.findIndex((range) => inRange(n, range));
  return { correct: match !== -1, score: match !== -1 ? 1 : 0, match };
}
