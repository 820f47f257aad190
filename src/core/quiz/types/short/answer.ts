import { isTextAnswer } from "../typed-answer.ts";

// The stored answer's shape, for the browser registry (static on every quiz page): no grading here.

/** A stored short answer: what the student typed. */
export interface ShortAnswer {
  text: string;
}

/** Bump when {@link ShortAnswer} changes (and keep reading the old shape). */
export const shortAnswerVersion = 1;

export const isShortAnswer: (value: unknown) => value is ShortAnswer = isTextAnswer;
