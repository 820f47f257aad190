import type { Grade } from "../base.ts";

// Browser code imports this file: nothing here may pull in zod, hast or Node.

import type { ChoiceAnswer } from "./answer.ts";

/** What grading needs of a choice question (the model satisfies it). */
export interface ChoiceGrading {
  multiple: boolean;
  options: { correct: boolean }[];
}

export interface ChoiceGrade extends Grade {
  /** Right options chosen, of `total` right ones. */
  hits: number;
  /** Wrong options chosen. */
  wrong: number;
  total: number;
}

/**
 * Right when exactly the right options are chosen. Partial credit for multiple choice: each right
 * option chosen earns 1/total, each wrong one takes it back, never below 0.
 */
export function gradeChoice(quiz: ChoiceGrading, answer: ChoiceAnswer): ChoiceGrade {
  let hits = 0;
  let wrong = 0;
  let total = 0;
  quiz.options.forEach((option, i) => {
    const chosen = answer.selected.includes(i);
    if (option.correct) total++;
    if (chosen) option.correct ? hits++ : wrong++;
  });
  const correct = hits === total && wrong === 0;
  const score = correct ? 1 : quiz.multiple && total > 0 ? Math.max(0, (hits - wrong) / total) : 0;
  return { correct, score, hits, wrong, total };
}
