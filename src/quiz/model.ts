import { z } from "zod";

/** One answer a student can pick. */
export const quizOptionSchema = z.object({
  /** The option's text, inline Markdown (`docker image ls`, links). */
  text: z.string().min(1),
  /** Whether this option is (one of) the right answer(s). */
  correct: z.boolean(),
  /** Why this option is right or wrong, inline Markdown; shown after answering. */
  explanation: z.string().optional(),
});

/** A question with its options: the same model for `{:.quiz}` blocks and `<Quiz>` in MDX. */
export const quizSchema = z.object({
  /** Stable id from the lesson and the question, so editing one question resets only that one. */
  id: z.string().min(1),
  /** `single`: `( )`/`(x)` radio buttons; `multiple`: `[ ]`/`[x]` checkboxes. */
  kind: z.enum(["single", "multiple"]),
  /** The question, inline Markdown. */
  question: z.string().min(1),
  options: z.array(quizOptionSchema).min(1),
  /** A general explanation of the question, shown after answering. */
  explanation: z.string().optional(),
});

export type QuizOption = z.infer<typeof quizOptionSchema>;
export type Quiz = z.infer<typeof quizSchema>;

/**
 * Where a lesson's quizzes are published for other parts of the site (progress page, PDF answer
 * key): the Markdown plugin stores them, in page order, in `remarkPluginFrontmatter[quizzesKey]`.
 */
export const quizzesKey = "quizzes";
