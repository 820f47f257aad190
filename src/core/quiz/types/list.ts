import type { List, ListItem, RootContent } from "mdast";
import { source } from "../source.ts";

// Helpers for the types written as a list without choice markers (ordering, matching).

/** A choice marker (`( )`, `(x)`, `[ ]`) or another type's (`[=]`, `[#]`) at the start of an item. */
const marker = /^\s*[([][^()[\]\n]{0,3}[)\]](?![([])/;

/** An item's first paragraph as written, and whether anything else (lines or blocks under it) follows. */
export function itemSource(item: ListItem, text: string): { line: string; extra: boolean } {
  const [first, ...others] = item.children;
  const body = first?.type === "paragraph" ? source(text, first) : "";
  const newline = body.indexOf("\n");
  return {
    line: (newline === -1 ? body : body.slice(0, newline)).trim(),
    extra: newline !== -1 || others.length > 0 || (first !== undefined && first.type !== "paragraph"),
  };
}

/** A list none of whose items starts with a marker: another type's list, not choice's. */
export function isPlainList(node: RootContent | undefined): node is List {
  if (node?.type !== "list") return false;
  return node.children.every((item) => {
    const head = item.children[0]?.type === "paragraph" ? item.children[0].children[0] : undefined;
    return typeof item.checked !== "boolean" && !(head?.type === "text" && marker.test(head.value));
  });
}

/** The text of an item's first paragraph outside inline code and links. */
function texts(item: ListItem): string[] {
  const first = item.children[0];
  if (first?.type !== "paragraph") return [];
  return first.children.flatMap((child) => (child.type === "text" ? [child.value] : []));
}

/** Whether an item is written `left -> right` (an arrow outside inline code). */
export function hasArrow(item: ListItem): boolean {
  return texts(item).some((value) => value.includes("->") || value.includes("→"));
}

/** Where `->` or `→` splits an item, outside inline code; -1 when there is none. */
export function arrowAt(line: string): { at: number; length: number } | undefined {
  let code = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "`") {
      let run = 1;
      while (line[i + run] === "`") run++;
      code = code === 0 ? run : code === run ? 0 : code;
      i += run - 1;
      continue;
    }
    if (code !== 0) continue;
    if (line[i] === "\\") {
      i++;
      continue;
    }
    if (line.startsWith("->", i)) return { at: i, length: 2 };
    if (line[i] === "→") return { at: i, length: 1 };
  }
  return undefined;
}
