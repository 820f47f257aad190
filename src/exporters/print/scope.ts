import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import { printableUrl } from "../../core/print/model.ts";
import { compactTable, isLoneTableHeader, isTableLike, longestLine } from "./code.ts";

export interface ScopeOptions {
  /** Maps an id of this lesson to its id in the printed document (see `createIdMapper`). */
  mapId: (id: string) => string;
  /** Section numbers by original heading id. */
  numbers: Map<string, string>;
  /** Canonical address of this lesson on the site, to resolve relative links. */
  pageUrl: string;
  /** Lessons printed in the same document, by their path on the site (`/Base/tema2/x/`): their id mapper and anchor. */
  lessonsInDocument: Map<string, { anchor: string; mapId: (id: string) => string }>;
}

const headingTags = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function sameUrl(text: string, href: string): boolean {
  const norm = (s: string) =>
    s
      .trim()
      .replace(/^(https?:\/\/|mailto:)/, "")
      .replace(/\/$/, "");
  return norm(text) === norm(href);
}

/**
 * Makes one lesson's HTML printable inside a bigger document: ids become document-wide, section
 * headings get their number, links to printed lessons become links inside the PDF, links elsewhere
 * become absolute and print their URL (`data-print-url`), and on-screen controls go, as does the dark
 * copy of each diagram (print uses the light one) and the turned copy of a wide flowchart (paper keeps
 * the original). Inline SVG keeps its own ids.
 */
export function scopeLessonHtml(html: string, options: ScopeOptions): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, "element", (node, index, parent) => {
    const cls = classes(node);
    const dropped =
      node.tagName === "button" ||
      cls.includes("heading-anchor") ||
      cls.includes("diagram__svg--dark") ||
      cls.includes("diagram__view--turned");
    if (parent && index !== undefined && dropped) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    // A diagram's ids are already unique per page and diagram (diagrams/svg.ts), and its <style>,
    // url(#…), href and aria-* point at them: renaming them here would break every reference.
    if (node.tagName === "svg") return SKIP;
    if (node.tagName === "figure" && cls.includes("code-block") && !cls.includes("code-block--commands"))
      markTable(node);
    const id = node.properties.id;
    if (typeof id === "string" && id) {
      if (headingTags.has(node.tagName)) {
        const number = options.numbers.get(id);
        if (number) {
          node.children.unshift(
            {
              type: "element",
              tagName: "span",
              properties: { className: ["heading-number"] },
              children: [{ type: "text", value: number }],
            },
            { type: "text", value: " " },
          );
        }
      }
      node.properties.id = options.mapId(id);
    }
    if (node.tagName === "a" && typeof node.properties.href === "string")
      rewriteLink(node, node.properties.href, options);
    return undefined;
  });
  return toHtml(tree);
}

function rewriteLink(node: Element, href: string, options: ScopeOptions): void {
  if (href.startsWith("#")) {
    node.properties.href = `#${options.mapId(decodeURIComponent(href.slice(1)))}`;
    return;
  }
  let url: URL;
  try {
    url = new URL(href, options.pageUrl);
  } catch {
    return;
  }
  const site = new URL(options.pageUrl);
  if (url.origin === site.origin) {
    const path = url.pathname.endsWith("/") || /\.[a-z0-9]+$/i.test(url.pathname) ? url.pathname : `${url.pathname}/`;
    const target = options.lessonsInDocument.get(path);
    if (target) {
      const fragment = decodeURIComponent(url.hash.slice(1));
      node.properties.href = fragment ? `#${target.mapId(fragment)}` : `#${target.anchor}`;
      return;
    }
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return;
  node.properties.href = url.href;
  const printed = printableUrl(url.href);
  if (!sameUrl(toString(node), url.href) && !sameUrl(toString(node), printed)) node.properties.dataPrintUrl = printed;
}

/** Marks console output laid out as a table, with its longest line, for print.css to scale it to fit. */
function markTable(figure: Element): void {
  const pre = figure.children.find((child): child is Element => child.type === "element" && child.tagName === "pre");
  const text = toString(pre ?? figure);
  if (!isTableLike(text) && !isLoneTableHeader(text)) return;
  figure.properties.className = [...classes(figure), "code-block--table"];
  const compact = compactTable(text);
  const code = pre?.children.find((child): child is Element => child.type === "element" && child.tagName === "code");
  const lines = code?.children.filter(
    (child): child is Element => child.type === "element" && classes(child).includes("line"),
  );
  const rows = compact.split("\n");
  if (lines && lines.length === rows.length)
    lines.forEach((line, i) => (line.children = [{ type: "text", value: rows[i] ?? "" }]));
  figure.properties.style = `--code-columns: ${longestLine(lines?.length === rows.length ? compact : text)}`;
}
