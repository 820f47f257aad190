import type { Node } from "unist";

/** The Markdown source of `from`..`to`, as the author wrote it. */
export function source(text: string, from: Node | undefined, to: Node | undefined = from): string {
  const start = from?.position?.start.offset;
  const end = to?.position?.end.offset;
  return start === undefined || end === undefined ? "" : text.slice(start, end);
}

/** Lines of Markdown source as one line of inline Markdown: indentation and `>` dropped. */
export function inlineSource(text: string, quote = false): string {
  return text
    .split("\n")
    .map((line) => (quote ? line.trim().replace(/^>\s?/, "") : line).trim())
    .filter(Boolean)
    .join(" ");
}
