import type { Blockquote, List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import type { Node } from "unist";
import { readLeadingIal } from "../markdown/remark-kramdown-ial.ts";

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

/** A quiz as written, before validation: what the parser found, with nodes for positions. */
export interface DraftQuiz {
  explicitId?: string;
  question: string;
  options: DraftOption[];
  explanation?: string;
  /** Where the quiz starts (`{:.quiz}` or `<Quiz>`). */
  node: Node;
  /** Whether a list of options was found at all. */
  hasList: boolean;
}

/** `{:.quiz}`, `{: .quiz #id}` at the start of a paragraph: the quiz's id and what follows it. */
export function readQuizIal(paragraph: Paragraph): { explicitId?: string; rest: PhrasingContent[] } | undefined {
  const ial = readLeadingIal(paragraph);
  if (!ial?.classes.includes("quiz")) return undefined;
  return { explicitId: ial.id, rest: ial.rest };
}

function source(text: string, from: Node | undefined, to: Node | undefined = from): string {
  const start = from?.position?.start.offset;
  const end = to?.position?.end.offset;
  return start === undefined || end === undefined ? "" : text.slice(start, end);
}

/** Lines of Markdown source as one line of inline Markdown: indentation and `>` dropped. */
export function inlineSource(text: string, quote = false): string {
  return text
    .split("\n")
    .map((line) => (quote ? line.trim().replace(/^>\s?/, "") : line).trim())
    .filter(Boolean)
    .join(" ");
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

/**
 * Reads a quiz from block nodes: the question (in `leading`, the rest of the `{:.quiz}` paragraph, or
 * in the first paragraph), the list of options and an optional `>` quote with the general explanation.
 * Returns how many of `nodes`, from `start`, belong to the quiz.
 */
export function parseQuiz(
  text: string,
  start: Node,
  nodes: RootContent[],
  from: number,
  leading: PhrasingContent[] = [],
  explicitId?: string,
): { draft: DraftQuiz; used: number } {
  let i = from;
  let question = "";
  if (leading.length > 0) question = inlineSource(source(text, leading[0], leading.at(-1)));
  else if (nodes[i]?.type === "paragraph") question = inlineSource(source(text, nodes[i++]));
  const list = nodes[i]?.type === "list" ? (nodes[i++] as List) : undefined;
  const quote = list && nodes[i]?.type === "blockquote" ? (nodes[i++] as Blockquote) : undefined;
  const draft: DraftQuiz = {
    explicitId,
    question,
    options: list ? list.children.map((item) => readOption(item, text)) : [],
    explanation: quote ? inlineSource(source(text, quote), true) || undefined : undefined,
    node: start,
    hasList: Boolean(list),
  };
  return { draft, used: i - from };
}
