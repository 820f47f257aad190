import type { Paragraph, PhrasingContent } from "mdast";
import type { Node } from "unist";

/** `{:.no_toc}`, `{: .class #id}`: kramdown's inline attribute lists. */
export const ialPattern = /^\{:\s*([^}]*)\}/;

export function ialClasses(attributes: string): string[] {
  return [...attributes.matchAll(/\.([\w-]+)/g)].map((m) => m[1] ?? "").filter(Boolean);
}

/** `lang="en"`, `lang='en'` or `lang=en` in an IAL: the language of the block it marks. */
export function ialLang(attributes: string): string | undefined {
  const match = /(?:^|\s)lang=(?:"([^"]*)"|'([^']*)'|([\w-]+))/.exec(attributes);
  const lang = match?.[1] ?? match?.[2] ?? match?.[3];
  return lang?.trim() || undefined;
}

/** `{: lang="en"}` on the last line of a paragraph (kramdown puts a block's IAL right after it). */
const trailingIalPattern = /\n[ \t]*\{:\s*([^}]*)\}[ \t]*$/;

/** A paragraph's trailing IAL: its attributes, removed from the paragraph's text. */
export function takeTrailingIal(paragraph: Paragraph): string | undefined {
  const last = paragraph.children.at(-1);
  if (last?.type !== "text") return undefined;
  const match = trailingIalPattern.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index);
  if (!last.value) paragraph.children.pop();
  return match[1] ?? "";
}

/** A paragraph's leading `{: .class #id}`: its classes, id, and the content after it. */
export function readLeadingIal(
  paragraph: Paragraph,
): { classes: string[]; id?: string; lang?: string; rest: PhrasingContent[] } | undefined {
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
  return {
    classes: ialClasses(attributes),
    id: /(?:^|\s)#([\w-]+)/.exec(attributes)?.[1],
    lang: ialLang(attributes),
    rest,
  };
}

function shiftStart(node: Node, by: number): Node["position"] {
  const p = node.position;
  if (!p || p.start.offset === undefined) return p;
  return { ...p, start: { ...p.start, column: p.start.column + by, offset: p.start.offset + by } };
}
