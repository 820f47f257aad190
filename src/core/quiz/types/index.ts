import type { RootContent } from "mdast";
import type { QuestionType } from "./base.ts";
import { choice } from "./choice/index.ts";
import { cloze } from "./cloze/index.ts";
import { matching } from "./matching/index.ts";
import { numeric } from "./numeric/index.ts";
import { ordering } from "./ordering/index.ts";
import { short } from "./short/index.ts";

/**
 * Every question type, by its `type`. To add one: a folder next to `choice/` with its five files (`index.ts`,
 * a {@link QuestionType}; `answer.ts`; `grade.ts`, pure and browser-safe; `island.ts`; `<Type>Script.astro`),
 * one line here, one in `./browser.ts` and one in `src/site/components/QuizIsland.astro` (CONTRIBUTING.md,
 * «Dónde añadir…»). Order matters when parsing: the first type that claims a quiz reads it,
 * so a type written as a list goes before `choice`, which claims any list.
 */
export const questionTypes = {
  // A cloze claims by its question's blanks, whatever follows; short and numeric by their markers;
  // matching and ordering by their lists, before choice, which claims any list.
  cloze,
  short,
  numeric,
  matching,
  ordering,
  choice,
};

export type QuestionTypeName = keyof typeof questionTypes;

/** Reads a quiz that no type claims, so the author gets its errors («no tiene opciones»). */
export const defaultQuestionType: QuestionTypeName = "choice";

// A loosely typed view for generic code: each type is called only with its own models.
export type AnyQuestionType = QuestionType<any, any, any, any>;

export function questionType(type: string): AnyQuestionType | undefined {
  return Object.hasOwn(questionTypes, type) ? (questionTypes[type as QuestionTypeName] as AnyQuestionType) : undefined;
}

/** The type that reads a quiz: the first that claims it, or the default. */
export function questionTypeFor(node: RootContent | undefined, question = ""): AnyQuestionType {
  const all = Object.values(questionTypes) as AnyQuestionType[];
  return all.find((type) => type.claims(node, question)) ?? (questionTypes[defaultQuestionType] as AnyQuestionType);
}
