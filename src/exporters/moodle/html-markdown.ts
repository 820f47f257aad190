import type { ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";

/** Characters that would start Markdown syntax in plain text. */
export const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);

function code(text: string): string {
  const fence = "`".repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(textOf).join("") : "";
}

function walk(nodes: (RootContent | ElementContent)[]): string {
  return nodes
    .map((node): string => {
      if (node.type === "text") return escapeMarkdown(node.value.replace(/\s+/g, " "));
      if (node.type !== "element") return "";
      const inner = () => walk(node.children);
      switch (node.tagName) {
        case "code":
        case "kbd":
        case "tt":
          return code(textOf(node));
        case "strong":
        case "b":
          return `**${inner()}**`;
        case "em":
        case "i":
          return `*${inner()}*`;
        case "a":
          return `[${inner()}](${String(node.properties.href ?? "")})`;
        case "br":
          return " ";
        case "p":
        case "div":
        case "li":
          return ` ${inner()} `;
        default:
          return inner();
      }
    })
    .join("");
}

/** GIFT/Moodle HTML as one line of inline Markdown: code, bold, italics and links kept; other tags dropped. */
export function htmlToInlineMarkdown(html: string): string {
  return walk(fromHtml(html, { fragment: true }).children)
    .replace(/\s+/g, " ")
    .trim();
}
