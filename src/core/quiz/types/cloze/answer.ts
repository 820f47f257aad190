import { isTyped } from "../typed-answer.ts";

// The stored answer's shape, for the browser registry (static on every quiz page): no grading here.

/** A stored cloze answer: what the student typed in each blank, in order. */
export interface ClozeAnswer {
  blanks: string[];
}

/** Bump when {@link ClozeAnswer} changes (and keep reading the old shape). */
export const clozeAnswerVersion = 1;

const maxBlanks = 100;

export function isClozeAnswer(value: unknown): value is ClozeAnswer {
  const blanks = (value as ClozeAnswer | null)?.blanks;
  return Array.isArray(blanks) && blanks.length <= maxBlanks && blanks.every(isTyped);
}
