import type { ChoiceQuestion } from "../quiz/model.ts";
import type { MatchingQuestion } from "../quiz/types/matching/index.ts";
import type { OrderingQuestion } from "../quiz/types/ordering/index.ts";

export type { MatchingQuestion, OrderingQuestion };

/*
 * The quiz models of issue 18's contract, written here as plain types so the Moodle export builds
 * before the new types are merged. At merge, replace each with the type inferred from its zod schema
 * in src/quiz/types/<type>/index.ts; the shapes are meant to be identical.
 */

interface Base {
  id: string;
  /** Inline Markdown. */
  question: string;
  hint?: string;
  explanation?: string;
  shuffle?: boolean;
}

export interface ShortQuestion extends Base {
  type: "short";
  /** `correct: true` = accepted; `correct: false` = an anticipated wrong answer with its feedback. */
  answers: { text: string; correct: boolean; feedback?: string }[];
  /** Verbatim comparison; by default case, accents and surrounding spaces are ignored. */
  exact?: boolean;
}

export type NumericAnswer = { value: number; tolerance: number } | { min: number; max: number };

export interface NumericQuestion extends Base {
  type: "numeric";
  answers: NumericAnswer[];
  unit?: string;
}

export type ClozePart = { kind: "text"; text: string } | { kind: "blank"; answers: string[] };

export interface ClozeQuestion extends Base {
  type: "cloze";
  /** The parts are one code line (`docker run [[-d]] nginx`), not a paragraph. */
  code: boolean;
  parts: ClozePart[];
}

/** Every quiz the Moodle export knows; choice, ordering and matching are the quiz models. */
export type MoodleQuiz =
  ChoiceQuestion | ShortQuestion | NumericQuestion | OrderingQuestion | MatchingQuestion | ClozeQuestion;

/** A lesson's quizzes with the place they go in the bank. */
export interface LessonBank {
  /** `unit/slug`. */
  lessonId: string;
  unitTitle: string;
  lessonTitle: string;
  quizzes: MoodleQuiz[];
}
