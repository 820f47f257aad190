import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { visit } from "unist-util-visit";

/** The page's HTML as a tree, to ask for elements the way a reader finds them. */
export const htmlTree = (html: string) => fromHtml(html, { fragment: true });

/** Elements (in document order) that match: a tag and/or a class, and attributes given as hast properties. */
export function elements(
  tree: Root | Element,
  match: { tag?: string; className?: string; props?: Record<string, string | boolean>; within?: string },
): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (node: Element) => {
    if (match.tag && node.tagName !== match.tag) return;
    const classes = (node.properties.className as string[] | undefined) ?? [];
    if (match.className && !classes.includes(match.className)) return;
    for (const [key, value] of Object.entries(match.props ?? {})) {
      const actual = node.properties[key];
      if (value === true ? actual === undefined || actual === null || actual === false : String(actual) !== value)
        return;
    }
    found.push(node);
  });
  return found;
}

export const text = (node: Element) => toText(node).replace(/\s+/g, " ").trim();
