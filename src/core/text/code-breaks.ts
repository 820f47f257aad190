import type { Element, ElementContent, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";

/**
 * Where inline code may wrap. A browser breaks `--help` after a hyphen and, squeezed, `index.php` anywhere;
 * a student copying by eye then types it wrong. Inline code is cut into pieces: a piece never wraps inside,
 * and lines break only at spaces and after `/` (or `\`). A piece longer than a phone's line is cut again at
 * its joints (`-`, `.`, `_`, `:`, `=`…), and one without any is left to wrap anywhere rather than widen the page.
 */
export type CodePiece =
  /** Text that may wrap at its spaces (or anywhere, if it is too long and has no joint). */
  | { kind: "text"; value: string }
  /** Text that never wraps inside. */
  | { kind: "keep"; value: string }
  /** A place where the line may break although there is no space. */
  | { kind: "break" };

/** Characters of code that fit the narrowest line a lesson has on a 360 px phone (a quote or list item in a callout). */
export const longPiece = 26;

/** After one or more slashes (`http://`, `alpine/`, `C:\Users\`), never after a leading one (`/etc`). */
const afterSlashes = /(?<=[^/\\][/\\]+)(?![/\\])/;
/** Before a `-` or after `.`, `_`, `:`, `=`, `,`, `?`, `&`, `;`, `@`, `+` (never between two of them). */
const joints = /(?<=[^-])(?=-)|(?<=[._:=,?&;@+])(?=[^._:=,?&;@+-])/;
const plain = /^[/\\]?[\p{L}\p{N}]*[/\\]*$/u;

function piece(value: string): CodePiece {
  return plain.test(value) ? { kind: "text", value } : { kind: "keep", value };
}

/** Joins parts into runs no longer than `longPiece` (a single longer part stays whole). */
function pack(parts: string[]): string[] {
  const runs: string[] = [];
  for (const part of parts) {
    const last = runs.at(-1);
    if (last !== undefined && last.length + part.length <= longPiece) runs[runs.length - 1] = last + part;
    else runs.push(part);
  }
  return runs;
}

/** The pieces of one word (no spaces): cut after slashes, and at joints when a part is too long. */
function wordPieces(word: string): CodePiece[] {
  const out: CodePiece[] = [];
  for (const part of word.split(afterSlashes)) {
    const runs = part.length > longPiece ? pack(part.split(joints)) : [part];
    for (const run of runs) {
      if (out.length > 0) out.push({ kind: "break" });
      // Too long and no joint (a hash, a key): it may wrap anywhere, like prose.
      out.push(run.length > longPiece ? { kind: "text", value: run } : piece(run));
    }
  }
  return out;
}

/**
 * Cuts inline code into pieces. Spaces stay as text, so lines break there; a lone mark at the end
 * (`docker build -t app .`) stays with the word before it, never alone on a line.
 */
export function codePieces(code: string): CodePiece[] {
  const words = code.split(/(\s+)/);
  // A one-character word that is not a letter or digit joins the word before it, space included.
  for (let i = words.length - 1; i >= 2; i -= 2) {
    const word = words[i] ?? "";
    const before = words[i - 2] ?? "";
    if (word.length === 1 && !plain.test(word) && before !== "" && before.length + 2 <= longPiece) {
      words.splice(i - 2, 3, `${before}${words[i - 1]}${word}`);
    }
  }
  const out: CodePiece[] = [];
  for (const word of words) {
    if (word === "") continue;
    if (/^\s+$/.test(word)) out.push({ kind: "text", value: word });
    else if (/\s/.test(word)) out.push({ kind: "keep", value: word });
    else out.push(...wordPieces(word));
  }
  // Neighbouring text pieces read as one.
  return out.reduce<CodePiece[]>((merged, p) => {
    const last = merged.at(-1);
    if (p.kind === "text" && last?.kind === "text") last.value += p.value;
    else merged.push(p.kind === "break" ? p : { ...p });
    return merged;
  }, []);
}

/** Elements whose code is shown as is: blocks, and text a browser draws without markup. */
const leaveAlone = new Set(["pre", "option", "textarea", "script", "style"]);

function piecesToHast(text: string): ElementContent[] {
  return codePieces(text).map((piece): ElementContent => {
    if (piece.kind === "break") return { type: "element", tagName: "wbr", properties: {}, children: [] };
    if (piece.kind === "text") return { type: "text", value: piece.value };
    return {
      type: "element",
      tagName: "span",
      properties: { className: ["nowrap"] },
      children: [{ type: "text", value: piece.value }],
    };
  });
}

/**
 * Writes the pieces of every inline `code` of a tree as `<span class="nowrap">` and `<wbr>`; blocks stay as
 * they are. A code that is one short token (`-d`, `index.php`) keeps its plain markup: the stylesheet
 * never wraps an inline code with no element inside; one long token with no joint gets `code--anywhere`.
 */
export function breakInlineCode<T extends Root | Element>(tree: T): T {
  visit(tree, "element", (node: Element) => {
    if (leaveAlone.has(node.tagName)) return SKIP;
    if (node.tagName !== "code") return undefined;
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (only?.type === "text") {
      const pieces = codePieces(only.value);
      const single = pieces.length === 1 ? pieces[0] : undefined;
      if (single?.kind === "keep" || (single?.kind === "text" && !/\s/.test(single.value))) {
        if (single.value.length > longPiece && single.kind === "text")
          node.properties.className = [
            ...((node.properties.className as string[] | undefined) ?? []),
            "code--anywhere",
          ];
        return SKIP;
      }
    }
    node.children = node.children.flatMap((child) => (child.type === "text" ? piecesToHast(child.value) : [child]));
    return SKIP;
  });
  return tree;
}
