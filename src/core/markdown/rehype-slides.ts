import type { Element, ElementContent, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import type { VFile } from "vfile";
import {
  slidesKey,
  type ContainerTags,
  type SlideBlock,
  type SlideBlockKind,
  type SlideBlockPart,
} from "../slides/model.ts";

/** The start of a speaker-notes blockquote: «> Notas: …» or «> Notes: …», in bold or not. */
const notesPattern = /^\s*(?:notas|notes)\s*:\s*/i;

function classesOf(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : value ? String(value).split(" ") : [];
}

function elements(nodes: readonly (RootContent | ElementContent)[]): Element[] {
  return nodes.filter((node): node is Element => node.type === "element");
}

function count(node: Element, tagName: string, className?: string): number {
  let found = 0;
  const walk = (current: Element) => {
    for (const child of elements(current.children)) {
      if (child.tagName === tagName && (!className || classesOf(child).includes(className))) found++;
      walk(child);
    }
  };
  walk(node);
  return found;
}

/** Whether a blockquote is speaker notes: its first paragraph starts with «Notas:». */
function isNotes(node: Element): boolean {
  if (node.tagName !== "blockquote") return false;
  const first = elements(node.children)[0];
  return first?.tagName === "p" && notesPattern.test(toString(first));
}

/** Drops the «Notas:» label from the notes' first paragraph, wherever its text nodes are (`**Notas:**`). */
function dropNotesLabel(paragraph: Element): void {
  let left = notesPattern.exec(toString(paragraph))?.[0].length ?? 0;
  const trim = (parent: Element) => {
    for (const child of [...parent.children]) {
      if (left <= 0) return;
      if (child.type === "text") {
        const cut = Math.min(left, child.value.length);
        child.value = child.value.slice(cut);
        left -= cut;
      } else if (child.type === "element") trim(child);
      const empty =
        (child.type === "text" && child.value === "") || (child.type === "element" && toString(child) === "");
      if (empty) parent.children.splice(parent.children.indexOf(child), 1);
    }
  };
  trim(paragraph);
}

function kindOf(node: Element): SlideBlockKind {
  const classes = classesOf(node);
  if (/^h[1-6]$/.test(node.tagName)) return "heading";
  if (node.tagName === "aula-quiz") return "quiz";
  if (classes.includes("diagram")) return "diagram";
  if (classes.includes("code-block") || node.tagName === "pre") return "code";
  if (node.tagName === "ul" || node.tagName === "ol" || node.tagName === "dl") return "list";
  if (node.tagName === "table" || count(node, "table") > 0) return "table";
  const media = count(node, "img") + count(node, "iframe") + count(node, "video");
  if (media > 0 && toString(node).trim().length < 80) return "image";
  return "text";
}

/** Containers a slide may end inside of, between their children. */
const splittable = new Set(["ul", "ol", "blockquote"]);

/** A container's tags around its children, split where a placeholder child stood. */
function containerTags(node: Element): ContainerTags {
  const { start, ...properties } = node.properties;
  const marker = "\u0000";
  const [open = "", close = ""] = toHtml({ ...node, properties, children: [{ type: "text", value: marker }] }).split(
    marker,
  );
  return { open, close, ...(node.tagName === "ol" ? { start: typeof start === "number" ? start : 1 } : {}) };
}

function size(node: Element, kind: SlideBlockKind) {
  const text = toString(node);
  const items =
    kind === "list"
      ? count(node, "li")
      : kind === "table"
        ? count(node, "tr")
        : kind === "quiz"
          ? count(node, "li", "quiz__option")
          : 0;
  const lines =
    kind === "code" ? Math.max(count(node, "span", "line"), text.split("\n").length) : count(node, "span", "line");
  return { chars: text.length, lines, items };
}

function block(node: Element): SlideBlock {
  const kind = kindOf(node);
  const children = elements(node.children);
  const part = (child: Element): SlideBlockPart => {
    const partKind = kindOf(child);
    return { kind: partKind, ...size(child, partKind), html: toHtml(child) };
  };
  const lists: ContainerTags[] = [];
  // A quote's numbered steps split between steps too: a list in a container lends its items as parts.
  const parts = splittable.has(node.tagName)
    ? children.flatMap((child) => {
        const items = elements(child.children);
        if (node.tagName !== "blockquote" || !["ul", "ol"].includes(child.tagName) || items.length < 2)
          return [part(child)];
        const list = lists.push(containerTags(child)) - 1;
        return items.map((item, position) => ({ ...part(item), inner: { list, position } }));
      })
    : [];
  return {
    kind,
    ...(kind === "heading" ? { level: Number(node.tagName.slice(1)), text: toString(node).trim() } : {}),
    ...size(node, kind),
    html: toHtml(node),
    ...(parts.length > 1 ? { parts, tags: containerTags(node), ...(lists.length ? { lists } : {}) } : {}),
  };
}

/**
 * Speaker notes and slides. A top-level blockquote that starts with «Notas:» (or «Notes:») is taken out
 * of the lesson, so its page, PDF and search index never show it. The lesson's top-level blocks, notes
 * included, are published in order with their size in `frontmatter[slidesKey]` (see `src/core/slides/`).
 * Runs last, on the tree as the page gets it. MDX lessons, whose components render later, get no slides.
 */
export default function rehypeSlides() {
  return (tree: Root, file: VFile) => {
    const blocks: SlideBlock[] = [];
    const mdx = /\.mdx$/i.test(file.path ?? "");
    const kept: RootContent[] = [];
    for (const node of tree.children) {
      if (node.type !== "element") {
        kept.push(node);
        continue;
      }
      if (isNotes(node)) {
        dropNotesLabel(elements(node.children)[0]!);
        const html = toHtml(node.children);
        blocks.push({ kind: "notes", chars: toString(node).length, lines: 0, items: 0, html });
        // The whitespace before it goes too, so the page's HTML reads as if it was never there.
        if (kept.at(-1)?.type === "text") kept.pop();
        continue;
      }
      kept.push(node);
      if (!mdx) blocks.push(block(node));
    }
    tree.children = kept;
    if (mdx) return;
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[slidesKey] = blocks;
  };
}
