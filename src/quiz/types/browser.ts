import type { Grade } from "./base.ts";
import { choiceAnswerVersion, gradeChoice, isChoiceAnswer } from "./choice/grade.ts";
import { island as choiceIsland } from "./choice/island.ts";
import { gradeMatching, isMatchingAnswer, matchingAnswerVersion } from "./matching/grade.ts";
import { island as matchingIsland } from "./matching/island.ts";
import { gradeOrdering, isOrderingAnswer, orderingAnswerVersion } from "./ordering/grade.ts";
import { island as orderingIsland } from "./ordering/island.ts";

// The browser's registry. `./index.ts` holds the full types, with zod and hast, which must not
// reach the page; this one holds only what the islands need. Each type's island is its own module:
// with several types, `island` becomes `() => import("./x/island.ts")` so a page loads only its
// types' code (static today: one type, and a dynamic import would make answers appear a tick late).
// A unit test checks that both list the same types.

/** What a type does in the page: `src/islands/quiz.ts` does the rest (buttons, feedback, storage). */
export interface QuizIsland {
  /** The student's answer from the inputs, or undefined if there is none yet. */
  read(root: HTMLElement): unknown;
  /** The answer stored when the solution is revealed before any answer. */
  empty: unknown;
  /** Whether a stored answer still fits the quiz in the page (an option may have been removed). */
  fits(root: HTMLElement, answer: unknown): boolean;
  /**
   * Marks a graded answer (or, `revealed`, the solution) and locks the inputs. Returns the verdict
   * and the feedback text to show (key in `src/i18n/es.ts` and its placeholders).
   */
  show(
    root: HTMLElement,
    grading: unknown,
    answer: unknown,
    revealed: boolean,
    text: Record<string, string>,
  ): { correct: boolean; feedback?: [string, Record<string, number>] };
  /** Clears the marks and unlocks the inputs. */
  reset(root: HTMLElement): void;
  /** Wires the type's own controls (ordering's «Subir»/«Bajar»), once, before a stored answer is shown. */
  connect?(root: HTMLElement, text: Record<string, string>): void;
}

export interface BrowserType {
  answerVersion: number;
  isAnswer(value: unknown): boolean;
  island: QuizIsland;
  /** The type's pure grading, for scores sent to an LMS (`src/scorm/bridge.ts`); without it, right = 1. */
  grade?(grading: any, answer: any): Grade;
}

export const browserTypes: Record<string, BrowserType> = {
  choice: { answerVersion: choiceAnswerVersion, isAnswer: isChoiceAnswer, island: choiceIsland, grade: gradeChoice },
  ordering: {
    answerVersion: orderingAnswerVersion,
    isAnswer: isOrderingAnswer,
    island: orderingIsland,
    grade: gradeOrdering,
  },
  matching: {
    answerVersion: matchingAnswerVersion,
    isAnswer: isMatchingAnswer,
    island: matchingIsland,
    grade: gradeMatching,
  },
};
