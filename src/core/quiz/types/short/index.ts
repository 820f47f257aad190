import type { ElementContent } from "hast";
import { h } from "hastscript";
import type { List } from "mdast";
import { z } from "zod";
import { createTranslator, type Translator } from "../../../i18n/index.ts";
import { inlineMarkdown } from "../../../text/inline.ts";
import { type QuestionType, questionBase } from "../base.ts";
import { namesAnswer } from "../choice/reveal.ts";
import { isMarkedList, type MarkedItem, quote, readMarkedItems, unwrapCode } from "../items.ts";
import { looseText } from "../text-match.ts";
import { isShortAnswer, type ShortAnswer, shortAnswerVersion } from "./answer.ts";
import { gradeShort, type ShortGrading } from "./grade.ts";

export const shortAnswerSchema = z.object({
  /** What the student types (inline code around it in the lesson is left out). */
  text: z.string().min(1),
  /** `[=]` accepted; `[!]` an anticipated wrong answer, there for its feedback. */
  correct: z.boolean(),
  /** The author wrote it as inline code: shown as code in the solution. */
  code: z.boolean().optional(),
  /** Shown when the student types this answer, inline Markdown. */
  feedback: z.string().optional(),
});

/** Short answer: the student types it; `[=]` items are accepted, `[!]` anticipated wrong ones. */
export const shortSchema = z.object({
  type: z.literal("short"),
  ...questionBase,
  /** `{:.quiz .exacta}`: case and accents count. */
  exact: z.boolean().optional(),
  answers: z.array(shortAnswerSchema).min(1),
});

export type ShortQuestion = z.infer<typeof shortSchema>;

export interface DraftShort {
  items: MarkedItem[];
  exact: boolean;
}

const markerHelp = "empieza cada respuesta aceptada con [=] y cada respuesta incorrecta prevista con [!]";

/** An answer as the page shows it: as code when the author wrote it so. */
const shown = (answer: { text: string; code?: boolean }): ElementContent[] =>
  answer.code ? [h("code", answer.text)] : inlineMarkdown(answer.text);

export const short = {
  type: "short",
  schema: shortSchema,

  claims: (node) => isMarkedList(node, "=!"),

  parse(text, nodes, from, quiz) {
    const list = nodes[from] as List;
    return { draft: { items: readMarkedItems(list, text), exact: quiz.classes.includes("exacta") }, used: 1 };
  },

  validate(draft, problem) {
    let ok = true;
    const fail = (...args: Parameters<typeof problem>) => {
      ok = false;
      problem(...args);
    };
    const seen = new Map<string, number>();
    for (const item of draft.items) {
      if (item.marker !== "=" && item.marker !== "!") {
        const what = item.marker === undefined ? "no tiene marca" : `tiene la marca «[${item.marker}]»`;
        fail("quiz/short-marker", `La respuesta «${quote(item.text)}» ${what}`, markerHelp, item.node);
        continue;
      }
      const { text } = unwrapCode(item.text);
      if (!text) {
        fail(
          "quiz/empty-answer",
          `Una respuesta [${item.marker}] está vacía`,
          `escribe la respuesta en la misma línea, después de [${item.marker}]`,
          item.node,
        );
        continue;
      }
      const key = draft.exact ? text : looseText(text);
      const line = seen.get(key);
      if (line !== undefined)
        fail(
          "quiz/duplicate-answer",
          `La respuesta «${quote(text)}» está repetida (también en la línea ${line})`,
          draft.exact
            ? "deja una sola de las dos"
            : "deja una sola: sin .exacta no cuentan mayúsculas, tildes ni espacios de más",
          item.node,
        );
      seen.set(key, item.node.position?.start.line ?? 0);
    }
    if (ok && !draft.items.some((item) => item.marker === "="))
      fail(
        "quiz/no-accepted-answer",
        "El cuestionario no tiene ninguna respuesta aceptada",
        "añade una línea «- [=] respuesta» por cada respuesta que vale",
      );
    if (!ok) return undefined;
    return {
      type: "short" as const,
      ...(draft.exact ? { exact: true } : {}),
      answers: draft.items.map((item) => {
        const { text, code } = unwrapCode(item.text);
        return {
          text,
          correct: item.marker === "=",
          ...(code ? { code } : {}),
          ...(item.feedback ? { feedback: item.feedback } : {}),
        };
      }),
    };
  },

  fingerprint: (quiz) =>
    ["short", quiz.question, ...quiz.answers.map((a) => `${a.correct ? "=" : "!"} ${a.text}`)].join("\n"),

  render(quiz, i18n = createTranslator()) {
    const { t, f } = i18n;
    const accepted = quiz.answers.filter((a) => a.correct).map((a) => a.text);
    // Feedback of a wrong answer is shown unless it names a right one.
    const when = (a: ShortQuestion["answers"][number]) =>
      a.correct || namesAnswer(a.feedback ?? "", accepted) ? "solution" : "answer";
    const feedback = quiz.answers.flatMap((a, index) =>
      a.feedback
        ? [
            h(
              "p.quiz__explanation",
              { dataExplanation: when(a), dataAnswer: String(index), hidden: true },
              inlineMarkdown(a.feedback),
            ),
          ]
        : [],
    );
    const solution = quiz.answers.map((a) =>
      h(`li.quiz__solution-option${a.correct ? ".quiz__solution-option--correct" : ""}`, [
        h("span.quiz__verdict", a.correct ? `✓ ${t("quiz.correctOption")}: ` : `✗ ${t("quiz.wrongOption")}: `),
        ...shown(a),
        ...(a.feedback ? [h("br"), h("span.quiz__why", inlineMarkdown(a.feedback))] : []),
      ]),
    );
    return {
      hint: t(quiz.exact ? "quiz.hintShortExact" : "quiz.hintShort"),
      body: [
        h("div.quiz__typed", { dataPagefindIgnore: "" }, [
          h("label.quiz__field", [
            h("span.quiz__field-label", t("quiz.answerLabel")),
            h("input.quiz__text-input", {
              type: "text",
              name: quiz.id,
              autocomplete: "off",
              autocapitalize: "off",
              spellcheck: "false",
            }),
          ]),
          h("span.quiz__mark", { dataMark: "" }),
          ...feedback,
        ]),
      ],
      solution: [h("ul.quiz__solution-list", { role: "list" }, solution)],
    };
  },

  answerKey: (quiz, i18n = createTranslator()) => ({
    answers: quiz.answers.filter((a) => a.correct).map((a) => (a.code ? `\`${a.text}\`` : a.text)),
    notes: quiz.answers.flatMap((a) =>
      a.feedback ? [{ correct: a.correct, text: a.code ? `\`${a.text}\`` : a.text, explanation: a.feedback }] : [],
    ),
  }),

  answerVersion: shortAnswerVersion,
  isAnswer: isShortAnswer,
  grading: (quiz) => ({
    ...(quiz.exact ? { exact: true } : {}),
    answers: quiz.answers.map((a) => ({ text: a.text, correct: a.correct })),
  }),
  grade: gradeShort,
} satisfies QuestionType<ShortQuestion, DraftShort, ShortAnswer, ShortGrading>;
