import type { ChoiceQuestion, ClozeQuestion, NumericQuestion, ShortQuestion } from "../quiz/model.ts";
import type { NumericRange } from "../quiz/types/numeric/grade.ts";

export type { ClozeQuestion, NumericQuestion, ShortQuestion };
export type NumericAnswer = NumericRange & { feedback?: string };

/*
 * The quiz models of issue 18's contract. Short, numeric and cloze are the models of their types
 * (src/quiz/types/<type>/index.ts); the others are written here as plain types so the export builds
 * before their types are merged: at merge, replace each with its type's; the shapes are meant to match.
 */

interface Base {
  id: string;
  /** Inline Markdown. */
  question: string;
  hint?: string;
  explanation?: string;
  shuffle?: boolean;
}

export interface OrderingQuestion extends Base {
  type: "ordering";
  /** In the correct order. */
  items: string[];
}

export interface MatchingQuestion extends Base {
  type: "matching";
  pairs: { left: string; right: string }[];
}

type Extras = { hint?: string; shuffle?: boolean };

/** Every quiz the Moodle export knows. */
export type MoodleQuiz =
  | (ChoiceQuestion & Extras)
  | (ShortQuestion & Extras)
  | (NumericQuestion & Extras)
  | OrderingQuestion
  | MatchingQuestion
  | (ClozeQuestion & Extras);

/** A lesson's quizzes with the place they go in the bank. */
export interface LessonBank {
  /** `unit/slug`. */
  lessonId: string;
  unitTitle: string;
  lessonTitle: string;
  quizzes: MoodleQuiz[];
}
