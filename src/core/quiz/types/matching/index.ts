import type { ElementContent } from "hast";
import { h } from "hastscript";
import type { List, ListItem } from "mdast";
import { toString } from "mdast-util-to-string";
import { z } from "zod";
import { createTranslator, type Translator } from "../../../i18n/index.ts";
import { inlineMarkdown } from "../../../text/inline.ts";
import { parseMarkdown } from "../../../text/parse.ts";
import { seededOrder } from "../../shuffle.ts";
import { inlineSource } from "../../source.ts";
import { type QuestionType, questionBase } from "../base.ts";
import { arrowAt, hasArrow, isPlainList, itemSource } from "../list.ts";
import {
  gradeMatching,
  isMatchingAnswer,
  type MatchingAnswer,
  matchingAnswerVersion,
  type MatchingGrading,
} from "./grade.ts";

/** Match each left item with its right one, chosen from a `<select>` of every right item. */
export const matchingSchema = z.object({
  type: z.literal("matching"),
  ...questionBase,
  /** The pairs as written, inline Markdown; two left items may share a right one. */
  pairs: z.array(z.object({ left: z.string().min(1), right: z.string().min(1) })).min(2),
  /** Right items that match nothing (`-> text`), offered in every `<select>`. */
  distractors: z.array(z.string().min(1)).optional(),
});

export type MatchingQuestion = z.infer<typeof matchingSchema>;

interface DraftPair {
  left: string;
  right: string;
  /** Whether the item has `->` or `→` at all. */
  arrow: boolean;
  extra: boolean;
  node: ListItem;
}

export interface DraftMatching {
  pairs: DraftPair[];
  node?: List;
}

/**
 * The right items a `<select>` offers, in written order without repeats (pairs, then the spare
 * ones), and for each left item the index of its right one.
 */
export function matchingChoices(quiz: Pick<MatchingQuestion, "pairs" | "distractors">): {
  choices: string[];
  key: number[];
} {
  const choices: string[] = [];
  const key = quiz.pairs.map((pair) => {
    const found = choices.indexOf(pair.right);
    return found === -1 ? choices.push(pair.right) - 1 : found;
  });
  choices.push(...(quiz.distractors ?? []));
  return { choices, key };
}

/** The order the right items are offered in: fixed per quiz, never the written one (the answer). */
export const choiceOrder = (quiz: MatchingQuestion, count: number) => seededOrder(count, quiz.id, true);

/** The letter a right item has in the printed list (`<ol type="a">`: a…z, then aa, ab…), by its index. */
export function paperLetters(order: number[]): (choice: number) => string {
  const letter = (n: number): string =>
    (n < 26 ? "" : letter(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
  return (choice) => letter(Math.max(0, order.indexOf(choice)));
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
const plain = (markdown: string) => toString(parseMarkdown(markdown)).replace(/\s+/g, " ").trim();
const domId = (id: string) => `quiz-${id.replace(/[^\w-]/g, "-")}`;
const shape = "escribe cada pareja como «izquierda -> derecha» (o «izquierda → derecha»)";

function readPair(item: ListItem, text: string): DraftPair {
  const { line, extra } = itemSource(item, text);
  const arrow = hasArrow(item) ? arrowAt(line) : undefined;
  if (!arrow) return { left: inlineSource(line), right: "", arrow: false, extra, node: item };
  return {
    left: inlineSource(line.slice(0, arrow.at)),
    right: inlineSource(line.slice(arrow.at + arrow.length)),
    arrow: true,
    extra,
    node: item,
  };
}

export const matching = {
  type: "matching",
  schema: matchingSchema,

  // Any list with an arrow and no choice markers: an item without one is the author's slip.
  claims: (node) => isPlainList(node) && node.children.some(hasArrow),

  parse(text, nodes, from) {
    const list = nodes[from] as List;
    return { draft: { pairs: list.children.map((item) => readPair(item, text)), node: list }, used: 1 };
  },

  validate(draft, problem) {
    let ok = true;
    const fail = (...args: Parameters<typeof problem>) => {
      ok = false;
      problem(...args);
    };
    const lefts = new Map<string, number>();
    const rights = new Map<string, string>();
    const spare: string[] = [];
    for (const pair of draft.pairs) {
      const line = pair.node.position?.start.line ?? 0;
      if (!pair.arrow)
        fail(
          "quiz/matching-no-arrow",
          pair.left ? `La pareja «${short(pair.left)}» no tiene «->»` : "Una línea de la lista de parejas está vacía",
          `${shape}; una derecha que sobra se escribe «-> derecha»`,
          pair.node,
        );
      else if (!pair.right)
        fail(
          "quiz/matching-empty-side",
          pair.left ? `A la pareja «${short(pair.left)} ->» le falta la derecha` : "Una línea «->» está vacía",
          shape,
          pair.node,
        );
      else if (pair.left && lefts.has(pair.left))
        fail(
          "quiz/matching-duplicate-left",
          `«${short(pair.left)}» está dos veces a la izquierda (la otra en la línea ${lefts.get(pair.left)})`,
          "cada elemento de la izquierda va una sola vez: junta las dos parejas en una o cambia su texto",
          pair.node,
        );
      else if (pair.left) {
        lefts.set(pair.left, line);
        rights.set(pair.right, pair.left);
      } else spare.push(pair.right);
      if (pair.arrow && pair.extra)
        fail(
          "quiz/item-extra-lines",
          `La pareja «${short(pair.left || pair.right)}» tiene líneas debajo`,
          "escribe cada pareja en una sola línea; la explicación va en una cita «>» después de la lista",
          pair.node,
        );
    }
    const seen = new Set<string>();
    for (const pair of draft.pairs.filter((p) => p.arrow && !p.left && p.right)) {
      const owner = rights.get(pair.right);
      if (owner !== undefined || seen.has(pair.right))
        fail(
          "quiz/matching-duplicate-right",
          owner !== undefined
            ? `«-> ${short(pair.right)}» sobra, pero ya es la pareja de «${short(owner)}»`
            : `«-> ${short(pair.right)}» está repetida`,
          "una derecha que sobra debe ser distinta de todas las demás: bórrala o cambia su texto",
          pair.node,
        );
      seen.add(pair.right);
    }
    if (lefts.size < 2 && ok)
      fail(
        "quiz/matching-one-pair",
        "Una pregunta de emparejar necesita al menos dos parejas",
        `${shape}, una por línea, con al menos dos parejas`,
        draft.node,
      );
    if (!ok) return undefined;
    return {
      type: "matching" as const,
      pairs: draft.pairs.filter((p) => p.left).map((p) => ({ left: p.left, right: p.right })),
      ...(spare.length > 0 ? { distractors: spare } : {}),
    };
  },

  fingerprint: (quiz) =>
    [
      "matching",
      quiz.question,
      ...quiz.pairs.map((p) => `${p.left} -> ${p.right}`),
      ...(quiz.distractors ?? []).map((d) => `-> ${d}`),
    ].join("\n"),

  render(quiz, i18n = createTranslator()) {
    const { t, f } = i18n;
    const { choices } = matchingChoices(quiz);
    const order = choiceOrder(quiz, choices.length);
    const id = domId(quiz.id);
    const pairs = quiz.pairs.map((pair, i) =>
      h("li.quiz__pair", [
        h("label.quiz__left", { htmlFor: `${id}-${i}` }, inlineMarkdown(pair.left)),
        h("select.quiz__select", { id: `${id}-${i}`, name: `${id}-${i}`, dataShuffle: "", dataDerange: "" }, [
          h("option", { value: "" }, t("quiz.matchingChoose")),
          ...order.map((c) => h("option", { value: String(c), dataKey: String(c) }, plain(choices[c] ?? ""))),
        ]),
        // The chosen item in full, filled in by the island (the select may cut it, and loses code).
        h("span.quiz__chosen", { dataChosen: "", ariaHidden: "true" }),
        // On paper: a line to write the letter of the right item on.
        h("span.quiz__slot", { ariaHidden: "true" }),
        h("span.quiz__mark", { dataMark: "" }),
      ]),
    );
    const solution = quiz.pairs.map((pair) =>
      h("li", [...inlineMarkdown(pair.left), " → ", ...inlineMarkdown(pair.right)]),
    );
    const spare = quiz.distractors?.length
      ? [
          h("p.quiz__spare", [
            `${t("quiz.matchingSpare")} `,
            ...quiz.distractors.flatMap((d, i) => [...(i > 0 ? [", "] : []), ...inlineMarkdown(d)]),
          ]),
        ]
      : [];
    return {
      hint: t("quiz.hintMatching"),
      body: [
        h("ul.quiz__pairs", { role: "list", dataPagefindIgnore: "" }, pairs),
        h("p.quiz__print-note", t("quiz.printMatching")),
        // The right items, lettered, for the printed exercise (the `<select>`s do not print).
        h(
          "ol.quiz__rights",
          { type: "a", dataPagefindIgnore: "" },
          order.map((c) => h("li", { dataKey: String(c) }, inlineMarkdown(choices[c] ?? ""))),
        ),
      ],
      solution: [h("ul.quiz__solution-list", { role: "list" }, solution), ...spare] as ElementContent[],
    };
  },

  // As the paper asks: the letter to write on each left item's line, then the pair in words.
  answerKey(quiz, { t } = createTranslator()) {
    const { choices, key } = matchingChoices(quiz);
    const letterOf = paperLetters(choiceOrder(quiz, choices.length));
    const spare = quiz.distractors ?? [];
    return {
      answers: quiz.pairs.map((p, i) => `**${letterOf(key[i] ?? 0)}** · ${p.left} → ${p.right}`),
      notes: spare.map((d, i) => ({
        correct: false,
        text: `**${letterOf(choices.length - spare.length + i)}** · ${d}`,
        explanation: t("print.spare"),
      })),
    };
  },

  answerVersion: matchingAnswerVersion,
  isAnswer: isMatchingAnswer,
  grading: (quiz) => ({ key: matchingChoices(quiz).key }),
  grade: gradeMatching,
} satisfies QuestionType<MatchingQuestion, DraftMatching, MatchingAnswer, MatchingGrading>;
