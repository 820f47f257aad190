import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { visit, EXIT } from "unist-util-visit";

/** The first paragraph of a lesson as plain text, cut at a word, for `<meta name="description">`. */
export function summarize(html: string | undefined, maxLength = 160): string | undefined {
  if (!html) return undefined;
  const tree: Root = fromHtml(html, { fragment: true });
  let text = "";
  visit(tree, "element", (node: Element) => {
    if (node.tagName !== "p" || String(node.properties.className ?? "").includes("callout-title")) return;
    text = toText(node).replace(/\s+/g, " ").trim();
    return text ? EXIT : undefined;
  });
  if (!text) return undefined;
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}…`;
}
