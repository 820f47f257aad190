import type { ElementContent } from "hast";
import { h } from "hastscript";
import type { Code, RootContent } from "mdast";
import type { Node } from "unist";
import { z } from "zod";
import { createTranslator, type Translator } from "../../../i18n/index.ts";
import { inlineMarkdown } from "../../../text/inline.ts";
import { source } from "../../source.ts";
import { type QuestionType, questionBase } from "../base.ts";
import { quote } from "../items.ts";
import { type ClozeAnswer, clozeAnswerVersion, isClozeAnswer } from "./answer.ts";
import { type ClozeGrading, gradeCloze } from "./grade.ts";

export const clozePartSchema = z.discriminatedUnion("kind", [
  /** Inline Markdown around the blanks (in a code block: code, verbatim). */
  z.object({ kind: z.literal("text"), text: z.string() }),
  /** A blank and the answers it accepts (`[[-d|--detach]]`). */
  z.object({ kind: z.literal("blank"), answers: z.array(z.string().min(1)).min(1) }),
]);

/** Fill in the blanks: `[[answer]]` in the question's paragraph or in one code block after it. */
export const clozeSchema = z.object({
  type: z.literal("cloze"),
  ...questionBase,
  /** The blanks are in a code block (matched exactly); otherwise in the question's paragraph. */
  code: z.boolean(),
  /** The code block's language, if given. */
  lang: z.string().optional(),
  /** `{:.quiz .exacta}`: case and accents count in a paragraph's blanks too. */
  exact: z.boolean().optional(),
  parts: z.array(clozePartSchema).min(1),
});

export type ClozeQuestion = z.infer<typeof clozeSchema>;
export type ClozePart = z.infer<typeof clozePartSchema>;

interface Found {
  ruleId: string;
  message: string;
  fix: string;
  /** Offset in the scanned text. */
  at: number;
}

export interface DraftCloze {
  code: boolean;
  lang?: string;
  exact: boolean;
  /** What was scanned for blanks, and the line and column its first character is on. */
  text: string;
  line: number;
  column: number;
  /** The node the text is in (a problem with no better place goes there). */
  node?: Node;
  /** The paragraph blanks of a quiz that has a code block too. */
  alsoInQuestion: boolean;
}

/** `[[` starts a blank unless a space follows (`[[ -f x ]]` is a shell test, not a blank). */
const opening = /\[\[(?!\s)/g;
export const hasBlank = (text: string) => new RegExp(opening.source).test(text);

const blankHelp =
  "escribe la respuesta entre dobles corchetes, [[-d]]; varias respuestas que valen, con |: [[-d|--detach]]";

/** Splits a text into its parts, finding every blank and every mistake in one. */
export function scanBlanks(text: string, inlineCode: boolean): { parts: ClozePart[]; problems: Found[] } {
  const parts: ClozePart[] = [];
  const problems: Found[] = [];
  // Inline code spans of a paragraph: a blank inside one could not be a text box.
  const spans = inlineCode
    ? [...text.matchAll(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g)].map((m) => [m.index, m.index + m[0].length] as const)
    : [];
  let from = 0;
  for (const match of text.matchAll(opening)) {
    const start = match.index;
    if (start < from) continue;
    const lineEnd = text.indexOf("\n", start);
    const close = text.indexOf("]]", start + 2);
    if (close === -1 || (lineEnd !== -1 && close > lineEnd)) {
      const raw = text.slice(start, lineEnd === -1 ? undefined : lineEnd);
      problems.push({
        ruleId: "quiz/cloze-unclosed",
        message: `El hueco «${quote(raw)}» no se cierra con ]] en la misma línea`,
        fix: blankHelp,
        at: start,
      });
      from = start + 2;
      continue;
    }
    const raw = text.slice(start, close + 2);
    const answers = text
      .slice(start + 2, close)
      .split("|")
      .map((a) => a.trim());
    if (spans.some(([a, b]) => start > a && start < b))
      problems.push({
        ruleId: "quiz/cloze-in-inline-code",
        message: `El hueco «${quote(raw)}» está dentro de código en línea (entre comillas invertidas), donde no se puede escribir`,
        fix: "saca el hueco del código en línea («`docker run` [[-d]]»), o pon la orden en un bloque de código con sangría debajo de la pregunta",
        at: start,
      });
    else if (answers.some((a) => !a))
      problems.push({
        ruleId: "quiz/cloze-empty-blank",
        message: `El hueco «${quote(raw)}» tiene una respuesta vacía`,
        fix: blankHelp,
        at: start,
      });
    parts.push({ kind: "text", text: text.slice(from, start) }, { kind: "blank", answers });
    from = close + 2;
  }
  parts.push({ kind: "text", text: text.slice(from) });
  return { parts: parts.filter((p) => p.kind === "blank" || p.text !== ""), problems };
}

/** Where an offset of the scanned text is in the lesson, as a node for file:line. */
function placeOf(draft: DraftCloze, at: number): Node {
  const before = draft.text.slice(0, at).split("\n");
  const line = draft.line + before.length - 1;
  const column = before.length === 1 ? draft.column + at : (before.at(-1)?.length ?? 0) + 1;
  return { type: "text", position: { start: { line, column }, end: { line, column } } };
}

/** A paragraph's text part as one line of inline Markdown (its line breaks are spaces). */
const oneLine = (text: string) => text.replace(/[ \t]*\n[ \t]*/g, " ");

/** A paragraph's parts, one line each, without the spaces around the paragraph. */
function proseParts(parts: ClozePart[]): ClozePart[] {
  const last = parts.length - 1;
  return parts.map((p, i) => {
    if (p.kind === "blank") return p;
    let text = oneLine(p.text);
    if (i === 0) text = text.trimStart();
    if (i === last) text = text.trimEnd();
    return { kind: "text" as const, text };
  });
}

/** The question of a paragraph cloze, for lists and the answer key: each blank a line to fill. */
const withGaps = (parts: ClozePart[]) =>
  parts
    .map((p) => (p.kind === "text" ? p.text : "\\_\\_\\_\\_\\_"))
    .join("")
    .trim();

const blanksOf = (quiz: ClozeQuestion) => quiz.parts.filter((p) => p.kind === "blank");

function blankInput(quiz: ClozeQuestion, n: number, answers: string[], { f }: Translator): ElementContent[] {
  const longest = Math.max(...answers.map((a) => a.length));
  return [
    h("input.quiz__blank", {
      type: "text",
      name: `${quiz.id}-${n}`,
      ariaLabel: f("quiz.blankLabel", { n }),
      size: Math.max(3, Math.min(40, longest + 2)),
      autocomplete: "off",
      autocapitalize: "off",
      spellcheck: "false",
    }),
    h("span.quiz__blank-mark", { dataMark: "", ariaHidden: "true" }),
  ];
}

/** The text with a box (`blank`) or the first answer (`filled`) for each blank. */
function content(quiz: ClozeQuestion, mode: "blank" | "filled", i18n: Translator): ElementContent[] {
  let n = 0;
  return quiz.parts.flatMap((part): ElementContent[] => {
    if (part.kind === "blank") {
      n++;
      if (mode === "blank") return blankInput(quiz, n, part.answers, i18n);
      return [h("strong.quiz__filled", part.answers[0] ?? "")];
    }
    if (quiz.code) return [{ type: "text", value: part.text }];
    // The inline renderer trims; the spaces next to a blank are the text's.
    const space = (present: boolean): ElementContent[] => (present ? [{ type: "text", value: " " }] : []);
    return [...space(/^\s/.test(part.text)), ...inlineMarkdown(part.text), ...space(/\s$/.test(part.text))];
  });
}

// No <code> in the <pre>: the build's highlighter would replace a `pre > code` with its text, boxes and all.
function block(quiz: ClozeQuestion, children: ElementContent[]): ElementContent {
  return quiz.code ? h("pre.quiz__code", children) : h("p.quiz__cloze", children);
}

export const cloze = {
  type: "cloze",
  schema: clozeSchema,

  // A question followed by a list is a choice (or short answer) one if its only `[[` are in inline code
  // (`arr[[0]]`); without a list, such a `[[` is a blank the author misplaced, reported as such.
  claims: (node, question) =>
    (node?.type === "code" && hasBlank(node.value)) ||
    (hasBlank(question) && (node?.type !== "list" || hasBlank(question.replace(/(`+)[\s\S]*?\1/g, "")))),

  parse(text, nodes, from, quiz) {
    const exact = quiz.classes.includes("exacta");
    const inQuestion = hasBlank(quiz.question);
    const next = nodes[from] as RootContent | undefined;
    if (next?.type === "code" && hasBlank(next.value)) {
      const code = next as Code;
      const start = code.position?.start;
      const fenced = /^\s*(```|~~~)/.test(source(text, code));
      return {
        draft: {
          code: true,
          ...(code.lang ? { lang: code.lang } : {}),
          exact,
          text: code.value,
          line: (start?.line ?? 1) + (fenced ? 1 : 0),
          column: 1,
          node: code,
          alsoInQuestion: inQuestion,
        },
        used: 1,
      };
    }
    const [first, last] = quiz.questionNodes ?? [];
    const start = first?.position?.start;
    return {
      draft: {
        code: false,
        exact,
        text: source(text, first, last),
        line: start?.line ?? 1,
        column: start?.column ?? 1,
        node: first,
        alsoInQuestion: false,
      },
      used: 0,
      complete: true,
    };
  },

  validate(draft, problem) {
    const { parts, problems } = scanBlanks(draft.text, !draft.code);
    for (const p of problems) problem(p.ruleId, p.message, p.fix, placeOf(draft, p.at));
    if (draft.alsoInQuestion) {
      problem(
        "quiz/cloze-two-places",
        "Hay huecos en la pregunta y en el bloque de código que la sigue",
        "pon los huecos solo en el bloque de código, y en la pregunta di qué hay que completar",
      );
      return undefined;
    }
    if (problems.length > 0 || !parts.some((p) => p.kind === "blank")) return undefined;
    const fields = {
      type: "cloze" as const,
      code: draft.code,
      ...(draft.lang ? { lang: draft.lang } : {}),
      ...(draft.exact && !draft.code ? { exact: true } : {}),
      parts: draft.code ? parts : proseParts(parts),
    };
    return draft.code ? fields : { ...fields, question: withGaps(fields.parts) };
  },

  fingerprint: (quiz) =>
    [
      "cloze",
      quiz.question,
      ...quiz.parts.map((p) => (p.kind === "text" ? p.text : `[[${p.answers.join("|")}]]`)),
    ].join("\n"),

  render(quiz, i18n = createTranslator()) {
    const { t, f } = i18n;
    const blanks = blanksOf(quiz);
    const exact = quiz.code || quiz.exact === true;
    const list = blanks.map((blank, i) =>
      h("li.quiz__solution-option.quiz__solution-option--correct", [
        h("span.quiz__verdict", `✓ ${f("quiz.blankLabel", { n: i + 1 })}: `),
        ...blank.answers.flatMap((a, j) => [...(j > 0 ? [" · "] : []), h("code", a)]),
      ]),
    );
    return {
      ...(quiz.code ? {} : { legend: [{ type: "text" as const, value: t("quiz.clozeLegend") }] }),
      hint: t(exact && !quiz.code ? "quiz.hintClozeExact" : "quiz.hintCloze"),
      body: [h("div.quiz__typed-text", { dataPagefindIgnore: "" }, [block(quiz, content(quiz, "blank", i18n))])],
      solution: [block(quiz, content(quiz, "filled", i18n)), h("ul.quiz__solution-list", { role: "list" }, list)],
    };
  },

  answerKey: (quiz, i18n = createTranslator()) => ({
    answers: blanksOf(quiz).map((b, i) => `${i + 1}: ${b.answers.map((a) => `\`${a}\``).join(" o ")}`),
    notes: [],
  }),

  answerVersion: clozeAnswerVersion,
  isAnswer: isClozeAnswer,
  grading: (quiz) => ({
    blanks: blanksOf(quiz).map((b) => ({ answers: b.answers, exact: quiz.code || quiz.exact === true })),
  }),
  grade: gradeCloze,
} satisfies QuestionType<ClozeQuestion, DraftCloze, ClozeAnswer, ClozeGrading>;
