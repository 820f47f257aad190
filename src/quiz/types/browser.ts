import type { Grade } from "./base.ts";
import { choiceAnswerVersion, isChoiceAnswer } from "./choice/answer.ts";
import { clozeAnswerVersion, isClozeAnswer } from "./cloze/answer.ts";
import { isNumericAnswer, numericAnswerVersion } from "./numeric/answer.ts";
import { isShortAnswer, shortAnswerVersion } from "./short/answer.ts";

// The browser's registry. `./index.ts` holds the full types, with zod and hast, which must not
// reach the page. This one holds statically only each type's stored-answer shape (read by every
// quiz page and «Mi progreso»); a type's island and grading are a chunk of their own, loaded with
// `import()` only on pages that have a quiz of that type. A unit test checks that both registries
// list the same types.

/** What a type does in the page: `src/islands/quiz.ts` does the rest (buttons, feedback, storage). */
export interface QuizIsland {
  /**
   * The student's answer from the inputs, or undefined if there is none yet; a string is the key (in
   * `src/i18n/es.ts`) of why it cannot be checked («Escribe un número»).
   */
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
  ): {
    correct: boolean;
    feedback?: [string, Record<string, number>];
    /** The feedback key when revealed, if not «las respuestas correctas están marcadas». */
    revealed?: string;
  };
  /** Clears the marks and unlocks the inputs. */
  reset(root: HTMLElement): void;
  /** The type's pure grading, also for scores sent to an LMS (`src/scorm/bridge.ts`). */
  grade(grading: any, answer: any): Grade;
}

export interface BrowserType {
  answerVersion: number;
  isAnswer(value: unknown): boolean;
  /** The type's `island.ts`, as its own chunk. */
  load(): Promise<{ island: QuizIsland }>;
}

export const browserTypes: Record<string, BrowserType> = {
  choice: { answerVersion: choiceAnswerVersion, isAnswer: isChoiceAnswer, load: () => import("./choice/island.ts") },
  short: { answerVersion: shortAnswerVersion, isAnswer: isShortAnswer, load: () => import("./short/island.ts") },
  numeric: {
    answerVersion: numericAnswerVersion,
    isAnswer: isNumericAnswer,
    load: () => import("./numeric/island.ts"),
  },
  cloze: { answerVersion: clozeAnswerVersion, isAnswer: isClozeAnswer, load: () => import("./cloze/island.ts") },
};

const loading = new Map<string, Promise<QuizIsland | undefined>>();
const loaded = new Map<string, QuizIsland>();

/** A type's island, loaded once per page; undefined for an unknown type or a chunk that failed to load. */
export function loadIsland(type: string): Promise<QuizIsland | undefined> {
  let promise = loading.get(type);
  if (!promise) {
    const known = Object.hasOwn(browserTypes, type) ? browserTypes[type] : undefined;
    promise = known
      ? known.load().then(
          ({ island }) => (loaded.set(type, island), island),
          () => undefined,
        )
      : Promise.resolve(undefined);
    loading.set(type, promise);
  }
  return promise;
}

/** A type's island if this page has already loaded it (every quiz's type is loaded before it can be answered). */
export const loadedIsland = (type: string): QuizIsland | undefined => loaded.get(type);
