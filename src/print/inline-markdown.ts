/**
 * A tiny renderer for the inline Markdown of quiz text in the answer key: `code`, **strong**,
 * *emphasis*, [links](url) and <autolinks>. Everything else is escaped text, so an author's
 * stray `<` can never break the printed page.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

const safeUrl = /^(https?:|mailto:|\/|#|\.)/i;

const rules: { pattern: RegExp; render: (m: RegExpExecArray) => string }[] = [
  { pattern: /^(`+)([\s\S]*?[^`])\1(?!`)/, render: (m) => `<code>${escapeHtml((m[2] ?? "").trim())}</code>` },
  { pattern: /^\\([\\`*_[\]()<>#!-])/, render: (m) => escapeHtml(m[1] ?? "") },
  {
    pattern: /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/,
    render: (m) => `<a href="${escapeHtml(m[1] ?? "")}">${escapeHtml(m[1] ?? "")}</a>`,
  },
  {
    pattern: /^\[([^\]]+)\]\(([^)\s]+)\)/,
    render: (m) => {
      const url = m[2] ?? "";
      const text = renderInlineMarkdown(m[1] ?? "");
      return safeUrl.test(url) ? `<a href="${escapeHtml(url)}">${text}</a>` : text;
    },
  },
  { pattern: /^(\*\*|__)(?=\S)([\s\S]*?\S)\1/, render: (m) => `<strong>${renderInlineMarkdown(m[2] ?? "")}</strong>` },
  { pattern: /^(\*|_)(?=\S)([\s\S]*?\S)\1(?![*_])/, render: (m) => `<em>${renderInlineMarkdown(m[2] ?? "")}</em>` },
];

export function renderInlineMarkdown(source: string): string {
  let out = "";
  let text = "";
  let rest = source;
  outer: while (rest.length > 0) {
    for (const rule of rules) {
      const match = rule.pattern.exec(rest);
      if (!match) continue;
      out += escapeHtml(text) + rule.render(match);
      text = "";
      rest = rest.slice(match[0].length);
      continue outer;
    }
    text += rest[0];
    rest = rest.slice(1);
  }
  return out + escapeHtml(text);
}

/** The same text without markup, for places that take plain text (bookmarks, CSS strings). */
export function inlineMarkdownToText(source: string): string {
  return renderInlineMarkdown(source)
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
