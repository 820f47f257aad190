import type { ElementContent } from "hast";
import { h } from "hastscript";
import type { List, ListItem } from "mdast";
import { z } from "zod";
import { createTranslator, type Translator } from "../../../i18n/index.ts";
import { inlineMarkdown } from "../../../text/inline.ts";
import { seededOrder } from "../../shuffle.ts";
import { inlineSource } from "../../source.ts";
import { type QuestionType, questionBase } from "../base.ts";
import { isPlainList, itemSource } from "../list.ts";
import {
  gradeOrdering,
  isOrderingAnswer,
  type OrderingAnswer,
  orderingAnswerVersion,
  type OrderingGrading,
} from "./grade.ts";

/** Put in order: the items as written are the right order; the page shows them scrambled. */
export const orderingSchema = z.object({
  type: z.literal("ordering"),
  ...questionBase,
  /** The items in the right order, inline Markdown. */
  items: z.array(z.string().min(1)).min(2),
});

export type OrderingQuestion = z.infer<typeof orderingSchema>;

interface DraftItem {
  text: string;
  /** Lines or blocks under the item, which an ordering has no place for. */
  extra: boolean;
  node: ListItem;
}

export interface DraftOrdering {
  items: DraftItem[];
  node?: List;
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** The order the page (and the print) starts from: fixed per quiz, never the answer itself. */
export const startOrder = (quiz: OrderingQuestion) => seededOrder(quiz.items.length, quiz.id, true);

export const ordering = {
  type: "ordering",
  schema: orderingSchema,

  // A numbered list without choice markers; a list with `->` is a matching (earlier in the registry).
  claims: (node) => isPlainList(node) && node.ordered === true,

  parse(text, nodes, from) {
    const list = nodes[from] as List;
    const items = list.children.map((item) => {
      const { line, extra } = itemSource(item, text);
      return { text: inlineSource(line), extra, node: item };
    });
    return { draft: { items, node: list }, used: 1 };
  },

  validate(draft, problem) {
    let ok = true;
    const fail = (...args: Parameters<typeof problem>) => {
      ok = false;
      problem(...args);
    };
    if (draft.items.length < 2)
      fail(
        "quiz/ordering-one-item",
        "Una pregunta de ordenar necesita al menos dos elementos",
        "escribe debajo de la pregunta una lista numerada («1. …», «2. …») con todos los pasos en su orden correcto",
        draft.node,
      );
    const seen = new Map<string, number>();
    for (const item of draft.items) {
      if (!item.text)
        fail(
          "quiz/ordering-empty-item",
          "Un elemento de la lista para ordenar está vacío",
          "escribe el texto del paso después de su número, o borra la línea",
          item.node,
        );
      else if (seen.has(item.text))
        fail(
          "quiz/ordering-duplicate-item",
          `El elemento «${short(item.text)}» está repetido (el otro está en la línea ${seen.get(item.text)})`,
          "cada elemento debe ser distinto, o el orden correcto sería ambiguo: cambia o borra uno de los dos",
          item.node,
        );
      else seen.set(item.text, item.node.position?.start.line ?? 0);
      if (item.text && item.extra)
        fail(
          "quiz/item-extra-lines",
          `El elemento «${short(item.text)}» tiene líneas debajo`,
          "escribe cada elemento en una sola línea; la explicación va en una cita «>» después de la lista",
          item.node,
        );
    }
    if (!ok) return undefined;
    return { type: "ordering" as const, items: draft.items.map((item) => item.text) };
  },

  fingerprint: (quiz) => ["ordering", quiz.question, ...quiz.items].join("\n"),

  render(quiz, i18n = createTranslator()) {
    const { t, f } = i18n;
    const button = (move: "up" | "down", text: string) =>
      h("button.button.quiz__move", { type: "button", dataMove: move }, [
        t(move === "up" ? "quiz.moveUp" : "quiz.moveDown"),
        h("span.visually-hidden", [" ", ...inlineMarkdown(text)]),
      ]);
    const items = startOrder(quiz).map((index) => {
      const text = quiz.items[index] ?? "";
      return h("li.quiz__order-item", { dataKey: String(index) }, [
        // On paper: a box to write the item's place in.
        h("span.quiz__slot", { ariaHidden: "true" }),
        h("span.quiz__text", inlineMarkdown(text)),
        h("span.quiz__mark", { dataMark: "" }),
        h("span.quiz__moves", { dataMoves: "", hidden: true }, [button("up", text), button("down", text)]),
      ]);
    });
    return {
      hint: t("quiz.hintOrdering"),
      body: [
        h("ol.quiz__order", { dataOrder: "", dataShuffle: "", dataDerange: "", dataPagefindIgnore: "" }, items),
        h("p.visually-hidden", { ariaLive: "polite", dataOrderStatus: "", dataPagefindIgnore: "" }),
        h("p.quiz__print-note", t("quiz.printOrdering")),
      ],
      solution: [
        h(
          "ol.quiz__solution-order",
          quiz.items.map((item) => h("li", inlineMarkdown(item))),
        ),
      ] as ElementContent[],
    };
  },

  // As the paper asks: in the printed order, the place to write in each item's box.
  answerKey: (quiz, i18n = createTranslator()) => ({
    answers: startOrder(quiz).map((index) => `**${index + 1}** · ${quiz.items[index] ?? ""}`),
    notes: [],
  }),

  answerVersion: orderingAnswerVersion,
  isAnswer: isOrderingAnswer,
  grading: (quiz) => ({ count: quiz.items.length }),
  grade: gradeOrdering,
} satisfies QuestionType<OrderingQuestion, DraftOrdering, OrderingAnswer, OrderingGrading>;
