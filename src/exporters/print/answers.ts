import type { Translator } from "../../core/i18n/index.ts";
import { quizSchema, type Quiz } from "../../core/quiz/model.ts";
import type { AnswerKeyEntry } from "../../core/quiz/types/base.ts";
import { questionType } from "../../core/quiz/types/index.ts";

/** One lesson's part of the answer key ("Solucionario"). */
export interface AnswerKeyLesson {
  lessonId: string;
  title: string;
  quizzes: Quiz[];
}

/**
 * Reads each lesson's quizzes, as the quiz plugin publishes them, into the answer key. A lesson
 * with none (or from a build without the quiz plugin) is left out; data of another shape is ignored
 * rather than crashing the print.
 */
export function buildAnswerKey(lessons: { lessonId: string; title: string; quizzes: unknown }[]): AnswerKeyLesson[] {
  return lessons
    .map(({ lessonId, title, quizzes }) => ({
      lessonId,
      title,
      quizzes: Array.isArray(quizzes)
        ? quizzes.flatMap((quiz) => {
            const parsed = quizSchema.safeParse(quiz);
            return parsed.success ? [parsed.data] : [];
          })
        : [],
    }))
    .filter((lesson) => lesson.quizzes.length > 0);
}

/** A quiz's line in the answer key, as its question type writes it (inline Markdown). */
export function answerKeyOf(quiz: Quiz, i18n?: Translator): AnswerKeyEntry {
  return questionType(quiz.type)?.answerKey(quiz, i18n) ?? { answers: [], notes: [] };
}
