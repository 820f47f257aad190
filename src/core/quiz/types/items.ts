import type { List, ListItem, RootContent } from "mdast";
import { inlineSource, source } from "../source.ts";

/** A list item of a typed-answer quiz as written: `- [=] answer`, with its feedback on the lines below. */
export interface MarkedItem {
  /** The character between the brackets (`=`, `!`, `#`), or undefined without a `[…]` marker. */
  marker?: string;
  /** The first line after the marker, as written (inline Markdown). */
  text: string;
  /** Inline Markdown of the lines under the item. */
  feedback?: string;
  node: ListItem;
}

const markerPattern = /^\[([^\]\s]?)\](?:\s+|$)/;

export function readMarkedItems(list: List, text: string): MarkedItem[] {
  return list.children.map((item) => {
    const [first, ...others] = item.children;
    const body = first?.type === "paragraph" ? source(text, first) : "";
    const newline = body.indexOf("\n");
    let line = (newline === -1 ? body : body.slice(0, newline)).trimStart();
    const below = [newline === -1 ? "" : body.slice(newline + 1), ...others.map((node) => source(text, node))];
    const match = markerPattern.exec(line);
    if (match) line = line.slice(match[0].length);
    return {
      marker: match?.[1],
      text: inlineSource(line),
      feedback: inlineSource(below.join("\n")) || undefined,
      node: item,
    };
  });
}

/** The text an item starts with (where its marker is), from the tree: `claims` has no source. */
function startOf(item: ListItem): string {
  const first = item.children[0];
  const head = first?.type === "paragraph" ? first.children[0] : undefined;
  return head?.type === "text" ? head.value : "";
}

/** Whether a node is a list with at least one item marked with one of `markers` (`=!` for short answers). */
export function isMarkedList(node: RootContent | undefined, markers: string): boolean {
  if (node?.type !== "list") return false;
  return node.children.some((item) => {
    const match = markerPattern.exec(startOf(item).trimStart());
    return match !== null && match[1] !== undefined && match[1] !== "" && markers.includes(match[1]);
  });
}

/** An answer written as inline code is presentation: the student types what is inside. */
export function unwrapCode(text: string): { text: string; code: boolean } {
  const match = /^(`+)\s?([^`](?:.*[^`])?)\s?\1$/.exec(text.trim());
  return match ? { text: match[2] ?? "", code: true } : { text: text.trim(), code: false };
}

/** A short quote of an author's text for messages. */
export const quote = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
