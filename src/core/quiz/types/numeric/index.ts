import { h } from "hastscript";
import type { List } from "mdast";
import { z } from "zod";
import { createTranslator, type Translator } from "../../../i18n/index.ts";
import { inlineMarkdown } from "../../../text/inline.ts";
import { type QuestionType, questionBase } from "../base.ts";
import { isMarkedList, type MarkedItem, quote, readMarkedItems, unwrapCode } from "../items.ts";
import { type NumericAnswer, isNumericAnswer, numericAnswerVersion } from "./answer.ts";
import { gradeNumeric, type NumericGrading, type NumericRange, readDecimal } from "./grade.ts";
import { formatDecimal, numericHint } from "./hint.ts";

const feedback = { feedback: z.string().optional() };

/** An accepted number: `8080`, `3,5 ± 0,5` or `1024..2048`, with the feedback written under it. */
export const numericAnswerSchema = z.union([
  z.object({ value: z.number(), tolerance: z.number().min(0), ...feedback }),
  z.object({ min: z.number(), max: z.number(), ...feedback }),
]);

/** Numeric: the student types a number; right when it falls in one of the accepted answers. */
export const numericSchema = z.object({
  type: z.literal("numeric"),
  ...questionBase,
  answers: z.array(numericAnswerSchema).min(1),
  /** Shown next to the box («MB», «puerto»); the student may type it too. */
  unit: z.string().optional(),
});

export type NumericQuestion = z.infer<typeof numericSchema>;

type Read = { range: NumericRange; unit: string } | { ruleId: string; message: string; fix: string };

export interface DraftNumeric {
  items: MarkedItem[];
}

const examples = "«- [#] 8080», «- [#] 3,5 ± 0,5 MB» o «- [#] 1024..2048 MB»";
const leadingNumber = /^[-+]?\d+(?:[.,]\d+)?/;

/** One `[#]` line: a number, then `± tolerance` or `..max`, then the unit. */
function readItem(raw: string): Read {
  const text = unwrapCode(raw).text;
  const first = leadingNumber.exec(text);
  const value = first ? readDecimal(first[0]) : undefined;
  if (!first || value === undefined)
    return {
      ruleId: "quiz/numeric-not-a-number",
      message: `La respuesta «${quote(text)}» no empieza por un número`,
      fix: `escribe el número justo después de [#]: ${examples}`,
    };
  let rest = text.slice(first[0].length).trim();
  let range: NumericRange = { value, tolerance: 0 };
  const tolerance = /^(?:±|\+\/?-)\s*/.exec(rest);
  if (tolerance) {
    rest = rest.slice(tolerance[0].length);
    const token = /^\d+(?:[.,]\d+)?/.exec(rest);
    const amount = token ? readDecimal(token[0]) : undefined;
    if (!token || amount === undefined)
      return {
        ruleId: "quiz/numeric-tolerance",
        message: `La tolerancia «${quote(rest.split(/\s/)[0] ?? "")}» no es un número`,
        fix: "escribe la tolerancia como un número positivo después de ±, por ejemplo «- [#] 3,5 ± 0,5 MB»",
      };
    range = { value, tolerance: amount };
    rest = rest.slice(token[0].length).trim();
  } else if (rest.startsWith("..")) {
    rest = rest.slice(2).trim();
    const token = leadingNumber.exec(rest);
    const max = token ? readDecimal(token[0]) : undefined;
    if (!token || max === undefined)
      return {
        ruleId: "quiz/numeric-range",
        message: `El rango que empieza en ${value} no tiene un número final`,
        fix: "escribe los dos extremos, el menor primero: «- [#] 1024..2048 MB»",
      };
    if (max < value)
      return {
        ruleId: "quiz/numeric-range",
        message: `El rango ${first[0]}..${token[0]} empieza por el número mayor`,
        fix: `escribe primero el menor: «- [#] ${token[0]}..${first[0]}»`,
      };
    range = { min: value, max };
    rest = rest.slice(token[0].length).trim();
  }
  return { range, unit: rest };
}

/** An accepted answer as a reader sees it: «3,5 ± 0,5», «entre 1024 y 2048». */
export function describeRange(range: NumericRange, { f, lang }: Translator = createTranslator()): string {
  const number = (n: number) => formatDecimal(n, lang);
  if ("min" in range) return f("quiz.numericRange", { min: number(range.min), max: number(range.max) });
  return range.tolerance ? `${number(range.value)} ± ${number(range.tolerance)}` : number(range.value);
}

const withUnit = (text: string, unit?: string) => (unit ? `${text} ${unit}` : text);

export const numeric = {
  type: "numeric",
  schema: numericSchema,

  claims: (node) => isMarkedList(node, "#"),

  parse(text, nodes, from) {
    return { draft: { items: readMarkedItems(nodes[from] as List, text) }, used: 1 };
  },

  validate(draft, problem) {
    let ok = true;
    const answers: NumericQuestion["answers"] = [];
    const units = new Map<string, number>();
    for (const item of draft.items) {
      if (item.marker !== "#") {
        ok = false;
        problem(
          "quiz/numeric-marker",
          `La respuesta «${quote(item.text)}» no empieza por [#]`,
          `en una pregunta numérica, cada respuesta empieza por [#]: ${examples}`,
          item.node,
        );
        continue;
      }
      const read = readItem(item.text);
      if ("ruleId" in read) {
        ok = false;
        problem(read.ruleId, read.message, read.fix, item.node);
        continue;
      }
      units.set(read.unit, item.node.position?.start.line ?? 0);
      answers.push({ ...read.range, ...(item.feedback ? { feedback: item.feedback } : {}) });
    }
    if (units.size > 1) {
      ok = false;
      const [[a], [b, line]] = [...units] as [[string, number], [string, number]];
      problem(
        "quiz/numeric-unit",
        `Las respuestas tienen unidades distintas: «${a || "ninguna"}» y «${b || "ninguna"}» (línea ${line})`,
        "escribe la misma unidad en todas las respuestas: aula no convierte unidades",
      );
    }
    if (!ok) return undefined;
    const [unit] = [...units.keys()];
    return { type: "numeric" as const, answers, ...(unit ? { unit } : {}) };
  },

  fingerprint: (quiz) =>
    ["numeric", quiz.question, ...quiz.answers.map((a) => describeRange(a)), quiz.unit ?? ""].join("\n"),

  render(quiz, i18n = createTranslator()) {
    const { t, f } = i18n;
    const solution = quiz.answers.map((a) =>
      h("li.quiz__solution-option.quiz__solution-option--correct", [
        h("span.quiz__verdict", `✓ ${t("quiz.correctOption")}: `),
        withUnit(describeRange(a, i18n), quiz.unit),
        ...(a.feedback ? [h("br"), h("span.quiz__why", inlineMarkdown(a.feedback))] : []),
      ]),
    );
    const feedback = quiz.answers.flatMap((a, index) =>
      a.feedback
        ? [
            h(
              "p.quiz__explanation",
              { dataExplanation: "solution", dataAnswer: String(index), hidden: true },
              inlineMarkdown(a.feedback),
            ),
          ]
        : [],
    );
    return {
      hint: t(numericHint(quiz.answers).decimals ? "quiz.hintNumericDecimals" : "quiz.hintNumeric"),
      body: [
        h("div.quiz__typed", { dataPagefindIgnore: "" }, [
          h("label.quiz__field", [
            h("span.quiz__field-label", t("quiz.answerLabel")),
            h("input.quiz__text-input.quiz__text-input--number", {
              type: "text",
              inputMode: "decimal",
              name: quiz.id,
              autocomplete: "off",
              spellcheck: "false",
            }),
            ...(quiz.unit ? [h("span.quiz__unit", quiz.unit)] : []),
          ]),
          h("span.quiz__mark", { dataMark: "" }),
          ...feedback,
        ]),
      ],
      solution: [h("ul.quiz__solution-list", { role: "list" }, solution)],
    };
  },

  answerKey: (quiz, i18n = createTranslator()) => ({
    answers: quiz.answers.map((a) => withUnit(describeRange(a, i18n), quiz.unit)),
    notes: quiz.answers.flatMap((a) =>
      a.feedback ? [{ correct: true, text: withUnit(describeRange(a, i18n), quiz.unit), explanation: a.feedback }] : [],
    ),
  }),

  answerVersion: numericAnswerVersion,
  isAnswer: isNumericAnswer,
  grading(quiz, i18n = createTranslator()) {
    const answers = quiz.answers.map((a) =>
      "min" in a ? { min: a.min, max: a.max } : { value: a.value, tolerance: a.tolerance },
    );
    const { example } = numericHint(answers, i18n.lang);
    return {
      answers,
      ...(quiz.unit ? { unit: quiz.unit } : {}),
      shown: describeRange(quiz.answers[0]!, i18n),
      ...(example ? { example } : {}),
    };
  },
  grade: gradeNumeric,
} satisfies QuestionType<NumericQuestion, DraftNumeric, NumericAnswer, NumericPageGrading>;

/** What the island gets: grading, the solution as shown, and the example for a text that is no number. */
export type NumericPageGrading = NumericGrading & { shown: string; example?: string };
