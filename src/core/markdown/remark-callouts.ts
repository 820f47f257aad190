import type { BlockContent, Paragraph, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { StringKey } from "../i18n/es.ts";
import { createTranslator, type Translator } from "../i18n/index.ts";

export const calloutKinds = ["info", "hint", "task", "reto", "warning", "alert"] as const;
export type CalloutKind = (typeof calloutKinds)[number];

/** Markers in other languages, accepted in every course: English `-challenge-`, Catalan `-repte-`, `-pista-`, `-tasca-`. */
export const calloutAliases: Readonly<Record<string, CalloutKind>> = {
  challenge: "reto",
  repte: "reto",
  pista: "hint",
  tasca: "task",
  tarea: "task",
};

const markerPattern = new RegExp(`^\\s*-(${[...calloutKinds, ...Object.keys(calloutAliases)].join("|")})-\\s*`);

/** Removes a leading `-info-` style marker from a paragraph and says which kind it was. */
function takeMarker(paragraph: Paragraph): CalloutKind | undefined {
  const first = paragraph.children[0];
  if (first?.type !== "text") return undefined;
  const match = markerPattern.exec(first.value);
  if (!match) return undefined;
  first.value = first.value.slice(match[0].length);
  if (!first.value) paragraph.children.shift();
  const marker = match[1] ?? "";
  return calloutAliases[marker] ?? (marker as CalloutKind);
}

/**
 * «-task-**Tarea - Crear cuenta**» would read «Tarea Tarea - Crear cuenta»: the label the callout prints is
 * dropped from the start of its first bold or italic words, with the dash or colon after it.
 */
function dropRepeatedLabel(paragraph: Paragraph | undefined, label: string): void {
  const first = paragraph?.children[0];
  if (!paragraph || (first?.type !== "strong" && first?.type !== "emphasis")) return;
  const text = first.children[0];
  if (text?.type !== "text") return;
  const start = text.value.trimStart();
  const same = start.slice(0, label.length).localeCompare(label, undefined, { sensitivity: "base" }) === 0;
  const repeated = same ? /^[\s:.·–—-]*/.exec(start.slice(label.length)) : null;
  if (!repeated || (repeated[0] === "" && start.length > label.length)) return;
  text.value = start.slice(label.length + repeated[0].length);
  if (text.value) return;
  first.children.shift();
  if (first.children.length > 0) return;
  paragraph.children.shift();
  const next = paragraph.children[0];
  if (next?.type === "text") next.value = next.value.replace(/^[\s:.·–—-]+/, "");
}

function calloutNode(kind: CalloutKind, children: BlockContent[], i18n: Translator) {
  const label = i18n.t(`callout.${kind}` as StringKey);
  const first = children[0]?.type === "paragraph" ? children[0] : undefined;
  dropRepeatedLabel(first, label);
  if (first?.children.length === 0) children.shift();
  const title: Paragraph = {
    type: "paragraph",
    data: { hProperties: { className: ["callout-title"] } },
    children: [{ type: "text", value: label }],
  };
  return {
    type: "callout",
    data: { hName: "aside", hProperties: { className: ["callout", `callout--${kind}`] } },
    children: [title, ...children],
  };
}

/** Options for {@link remarkCallouts}. */
export interface Options {
  /** The course's texts: the callout's title in its language. */
  i18n?: Translator;
}

/**
 * Paragraphs that begin `-info-`, `-hint-`, `-task-`, `-reto-`, `-warning-` or `-alert-`
 * (the convention of the course's Jekyll theme; the aliases above too) become styled callouts, also inside `>` quotes.
 */
export default function remarkCallouts(options: Options = {}) {
  const i18n = options.i18n ?? createTranslator();
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === "blockquote") {
        const first = node.children[0];
        if (first?.type !== "paragraph") return;
        const kind = takeMarker(first);
        if (!kind) return;
        if (first.children.length === 0) node.children.shift();
        parent.children[index] = calloutNode(kind, node.children as BlockContent[], i18n) as unknown as BlockContent;
        return "skip";
      }
      if (node.type === "paragraph" && parent.type !== "blockquote") {
        const kind = takeMarker(node);
        if (!kind) return;
        parent.children[index] = calloutNode(kind, [node], i18n) as unknown as BlockContent;
        return "skip";
      }
      return undefined;
    });
  };
}
