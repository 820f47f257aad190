import { createTranslator, type Translator } from "../core/i18n/index.ts";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The page left at an old address: the browser goes on to the lesson at once (`refresh`), search engines
 * index the lesson instead (`canonical`, `noindex`), and a reader without refresh has the link. Nothing in
 * it changes between builds, and it has no `data-pagefind-body`, so search never lists it.
 */
export function redirectPage(
  { to, canonical, title }: { to: string; canonical: string; title: string },
  { lang, t }: Translator = createTranslator(),
): string {
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · ${escape(t("redirect.title"))}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escape(canonical)}">
<meta http-equiv="refresh" content="0; url=${escape(to)}">
</head>
<body>
<p>${escape(t("redirect.text"))} <a href="${escape(to)}">${escape(title)}</a></p>
</body>
</html>
`;
}
