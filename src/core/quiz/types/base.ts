import type { Translator } from "../../i18n/index.ts";
import type { ElementContent } from "hast";
import type { RootContent } from "mdast";
import type { Node } from "unist";
import { z } from "zod";

/** Fields every question type has, whatever its answers look like. */
export const questionBase = {
  /** Stable id from the lesson and the question, so editing one question resets only that one. */
  id: z.string().min(1),
  /** The question, inline Markdown. */
  question: z.string().min(1),
  /** A general explanation of the question, shown after answering. */
  explanation: z.string().optional(),
  /** A hint the student can reveal before answering (`> Pista:` before the answers), inline Markdown. */
  hint: z.string().optional(),
  /** A per-student order of the options (`.barajar`, or `cuestionarios: { barajar: true }` in curso.yaml). */
  shuffle: z.literal(true).optional(),
};

/** What the generic parser knows of a quiz when its type reads it. */
export interface QuizContext {
  /** The question, one line of inline Markdown. */
  question: string;
  /** The question's first and last node, for a type that reads it again (line by line). */
  questionNodes?: [Node, Node];
  /** Classes of `{:.quiz .exacta}`, and boolean attributes of `<Quiz exacta>`. */
  classes: string[];
}

/** A mistake in a quiz: what is wrong, how to fix it, and the node it is on (for file:line). */
export interface QuizProblem {
  ruleId: string;
  message: string;
  fix: string;
  node: Node;
}

/** What {@link QuestionType.grade} says about one answer. */
export interface Grade {
  correct: boolean;
  /** 0..1: partial credit for a partly right answer. */
  score: number;
}

/** One quiz's line in the PDF Solucionario, as inline Markdown (the print renders it). */
export interface AnswerKeyEntry {
  /** The solution(s): «Respuesta: a» or «Respuestas: a; b». */
  answers: string[];
  /** Why each item is right or wrong, for those the author explained. */
  notes: { correct: boolean; text: string; explanation: string }[];
}

/** A type's part of a quiz's HTML; the frame (fieldset, legend, buttons, solution) is generic. */
export interface RenderedBody {
  /** What the legend says instead of the question (a cloze whose blanks are in it). */
  legend?: ElementContent[];
  /** How to answer («Elige una respuesta.»). */
  hint: string;
  /** The inputs. */
  body: ElementContent[];
  /** Inside «Ver solución»: readable without JavaScript. */
  solution: ElementContent[];
}

/**
 * One question type: everything that differs between, say, choice and short answer. Generic code
 * (parse, validate, render, the island, the answer key, stored progress) dispatches through the
 * registry in `./index.ts`. `Q` is the model, `D` what the parser found, `A` a stored answer and `G`
 * what grading needs (`grading(quiz)`, put in the page; choice's model satisfies its own).
 */
export interface QuestionType<Q extends { type: string; id: string; question: string }, D, A, G> {
  type: Q["type"];
  /** The model (zod), one branch of the quiz union. */
  schema: z.ZodType<Q>;
  /**
   * Whether a quiz is written in this type's syntax, judging by the block after the question (a list
   * for choice) and the question's own Markdown (where a cloze would put its blanks).
   */
  claims(node: RootContent | undefined, question: string): boolean;
  /**
   * Reads the type's part from the nodes after the question: its draft and how many nodes it used.
   * `complete`: the quiz is whole even with no node used (a cloze's blanks in the question), so a
   * `>` quote after it is its explanation.
   */
  parse(
    text: string,
    nodes: RootContent[],
    from: number,
    quiz: QuizContext,
  ): { draft: D; used: number; complete?: boolean };
  /**
   * Checks a draft; reports every problem, and returns the type's fields only if there is none (with
   * `question` when the type rewrites it: a cloze's blanks are not shown in the question's text).
   */
  validate(
    draft: D,
    problem: (ruleId: string, message: string, fix: string, node?: Node) => void,
  ): (Omit<Q, "id" | "question" | "explanation" | "hint" | "shuffle"> & { question?: string }) | undefined;
  /** The text the generated id is a fingerprint of (explanations left out, so editing them keeps answers). */
  fingerprint(quiz: Omit<Q, "id">): string;
  /** The question in the page, its texts in the course's language (Spanish when left out). */
  render(quiz: Q, i18n?: Translator): RenderedBody;
  answerKey(quiz: Q, i18n?: Translator): AnswerKeyEntry;
  /** Version of the stored answer's shape: bump it when `A` changes, and read the old one. */
  answerVersion: number;
  isAnswer(value: unknown): value is A;
  /** What the island needs to grade, without texts: put in the page as JSON. */
  grading(quiz: Q, i18n?: Translator): G;
  /** Pure: the same on the server, in tests and in the island (which imports it from `grade.ts`). */
  grade(quiz: G, answer: A): Grade;
}
