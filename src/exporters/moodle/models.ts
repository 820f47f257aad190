import type { ChoiceQuestion, ClozeQuestion, NumericQuestion, ShortQuestion } from "../../core/quiz/model.ts";
import type { MatchingQuestion } from "../../core/quiz/types/matching/index.ts";
import type { NumericRange } from "../../core/quiz/types/numeric/grade.ts";
import type { OrderingQuestion } from "../../core/quiz/types/ordering/index.ts";

export type { ClozeQuestion, MatchingQuestion, NumericQuestion, OrderingQuestion, ShortQuestion };
export type NumericAnswer = NumericRange & { feedback?: string };

/** Every quiz the Moodle export knows: the models of the quiz types (src/core/quiz/types/<type>/index.ts). */
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
