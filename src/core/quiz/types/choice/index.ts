import { h } from "hastscript";
import type { List, ListItem } from "mdast";
import { z } from "zod";
import { createTranslator, type Translator } from "../../../i18n/index.ts";
import { inlineMarkdown } from "../../../text/inline.ts";
import { inlineSource, source } from "../../source.ts";
import { type QuestionType, questionBase } from "../base.ts";
import { namesAnswer, readExplanation } from "./reveal.ts";
import { type ChoiceAnswer, choiceAnswerVersion, isChoiceAnswer } from "./answer.ts";
import { type ChoiceGrading, gradeChoice } from "./grade.ts";

/** One answer a student can pick. */
export const choiceOptionSchema = z.object({
  /** The option's text, inline Markdown (`docker image ls`, links). */
  text: z.string().min(1),
  /** Whether this option is (one of) the right answer(s). */
  correct: z.boolean(),
  /** Why this option is right or wrong, inline Markdown; shown after answering. */
  explanation: z.string().optional(),
  /** The author marked the explanation «(solución)»: a wrong answer does not show it. */
  solutionOnly: z.boolean().optional(),
});

/** Single choice (`( )`/`(x)`, radio buttons) or multiple choice (`[ ]`/`[x]`, checkboxes). */
export const choiceSchema = z.object({
  type: z.literal("choice"),
  ...questionBase,
  multiple: z.boolean(),
  options: z.array(choiceOptionSchema).min(1),
});

export type ChoiceOption = z.infer<typeof choiceOptionSchema>;
export type ChoiceQuestion = z.infer<typeof choiceSchema>;

/** What an option's marker says: `( )`/`(x)` single choice, `[ ]`/`[x]` multiple choice. */
export type MarkerKind = "single" | "multiple" | "unknown" | "none";

/** An option as written, before validation. */
export interface DraftOption {
  marker: MarkerKind;
  /** The marker as written, for messages (`(o)`). */
  markerText?: string;
  correct: boolean;
  /** Inline Markdown after the marker, on the option's first line. */
  text: string;
  /** Inline Markdown of the lines under the option. */
  explanation?: string;
  node: ListItem;
}

export interface DraftChoice {
  options: DraftOption[];
  /** Whether a list of options was found at all. */
  hasList: boolean;
}

const singleMarker = /^\(([ xX]?)\)(?:\s+|$)/;
const multipleMarker = /^\[([ xX])\](?:\s+|$)/;
const otherMarker = /^([([][^()[\]\n]{0,3}[)\]])(?![([])\s*/;

function readOption(item: ListItem, text: string): DraftOption {
  const [first, ...others] = item.children;
  const body = first?.type === "paragraph" ? source(text, first) : "";
  const newline = body.indexOf("\n");
  let line = newline === -1 ? body : body.slice(0, newline);
  const below = [newline === -1 ? "" : body.slice(newline + 1), ...others.map((node) => source(text, node))];
  const explanation = inlineSource(below.join("\n")) || undefined;
  const option = (marker: MarkerKind, correct: boolean, markerText?: string): DraftOption => ({
    marker,
    markerText,
    correct,
    text: inlineSource(line),
    explanation,
    node: item,
  });
  // remark-gfm has already read `[ ]`/`[x]` into `checked` and left it out of the paragraph.
  // Its paragraph's position may still start at the marker (seen with `[ ]` before inline code).
  if (typeof item.checked === "boolean") {
    line = line.trimStart().replace(multipleMarker, "");
    return option("multiple", item.checked);
  }
  line = line.trimStart();
  const single = singleMarker.exec(line);
  const multiple = single ? null : multipleMarker.exec(line);
  const match = single ?? multiple;
  if (match) {
    line = line.slice(match[0].length);
    return option(single ? "single" : "multiple", (match[1] ?? "").toLowerCase() === "x");
  }
  const other = otherMarker.exec(line);
  if (other) {
    line = line.slice(other[0].length);
    return option("unknown", false, other[1]);
  }
  return option("none", false);
}

const markerHelp =
  "empieza cada opción con ( ) o (x) si hay una sola respuesta correcta, o con [ ] o [x] si hay varias";

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** Choice questions: the first question type, and the fallback when no other type claims a quiz. */
export const choice = {
  type: "choice",
  schema: choiceSchema,

  claims: (node) => node?.type === "list",

  parse(text, nodes, from) {
    const list = nodes[from]?.type === "list" ? (nodes[from] as List) : undefined;
    return {
      draft: { options: list ? list.children.map((item) => readOption(item, text)) : [], hasList: Boolean(list) },
      used: list ? 1 : 0,
    };
  },

  validate(draft, problem) {
    if (draft.options.length === 0) {
      problem(
        "quiz/no-options",
        draft.hasList ? "La lista de opciones está vacía" : "El cuestionario no tiene opciones",
        "añade, justo debajo de la pregunta, una lista con «- ( ) opción» y «- (x) opción correcta»",
      );
      return undefined;
    }
    let ok = true;
    const fail = (...args: Parameters<typeof problem>) => {
      ok = false;
      problem(...args);
    };
    for (const option of draft.options) {
      if (option.marker === "unknown")
        fail(
          "quiz/unknown-marker",
          `La opción «${short(option.text)}» tiene una marca desconocida «${option.markerText}»`,
          markerHelp,
          option.node,
        );
      else if (option.marker === "none")
        fail("quiz/unknown-marker", `La opción «${short(option.text)}» no tiene marca`, markerHelp, option.node);
      else if (!option.text)
        fail(
          "quiz/empty-option",
          "Una opción del cuestionario no tiene texto",
          "escribe el texto de la opción después de su marca",
          option.node,
        );
    }
    const single = draft.options.filter((o) => o.marker === "single").length;
    const multiple = draft.options.filter((o) => o.marker === "multiple").length;
    const correct = draft.options.filter((o) => o.correct).length;
    if (single > 0 && multiple > 0)
      fail(
        "quiz/mixed-markers",
        "El cuestionario mezcla opciones ( ) y [ ]",
        "usa ( ) y (x) si hay una sola respuesta correcta, o [ ] y [x] en todas las opciones si puede haber varias",
      );
    else if (correct === 0 && single + multiple > 0)
      fail(
        "quiz/no-correct-option",
        "Ninguna opción está marcada como correcta",
        single > 0 ? "marca la respuesta correcta con (x)" : "marca las respuestas correctas con [x]",
      );
    else if (single > 0 && correct > 1)
      fail(
        "quiz/several-correct-single",
        `La pregunta es de respuesta única, pero tiene ${correct} opciones (x)`,
        "deja una sola (x), o, si hay varias respuestas correctas, usa [ ] y [x] en todas las opciones",
      );
    if (!ok) return undefined;
    return {
      type: "choice" as const,
      multiple: multiple > 0,
      options: draft.options.map((o) => {
        const { explanation, solutionOnly } = readExplanation(o.explanation ?? "");
        return {
          text: o.text,
          correct: o.correct,
          ...(explanation ? { explanation } : {}),
          ...(explanation && solutionOnly ? { solutionOnly } : {}),
        };
      }),
    };
  },

  // The id scheme of the first release: changing it would orphan every stored answer.
  fingerprint: (quiz) => [quiz.question, ...quiz.options.map((o) => `${o.correct ? "x" : " "} ${o.text}`)].join("\n"),

  render(quiz, i18n = createTranslator()) {
    const { t, f } = i18n;
    const input = quiz.multiple ? "checkbox" : "radio";
    const answers = quiz.options.filter((o) => o.correct).map((o) => o.text);
    // A wrong answer shows its option's explanation unless it names the right answer (or the author said so).
    const when = (option: ChoiceOption) =>
      option.solutionOnly || option.correct || namesAnswer(option.explanation ?? "", answers) ? "solution" : "answer";
    const options = quiz.options.map((option, index) =>
      h("li.quiz__option", { dataKey: String(index) }, [
        h("label.quiz__choice", [
          h("input.quiz__input", { type: input, name: quiz.id, value: String(index) }),
          h("span.quiz__text", inlineMarkdown(option.text)),
        ]),
        h("span.quiz__mark", { dataMark: "" }),
        ...(option.explanation
          ? [
              h(
                "p.quiz__explanation",
                { dataExplanation: when(option), hidden: true },
                inlineMarkdown(option.explanation),
              ),
            ]
          : []),
      ]),
    );
    const solution = quiz.options.map((option) =>
      h(`li.quiz__solution-option${option.correct ? ".quiz__solution-option--correct" : ""}`, [
        h("span.quiz__verdict", option.correct ? `✓ ${t("quiz.correctOption")}: ` : `✗ ${t("quiz.wrongOption")}: `),
        ...inlineMarkdown(option.text),
        ...(option.explanation ? [h("br"), h("span.quiz__why", inlineMarkdown(option.explanation))] : []),
      ]),
    );
    return {
      hint: t(quiz.multiple ? "quiz.hintMultiple" : "quiz.hintSingle"),
      body: [h("ul.quiz__options", { role: "list", dataShuffle: "", dataPagefindIgnore: "" }, options)],
      solution: [h("ul.quiz__solution-list", { role: "list" }, solution)],
    };
  },

  answerKey: (quiz, i18n = createTranslator()) => ({
    answers: quiz.options.filter((o) => o.correct).map((o) => o.text),
    notes: quiz.options.flatMap((o) =>
      o.explanation ? [{ correct: o.correct, text: o.text, explanation: o.explanation }] : [],
    ),
  }),

  answerVersion: choiceAnswerVersion,
  isAnswer: isChoiceAnswer,
  grading: (quiz) => ({ multiple: quiz.multiple, options: quiz.options.map((o) => ({ correct: o.correct })) }),
  grade: gradeChoice,
} satisfies QuestionType<ChoiceQuestion, DraftChoice, ChoiceAnswer, ChoiceGrading>;
