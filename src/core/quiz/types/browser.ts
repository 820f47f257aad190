import type { Grade } from "./base.ts";
import { choiceAnswerVersion, isChoiceAnswer } from "./choice/answer.ts";
import { clozeAnswerVersion, isClozeAnswer } from "./cloze/answer.ts";
import { isNumericAnswer, numericAnswerVersion } from "./numeric/answer.ts";
import { isShortAnswer, shortAnswerVersion } from "./short/answer.ts";
import { isMatchingAnswer, matchingAnswerVersion } from "./matching/answer.ts";
import { isOrderingAnswer, orderingAnswerVersion } from "./ordering/answer.ts";

// The browser's registry. `./index.ts` holds the full types, with zod and hast, which must not
// reach the page. This one holds only each type's stored-answer shape (read by every quiz page and
// «Mi progreso»). A type's island and grading are a script of their own (`./<type>/<Type>Script.astro`),
// which a lesson page includes only if it has a quiz of that type (`src/components/QuizIsland.astro`)
// and which sets its island in `window.aulaQuizIslands`. A unit test checks that both registries, and
// the scripts, list the same types.

/** What a type does in the page: `src/islands/quiz.ts` does the rest (buttons, feedback, storage). */
export interface QuizIsland {
  /**
   * The student's answer from the inputs, or undefined if there is none yet; a {@link Refusal} says
   * why it cannot be checked («Escribe un número, por ejemplo 100»).
   */
  read(root: HTMLElement, grading: unknown): unknown;
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
  ): {
    correct: boolean;
    feedback?: [string, Record<string, number>];
    /** The feedback key when revealed, if not «las respuestas correctas están marcadas». */
    revealed?: string;
  };
  /**
   * «Reintentar»: clears the marks, unlocks the inputs and puts `answer` in them (the student's last
   * one, or the type's `empty`), so the student changes only what they want.
   */
  reset(root: HTMLElement, answer: unknown): void;
  /**
   * Once, when the quiz is set up, before a stored answer is shown: the type wires its own controls
   * (ordering's «Subir»/«Bajar»; Enter in a text box, where `check` does what «Comprobar» does).
   */
  init?(root: HTMLElement, context: { check: () => void; text: Record<string, string> }): void;
  /** The type's pure grading, also for scores sent to an LMS (`src/scorm/bridge.ts`). */
  grade(grading: any, answer: any): Grade;
}

/** Why an answer cannot be checked: the feedback key (in `src/i18n/es.ts`) and its placeholders. */
export type Refusal = string | [string, Record<string, string | number>];

/** Whether what `read` returned is a {@link Refusal}, not an answer. */
export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === "string" || (Array.isArray(value) && typeof value[0] === "string");

export interface BrowserType {
  answerVersion: number;
  isAnswer(value: unknown): boolean;
}

export const browserTypes: Record<string, BrowserType> = {
  choice: { answerVersion: choiceAnswerVersion, isAnswer: isChoiceAnswer },
  short: { answerVersion: shortAnswerVersion, isAnswer: isShortAnswer },
  numeric: { answerVersion: numericAnswerVersion, isAnswer: isNumericAnswer },
  cloze: { answerVersion: clozeAnswerVersion, isAnswer: isClozeAnswer },
  ordering: { answerVersion: orderingAnswerVersion, isAnswer: isOrderingAnswer },
  matching: { answerVersion: matchingAnswerVersion, isAnswer: isMatchingAnswer },
};

declare global {
  interface Window {
    /**
     * The page's type islands, set by each type's script, which runs before the page's quiz script
     * (module scripts run in document order). A global, not a module both import: a module shared by
     * the page's script and the type scripts would be one more file on every quiz page.
     */
    aulaQuizIslands?: Record<string, QuizIsland>;
  }
}

/** A type's island if this page has it (every quiz's type is set up before it can be answered). */
export const loadedIsland = (type: string): QuizIsland | undefined => window.aulaQuizIslands?.[type];
