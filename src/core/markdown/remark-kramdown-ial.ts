import type { Blockquote, Code, Heading, Paragraph, Parent, Root } from "mdast";
import type {} from "mdast-util-to-hast";
import type { Node } from "unist";
import { visit } from "unist-util-visit";
import { ialClasses, ialLang, readLeadingIal, takeTrailingIal } from "../text/ial.ts";

/** Classes a kramdown IAL gave a code block (`{:.lineno}`), for `remark-code-blocks`. */
export interface CodeIalData {
  ialClasses?: string[];
}

/** The code block a block IAL belongs to: the one right above it, else the one right below it (no blank line). */
function ialCode(parent: Parent, index: number): Code | undefined {
  const here = parent.children[index];
  const above = parent.children[index - 1];
  const below = parent.children[index + 1];
  const line = (node: Node | undefined, end: "start" | "end") => node?.position?.[end].line ?? Number.NaN;
  if (above?.type === "code" && line(above, "end") + 1 === line(here, "start")) return above;
  if (below?.type === "code" && line(here, "end") + 1 === line(below, "start")) return below;
  return undefined;
}

function setProperties(node: Node, properties: { classes?: string[]; lang?: string }): void {
  if (!properties.lang && !properties.classes?.length) return;
  node.data ??= {};
  const props = ((node.data as { hProperties?: Record<string, unknown> }).hProperties ??= {});
  if (properties.classes?.length)
    props.className = [...((props.className as string[] | undefined) ?? []), ...properties.classes];
  if (properties.lang) props.lang = properties.lang;
}

/**
 * Kramdown IAL lines are never printed. A block IAL under a heading gives the heading its classes
 * (`{:.no_toc}` keeps it out of the table of contents); next to a code block, the block's (`{:.lineno}`
 * numbers its lines). `{: lang="en"}` marks a quote in another language (WCAG 3.1.2): on the line right
 * after a paragraph it marks that paragraph, or the whole quote when the paragraph is all the quote has;
 * on its own after a quote, the quote.
 */
export default function remarkKramdownIal() {
  return (tree: Root) => {
    visit(tree, "paragraph", (paragraph: Paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const trailing = takeTrailingIal(paragraph);
      if (trailing !== undefined) {
        const whole = parent.type === "blockquote" && parent.children.length === 1;
        setProperties(whole ? parent : paragraph, { classes: ialClasses(trailing), lang: ialLang(trailing) });
      }
      const ial = readLeadingIal(paragraph);
      if (!ial) return;
      const previous = parent.children[index - 1];
      const code = ial.rest.length === 0 ? ialCode(parent, index) : undefined;
      if (code && ial.classes.length > 0) {
        const data = (code.data ??= {}) as CodeIalData;
        data.ialClasses = [...(data.ialClasses ?? []), ...ial.classes];
      } else if (previous?.type === "heading" && ial.classes.length > 0) setProperties(previous as Heading, ial);
      else if (previous?.type === "blockquote" && ial.rest.length === 0) setProperties(previous as Blockquote, ial);
      if (ial.rest.length === 0) {
        parent.children.splice(index, 1);
        return index;
      }
      paragraph.children = ial.rest;
      return undefined;
    });
  };
}
