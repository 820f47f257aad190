import type { Grade } from "../base.ts";
import type { MatchingAnswer } from "./answer.ts";

export { isMatchingAnswer, matchingAnswerVersion, type MatchingAnswer } from "./answer.ts";

// Browser code imports this file: nothing here may pull in zod, hast or Node.

/** What grading needs of a matching: the right item's index for each left item. */
export interface MatchingGrading {
  key: number[];
}

export interface MatchingGrade extends Grade {
  /** Pairs right, of `total`. */
  hits: number;
  total: number;
}

/** Right when every pair is; partial credit: the share of left items given their right item. */
export function gradeMatching(quiz: MatchingGrading, answer: MatchingAnswer): MatchingGrade {
  const total = quiz.key.length;
  const hits = quiz.key.filter((right, left) => answer.chosen[left] === right).length;
  return { correct: total > 0 && hits === total, score: total > 0 ? hits / total : 0, hits, total };
}
