import type { Heading, Paragraph, PhrasingContent, Root } from "mdast";
import type {} from "mdast-util-to-hast";
import type { Node } from "unist";
import { visit } from "unist-util-visit";
import { ialClasses, ialPattern, readLeadingIal } from "../text/ial.ts";

/**
 * Kramdown IAL lines are never printed. A block IAL under a heading gives the heading its
 * classes (`{:.no_toc}` keeps it out of the table of contents).
 */
export default function remarkKramdownIal() {
  return (tree: Root) => {
    visit(tree, "paragraph", (paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const ial = readLeadingIal(paragraph);
      if (!ial) return;
      const previous = parent.children[index - 1];
      if (previous?.type === "heading" && ial.classes.length > 0) {
        const heading = previous as Heading;
        heading.data ??= {};
        const props = (heading.data.hProperties ??= {}) as Record<string, unknown>;
        props.className = [...((props.className as string[] | undefined) ?? []), ...ial.classes];
      }
      if (ial.rest.length === 0) {
        parent.children.splice(index, 1);
        return index;
      }
      paragraph.children = ial.rest;
      return undefined;
    });
  };
}
