import { slug } from "github-slugger";
import { parse, type GIFTQuestion, type NumericalChoice, type NumericalFormat, type TextFormat } from "gift-pegjs";
import { escapeMarkdown, htmlToInlineMarkdown } from "./html-markdown.ts";

/** GIFT's blank in a missing-word question, as gift-pegjs writes it in the stem. */
const giftBlank = "_____";

export interface GiftImport {
  /** Our `{:.quiz}` blocks, separated by blank lines. */
  markdown: string;
  /** Questions carried over. */
  questions: number;
  /** Each block with the GIFT name and the type it became, in order. */
  blocks: { name: string; type: string; markdown: string }[];
  /** One line per question (or part of one) that could not be carried over, with its name. */
  skipped: string[];
}

/** A GIFT syntax error, placed in the file. */
export class GiftSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

function inline(text: TextFormat | null | undefined): string {
  if (!text) return "";
  if (text.format === "markdown") return text.text.replace(/\s+/g, " ").trim();
  if (text.format === "plain") return escapeMarkdown(text.text.replace(/\s+/g, " ").trim());
  return htmlToInlineMarkdown(text.text);
}

/** Text for a list line that the quiz syntax reads verbatim (short answers): code when it has Markdown. */
const literal = (text: string) => (/[\\`*_[\]<>|]/.test(text) ? `\`${text}\`` : text);

/** Indented lines under a list item: the item's feedback. */
const below = (markdown: string) => (markdown ? `\n  ${markdown}` : "");
const general = (q: { globalFeedback: TextFormat | null }) => {
  const text = inline(q.globalFeedback);
  return text ? `\n\n> ${text}` : "";
};

/** Our explicit id from a GIFT name: the part after `#` of our own export, or the name as a slug. */
function quizId(title: string | null): string | undefined {
  if (!title) return undefined;
  const own = /#([\w-]+)$/.exec(title);
  return own?.[1] ?? (slug(title) || undefined);
}

function header(title: string | null, flags = ""): string {
  const id = quizId(title);
  return `{:.quiz${id ? ` #${id}` : ""}${flags}}`;
}

const number = (n: number | undefined) => String(n ?? 0).replace(".", ",");

function numericLine(f: NumericalFormat): string {
  if (f.type === "high-low") return `- [#] ${number(f.numberLow)}..${number(f.numberHigh)}`;
  return f.range ? `- [#] ${number(f.number)} ± ${number(f.range)}` : `- [#] ${number(f.number)}`;
}

/**
 * A GIFT bank as our Markdown quiz blocks. Category lines only group questions in Moodle and are
 * dropped; every question or part of one our models cannot hold is listed in `skipped`.
 */
export function giftToMarkdown(gift: string): GiftImport {
  let questions: GIFTQuestion[];
  try {
    questions = parse(gift);
  } catch (error) {
    const e = error as { message?: string; location?: { start: { line: number; column: number } } };
    throw new GiftSyntaxError(e.message ?? String(error), e.location?.start.line ?? 1, e.location?.start.column ?? 1);
  }
  const blocks: GiftImport["blocks"] = [];
  const skipped: string[] = [];
  let unnamed = 0;
  for (const q of questions) {
    if (q.type === "Category") continue;
    const name = q.title ?? `pregunta ${++unnamed} sin nombre`;
    const skip = (why: string) => skipped.push(`«${name}»: ${why}`);
    const stem = inline(q.stem);
    const add = (type: string, markdown: string) => blocks.push({ name, type, markdown });
    switch (q.type) {
      case "Description":
        skip("es una descripción, no una pregunta");
        break;
      case "Essay":
        skip("es un ensayo (respuesta abierta); aula no lo corrige");
        break;
      case "TF": {
        const options = [
          `- (${q.isTrue ? "x" : " "}) Verdadero${below(inline(q.trueFeedback))}`,
          `- (${q.isTrue ? " " : "x"}) Falso${below(inline(q.falseFeedback))}`,
        ];
        add("choice", `${header(q.title)}\n${stem}\n\n${options.join("\n")}${general(q)}`);
        break;
      }
      case "MC": {
        if (q.hasEmbeddedAnswers) {
          skip("tiene un hueco con opciones para elegir; aula solo tiene huecos para escribir");
          break;
        }
        const full = q.choices.filter((c) => c.weight === 100 || (c.weight === null && c.isCorrect));
        const partial = q.choices.filter((c) => c.weight !== null && c.weight > 0 && c.weight < 100);
        // One full-credit answer: single choice (partial credit is lost); none: every positive one counts.
        const several = full.length !== 1;
        const positive = several ? [...full, ...partial] : full;
        if (positive.length === 0) {
          skip("no tiene ninguna respuesta con nota");
          break;
        }
        if (!several && partial.length > 0) skip("hay respuestas con nota parcial; se importan como incorrectas");
        if (several && new Set(positive.map((c) => c.weight ?? 100)).size > 1)
          skip("las respuestas correctas valen distinto; se importan con el mismo valor");
        const options = q.choices.map((c) => {
          const right = positive.includes(c);
          const mark = several ? (right ? "[x]" : "[ ]") : right ? "(x)" : "( )";
          return `- ${mark} ${inline(c.text)}${below(inline(c.feedback))}`;
        });
        add("choice", `${header(q.title)}\n${stem}\n\n${options.join("\n")}${general(q)}`);
        break;
      }
      case "Short": {
        if (q.hasEmbeddedAnswers) {
          const pieces = q.stem.text.split(giftBlank);
          if (pieces.length !== 2) {
            skip("el hueco no se encuentra en el enunciado");
            break;
          }
          const answers = q.choices.filter((c) => c.isCorrect && (c.weight ?? 100) === 100);
          if (answers.length < q.choices.length) skip("hay respuestas del hueco con nota parcial o nula; se omiten");
          const at = (text: string) => inline({ ...q.stem, text });
          const blank = `[[${answers.map((c) => c.text.text.trim()).join("|")}]]`;
          // Our cloze has its blanks in the question's paragraph.
          const paragraph = [at(pieces[0] ?? ""), blank, at(pieces[1] ?? "")].filter(Boolean).join(" ");
          add("cloze", `${header(q.title)}\n${paragraph}${general(q)}`);
          break;
        }
        const partial = q.choices.filter((c) => c.weight !== null && c.weight > 0 && c.weight < 100);
        if (partial.length > 0) skip("hay respuestas con nota parcial; se importan como aceptadas");
        const lines = q.choices.map((c) => {
          const accepted = (c.weight ?? 100) > 0;
          return `- ${accepted ? "[=]" : "[!]"} ${literal(c.text.text.trim())}${below(inline(c.feedback))}`;
        });
        add("short", `${header(q.title)}\n${stem}\n\n${lines.join("\n")}${general(q)}`);
        break;
      }
      case "Numerical": {
        const choices: NumericalChoice[] = Array.isArray(q.choices)
          ? q.choices
          : [{ isCorrect: true, weight: null, text: q.choices, feedback: null }];
        const full = choices.filter((c) => (c.weight ?? 100) === 100);
        if (full.length < choices.length) skip("hay respuestas con nota parcial; se omiten");
        if (full.length === 0) break;
        const lines = full.map((c) => `${numericLine(c.text)}${below(inline(c.feedback))}`);
        add("numeric", `${header(q.title)}\n${stem}\n\n${lines.join("\n")}${general(q)}`);
        break;
      }
      case "Matching": {
        // A pair with no left side is an extra wrong answer, in Moodle and in aula (`- -> …`).
        const lines = q.matchPairs.map((p) => {
          const left = inline(p.subquestion);
          return `- ${left ? `${left} ` : ""}→ ${escapeMarkdown(p.subanswer.trim())}`;
        });
        add("matching", `${header(q.title)}\n${stem}\n\n${lines.join("\n")}${general(q)}`);
        break;
      }
    }
  }
  const markdown = blocks.map((b) => b.markdown).join("\n\n");
  return { markdown: markdown ? `${markdown}\n` : "", questions: blocks.length, blocks, skipped };
}
