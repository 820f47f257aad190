import { z } from "zod";
import { questionTypes, type QuestionTypeName } from "./types/index.ts";

type Schema = (typeof questionTypes)[QuestionTypeName]["schema"];

/**
 * A quiz: one question of any type, discriminated by `type` (the same model for `{:.quiz}` blocks
 * and `<Quiz>` in MDX). Each branch is defined by its type's module under `./types/`.
 */
export const quizSchema = z.discriminatedUnion(
  "type",
  Object.values(questionTypes).map((type) => type.schema) as unknown as [Schema, ...Schema[]],
);

export type Quiz = z.infer<typeof quizSchema>;

export type { ChoiceOption, ChoiceQuestion } from "./types/choice/index.ts";
export type { ClozePart, ClozeQuestion } from "./types/cloze/index.ts";
export type { NumericQuestion } from "./types/numeric/index.ts";
export type { ShortQuestion } from "./types/short/index.ts";

/**
 * Where a lesson's quizzes are published for other parts of the site (progress page, PDF answer
 * key): the Markdown plugin stores them, in page order, in `remarkPluginFrontmatter[quizzesKey]`.
 */
export const quizzesKey = "quizzes";
