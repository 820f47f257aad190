import type { ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import type { PhrasingContent } from "mdast";
import { toHast } from "mdast-util-to-hast";
import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import { parseMarkdown } from "./parse.ts";

const safeUrl = /^(https?:|mailto:|\/|#|\.|[^:]*$)/i;

/**
 * Inline Markdown (quiz text, the answer key): `code`, emphasis, ~~strike~~, links and bare URLs,
 * parsed as the lessons are. Raw HTML is shown as text and links to other schemes (`javascript:`)
 * keep only their text, so an author's stray `<` can never break a page.
 */
export function inlineMarkdown(markdown: string): ElementContent[] {
  const tree = parseMarkdown(markdown);
  const phrasing: PhrasingContent[] = [];
  for (const block of tree.children) {
    if (phrasing.length > 0) phrasing.push({ type: "text", value: " " });
    if (block.type === "paragraph") phrasing.push(...block.children);
    else phrasing.push({ type: "text", value: toString(block) });
  }
  const paragraph = { type: "paragraph" as const, children: phrasing };
  visit(paragraph, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === "html") parent.children[index] = { type: "text", value: node.value };
    else if (node.type === "link" && !safeUrl.test(node.url)) {
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    }
    return undefined;
  });
  const hast = toHast(paragraph);
  return hast.type === "element" ? hast.children : [];
}

/** The same as an HTML string, for templates that take markup. */
export function inlineMarkdownToHtml(markdown: string): string {
  return toHtml(inlineMarkdown(markdown));
}
