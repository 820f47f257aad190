import type { Parent, PhrasingContent, Root, Strong, Text } from "mdast";
import type { Position } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

/** A `**` alone (not part of `***`), as kramdown reads it. */
const delimiter = /(?<!\*)\*\*(?!\*)/g;
/** A text whose source spells an asterisk another way: its `**` may be meant literally. */
const literalAsterisk = /\\\*|&#0*42;|&#x0*2a;|&ast;/i;

type Piece = { kind: "node"; node: PhrasingContent } | { kind: "mark"; position?: Position };

function at(node: Text, offset: number): Position["start"] | undefined {
  const start = node.position?.start;
  if (!start || start.offset === undefined || node.value.slice(0, offset).includes("\n")) return undefined;
  return { line: start.line, column: start.column + offset, offset: start.offset + offset };
}

function slice(node: Text, from: number, to: number): Text {
  const start = at(node, from);
  const end = at(node, to);
  return { type: "text", value: node.value.slice(from, to), ...(start && end ? { position: { start, end } } : {}) };
}

/** The text's `**` marks, when its source wrote them as such. */
function marksOf(node: Text, source: string | undefined): number[] {
  if (!node.value.includes("**")) return [];
  const { start, end } = node.position ?? {};
  if (source !== undefined && start?.offset !== undefined && end?.offset !== undefined) {
    const written = source.slice(start.offset, end.offset);
    if (written !== node.value && literalAsterisk.test(written)) return [];
  }
  return [...node.value.matchAll(delimiter)].map((m) => m.index);
}

/** The text around a mark, to judge it: what a `**` opens must not start with a space, nor end with one. */
function neighbours(pieces: Piece[], i: number): { before: string; after: string } {
  const textOf = (p: Piece | undefined) =>
    p === undefined ? "" : p.kind === "node" && p.node.type === "text" ? p.node.value : "x";
  return { before: textOf(pieces[i - 1]).slice(-1), after: textOf(pieces[i + 1]).slice(0, 1) };
}

/** Pairs marks in order: an opener followed by text, a closer after text; a mark that cannot pair stays text. */
function pair(pieces: Piece[]): Map<number, number> {
  const marks = pieces.flatMap((p, i) => (p.kind === "mark" ? [i] : []));
  const pairs = new Map<number, number>();
  let open: number | undefined;
  for (const i of marks) {
    const { before, after } = neighbours(pieces, i);
    if (open !== undefined && before !== "" && !/\s/.test(before) && i > open + 1) {
      pairs.set(open, i);
      open = undefined;
    } else if (after !== "" && !/\s/.test(after)) open = i;
  }
  return pairs;
}

/** The children with each paired `**…**` made strong. */
function rebuild(children: PhrasingContent[], source: string | undefined): PhrasingContent[] | undefined {
  const pieces: Piece[] = [];
  let any = false;
  for (const child of children) {
    const marks = child.type === "text" ? marksOf(child, source) : [];
    if (child.type !== "text" || marks.length === 0) {
      pieces.push({ kind: "node", node: child });
      continue;
    }
    any = true;
    let from = 0;
    for (const mark of marks) {
      if (mark > from) pieces.push({ kind: "node", node: slice(child, from, mark) });
      const start = at(child, mark);
      const end = at(child, mark + 2);
      pieces.push({ kind: "mark", ...(start && end ? { position: { start, end } } : {}) });
      from = mark + 2;
    }
    if (from < child.value.length) pieces.push({ kind: "node", node: slice(child, from, child.value.length) });
  }
  if (!any) return undefined;
  const pairs = pair(pieces);
  if (pairs.size === 0) return undefined;

  const out: PhrasingContent[] = [];
  const push = (node: PhrasingContent, into: PhrasingContent[]) => {
    const last = into.at(-1);
    if (node.type === "text" && last?.type === "text") {
      last.value += node.value;
      if (last.position && node.position) last.position = { start: last.position.start, end: node.position.end };
      else delete last.position;
    } else into.push(node.type === "text" ? { ...node } : node);
  };
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const close = pairs.get(i);
    if (piece.kind === "mark" && close !== undefined) {
      const strong: Strong = { type: "strong", children: [] };
      for (const inner of pieces.slice(i + 1, close))
        if (inner.kind === "node") push(inner.node, strong.children as PhrasingContent[]);
      const start = piece.position?.start;
      const end = (pieces[close] as { position?: Position }).position?.end;
      if (start && end) strong.position = { start, end };
      out.push(strong);
      i = close;
    } else if (piece.kind === "mark") {
      const start = piece.position?.start;
      const end = piece.position?.end;
      push({ type: "text", value: "**", ...(start && end ? { position: { start, end } } : {}) }, out);
    } else push(piece.node, out);
  }
  return out;
}

/**
 * kramdown's bold where CommonMark's flanking rules refuse it: `**Título.**Texto` and
 * `drwxrwx**---**.` were bold on the Jekyll site and would print their asterisks here. A `**` left
 * over as text pairs with the next one in the same paragraph (across code or links between them),
 * as kramdown pairs them. Code is never touched (its text is not a text node), nor an escaped `\*\*`.
 */
export default function remarkKramdownStrong() {
  return (tree: Root, file: VFile) => {
    const source = typeof file.value === "string" ? file.value : undefined;
    visit(tree, (node) => {
      if (!("children" in node)) return;
      const parent = node as Parent;
      if (!parent.children.some((c) => c.type === "text" && c.value.includes("**"))) return;
      const rebuilt = rebuild(parent.children as PhrasingContent[], source);
      if (rebuilt) parent.children = rebuilt;
    });
  };
}
