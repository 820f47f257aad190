import { canonicalClasses, hintLabels } from "./words.ts";
import type { Blockquote, Paragraph, PhrasingContent, RootContent } from "mdast";
import type { Node } from "unist";
import { readLeadingIal } from "../text/ial.ts";
import { inlineSource, source } from "./source.ts";
import { type AnyQuestionType, questionTypeFor } from "./types/index.ts";

/** A quiz as written, before validation: what the parser found, with nodes for positions. */
export interface DraftQuiz {
  /** The type that read it (the one that claimed its block, or the default). */
  type: AnyQuestionType;
  explicitId?: string;
  question: string;
  explanation?: string;
  /** A hint before the answers (`> Pista: …`), without its «Pista:». */
  hint?: string;
  /** Where the hint is: an empty one is reported on it. */
  hintNode?: Node;
  /** A `> Pista:` after the answers, where the general explanation goes. */
  lateHint?: Node;
  /** `.barajar` (true) or `.no-barajar` (false); undefined: the course default. */
  shuffle?: boolean;
  /** Both `.barajar` and `.no-barajar`. */
  shuffleConflict?: boolean;
  /** What the type's parser found. */
  body: unknown;
  /** Where the quiz starts (`{:.quiz}` or `<Quiz>`). */
  node: Node;
  /** Its classes (`{:.quiz .exacta}`) or `<Quiz>`'s boolean attributes. */
  classes: string[];
}

/** `{:.quiz}`, `{: .quiz #id}` at the start of a paragraph: the quiz's id and what follows it. */
export function readQuizIal(
  paragraph: Paragraph,
): { explicitId?: string; rest: PhrasingContent[]; classes: string[] } | undefined {
  const ial = readLeadingIal(paragraph);
  if (!ial?.classes.includes("quiz")) return undefined;
  return { explicitId: ial.id, rest: ial.rest, classes: ial.classes.filter((c) => c !== "quiz") };
}

/** `Pista:` or `Hint:` (also in bold) at the start of a quote: the quote is a hint. */
const hintLabel = new RegExp(`^(?:\\*\\*|__|\\*|_)?(?:${hintLabels.join("|")})\\s*:(?:\\*\\*|__|\\*|_)?\\s*`, "i");

/** A quote's text as one line, and whether it is a hint (then without its label). */
function readQuote(text: string, quote: Blockquote): { text: string; hint: boolean } {
  const line = inlineSource(source(text, quote), true);
  const label = hintLabel.exec(line);
  return label ? { text: line.slice(label[0].length), hint: true } : { text: line, hint: false };
}

/**
 * Reads a quiz from block nodes: the question (in `leading`, the rest of the `{:.quiz}` paragraph, or
 * in the first paragraph), the block of its type (a list of options for choice) and an optional `>`
 * quote with the general explanation. Returns how many of `nodes`, from `from`, belong to the quiz.
 */
export function parseQuiz(
  text: string,
  start: Node,
  nodes: RootContent[],
  from: number,
  leading: PhrasingContent[] = [],
  explicitId?: string,
  written: string[] = [],
): { draft: DraftQuiz; used: number } {
  const classes = canonicalClasses(written);
  let i = from;
  let question = "";
  let questionNodes: [Node, Node] | undefined;
  const first = leading[0];
  const last = leading.at(-1);
  if (first && last) questionNodes = [first, last];
  else if (nodes[i]?.type === "paragraph") questionNodes = [nodes[i]!, nodes[i++]!];
  if (questionNodes) question = inlineSource(source(text, ...questionNodes));
  const before = nodes[i]?.type === "blockquote" ? readQuote(text, nodes[i] as Blockquote) : undefined;
  const hintNode = before?.hint ? nodes[i++] : undefined;
  const type = questionTypeFor(nodes[i], question);
  const { draft: body, used, complete } = type.parse(text, nodes, i, { question, questionNodes, classes });
  i += used;
  const quote = (used > 0 || complete) && nodes[i]?.type === "blockquote" ? (nodes[i++] as Blockquote) : undefined;
  const after = quote ? readQuote(text, quote) : undefined;
  const shuffle = classes.includes("barajar") ? true : classes.includes("no-barajar") ? false : undefined;
  const draft: DraftQuiz = {
    type,
    explicitId,
    question,
    explanation: after && !after.hint ? after.text || undefined : undefined,
    ...(hintNode ? { hint: before?.text ?? "", hintNode } : {}),
    ...(after?.hint ? { lateHint: quote } : {}),
    ...(shuffle !== undefined ? { shuffle } : {}),
    ...(classes.includes("barajar") && classes.includes("no-barajar") ? { shuffleConflict: true } : {}),
    body,
    node: start,
    classes,
  };
  return { draft, used: i - from };
}
