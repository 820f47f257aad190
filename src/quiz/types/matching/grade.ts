import type { Grade } from "../base.ts";

// Browser code imports this file: nothing here may pull in zod, hast or Node.

/** A stored answer to a matching: per left item, the index of the chosen right item, or -1 for none. */
export interface MatchingAnswer {
  chosen: number[];
}

/** Bump when {@link MatchingAnswer} changes (and keep reading the old shape). */
export const matchingAnswerVersion = 1;

/** What grading needs of a matching: the right item's index for each left item. */
export interface MatchingGrading {
  key: number[];
}

export interface MatchingGrade extends Grade {
  /** Pairs right, of `total`. */
  hits: number;
  total: number;
}

const maxItems = 100;

export function isMatchingAnswer(value: unknown): value is MatchingAnswer {
  const chosen = (value as MatchingAnswer | null)?.chosen;
  return (
    Array.isArray(chosen) &&
    chosen.length <= maxItems &&
    chosen.every((i) => Number.isInteger(i) && i >= -1 && i < maxItems)
  );
}

/** Right when every pair is; partial credit: the share of left items given their right item. */
export function gradeMatching(quiz: MatchingGrading, answer: MatchingAnswer): MatchingGrade {
  const total = quiz.key.length;
  const hits = quiz.key.filter((right, left) => answer.chosen[left] === right).length;
  return { correct: total > 0 && hits === total, score: total > 0 ? hits / total : 0, hits, total };
}
