import type { Heading, Paragraph, PhrasingContent, Root } from "mdast";
import type {} from "mdast-util-to-hast";
import type { Node } from "unist";
import { visit } from "unist-util-visit";

/** `{:.no_toc}`, `{: .class #id}`: kramdown's inline attribute lists. */
export const ialPattern = /^\{:\s*([^}]*)\}/;

export function ialClasses(attributes: string): string[] {
  return [...attributes.matchAll(/\.([\w-]+)/g)].map((m) => m[1] ?? "").filter(Boolean);
}

/** A paragraph's leading `{: .class #id}`: its classes, id, and the content after it. */
export function readLeadingIal(
  paragraph: Paragraph,
): { classes: string[]; id?: string; rest: PhrasingContent[] } | undefined {
  const first = paragraph.children[0];
  if (first?.type !== "text") return undefined;
  const match = ialPattern.exec(first.value);
  if (!match) return undefined;
  const attributes = match[1] ?? "";
  const remainder = first.value.slice(match[0].length);
  const rest: PhrasingContent[] = remainder.trim()
    ? [{ ...first, value: remainder, position: shiftStart(first, match[0].length) }]
    : [];
  rest.push(...paragraph.children.slice(1));
  // `{:.quiz}<br>` puts a line break right after the IAL; it carries no content.
  while (
    rest[0] &&
    (rest[0].type === "break" ||
      (rest[0].type === "html" && /^<br\s*\/?>$/i.test(rest[0].value)) ||
      (rest[0].type === "text" && !rest[0].value.trim()))
  )
    rest.shift();
  return { classes: ialClasses(attributes), id: /(?:^|\s)#([\w-]+)/.exec(attributes)?.[1], rest };
}

function shiftStart(node: Node, by: number): Node["position"] {
  const p = node.position;
  if (!p || p.start.offset === undefined) return p;
  return { ...p, start: { ...p.start, column: p.start.column + by, offset: p.start.offset + by } };
}

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
