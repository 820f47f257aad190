import { toString } from "mdast-util-to-string";
import { inlineMarkdownToHtml } from "../../core/text/inline.ts";
import { parseMarkdown } from "../../core/text/parse.ts";

/** GIFT's special characters: each is written with a backslash in front. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

/** Inline Markdown as HTML on one line (a blank line would end a GIFT question). */
export function markdownHtml(markdown: string): string {
  return inlineMarkdownToHtml(markdown).replace(/\s*\n\s*/g, " ");
}

/**
 * Inline Markdown of a fragment that sits between blanks: Markdown would drop its surrounding
 * spaces, which separate it from the blank.
 */
export function fragmentHtml(markdown: string): string {
  const lead = /^\s*/.exec(markdown)?.[0] ?? "";
  const trail = /\s*$/.exec(markdown)?.[0] ?? "";
  const inner = markdown.trim();
  return (lead ? " " : "") + (inner ? markdownHtml(inner) : "") + (trail && inner ? " " : "");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Moodle's fractions, in percent, for `n` equal shares: 33.33333, not 33.333333333333336. */
export function share(n: number): string {
  return String(Math.round((100 / n) * 100000) / 100000);
}

/** A category path: `/` separates levels in Moodle, so a title's own slash is doubled. */
export function categoryPath(unitTitle: string, lessonTitle: string): string {
  const level = (title: string) => title.replace(/\//g, "//");
  return `$course$/${level(unitTitle)}/${level(lessonTitle)}`;
}

/** Inline Markdown as plain text, for fields Moodle shows as text (a matching's right items). */
export function markdownText(markdown: string): string {
  return toString(parseMarkdown(markdown)).replace(/\s+/g, " ").trim();
}
