import type { Grade } from "../base.ts";
import { sameText } from "../text-match.ts";
import type { ClozeAnswer } from "./answer.ts";

// Browser code imports this file: nothing here may pull in zod, hast or Node.

/** What grading needs of a cloze: each blank's accepted answers, and whether case and accents count. */
export interface ClozeGrading {
  blanks: { answers: string[]; exact: boolean }[];
}

export interface ClozeGrade extends Grade {
  /** Per blank: whether it is right. */
  right: boolean[];
  hits: number;
  total: number;
}

/** Right when every blank is; partial credit: the share of right blanks. */
export function gradeCloze(quiz: ClozeGrading, answer: ClozeAnswer): ClozeGrade {
  const right = quiz.blanks.map((blank, i) =>
    blank.answers.some((expected) => sameText(answer.blanks[i] ?? "", expected, blank.exact)),
  );
  const hits = right.filter(Boolean).length;
  const total = quiz.blanks.length;
  return { correct: total > 0 && hits === total, score: total ? hits / total : 0, right, hits, total };
}
