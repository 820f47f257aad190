import type { Element, ElementContent, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { codePieces } from "../text/code-breaks.ts";

/** Elements whose code is shown as is: blocks, and text a browser draws without markup. */
const leaveAlone = new Set(["pre", "option", "textarea", "script", "style"]);

function toHast(text: string): ElementContent[] {
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
 * Inline `code` wraps only at spaces and after `/` (see `src/core/text/code-breaks.ts`): each piece that a
 * browser could break inside becomes a `<span class="nowrap">`, and `<wbr>` marks the breaks after slashes.
 * The text read, copied and indexed is unchanged.
 */
export default function rehypeInlineCode() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (leaveAlone.has(node.tagName)) return SKIP;
      if (node.tagName !== "code") return undefined;
      node.children = node.children.flatMap((child) => (child.type === "text" ? toHast(child.value) : [child]));
      return SKIP;
    });
  };
}
