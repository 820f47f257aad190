import type { Grade } from "../base.ts";
import { sameText } from "../text-match.ts";
import type { ShortAnswer } from "./answer.ts";

// Browser code imports this file: nothing here may pull in zod, hast or Node.

/** What grading needs of a short-answer question (the model satisfies it). */
export interface ShortGrading {
  exact?: boolean;
  answers: { text: string; correct: boolean }[];
}

export interface ShortGrade extends Grade {
  /** The written answer (accepted or anticipated wrong) the student's matches, or -1. */
  match: number;
}

/** Right when the typed text is one of the accepted answers; there is no partial credit. */
export function gradeShort(quiz: ShortGrading, answer: ShortAnswer): ShortGrade {
  const match = quiz.answers.findIndex((a) => sameText(answer.text, a.text, quiz.exact === true));
  const correct = quiz.answers[match]?.correct === true;
  return { correct, score: correct ? 1 : 0, match };
}
