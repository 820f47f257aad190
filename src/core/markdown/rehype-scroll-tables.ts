import type { Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * A lesson's tables scroll sideways when wider than the column (`.prose table` in global.css), as code
 * blocks do: like Shiki's `<pre>`, each one takes the keyboard's focus, so arrow keys scroll it (WCAG 2.1.1).
 */
export default function rehypeScrollTables() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName === "table" && node.properties.tabIndex === undefined) node.properties.tabIndex = 0;
    });
  };
}
