import { isTextAnswer } from "../typed-answer.ts";

// The stored answer's shape, for the browser registry (static on every quiz page): no grading here.

/** A stored numeric answer: what the student typed (`3,5`), so a reload shows it as written. */
export interface NumericAnswer {
  text: string;
}

/** Bump when {@link NumericAnswer} changes (and keep reading the old shape). */
export const numericAnswerVersion = 1;

export const isNumericAnswer: (value: unknown) => value is NumericAnswer = isTextAnswer;
