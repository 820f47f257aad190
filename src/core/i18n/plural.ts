// Apart from the tables so the islands can count words without every text in their bundle.

const rules = new Map<string, Intl.PluralRules>();

/** The source language of aula's own texts: the CLI and author messages that name no course language. */
export const sourceLanguage = "es";

/**
 * The form of a word for a count, by `Intl.PluralRules` of the language: `plural(1, "pregunta", "preguntas", "es")`
 * is «pregunta». Every category but «one» takes the other form (Portuguese's «many» for a million is «other»).
 */
export function plural(count: number, one: string, other: string, lang: string = sourceLanguage): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(supportedLocale(lang));
    rules.set(lang, rule);
  }
  return rule.select(count) === "one" ? one : other;
}

/** The language tag itself if `Intl` knows it, else its first subtag (`ca-valencia` → `ca` on an old ICU). */
function supportedLocale(lang: string): string {
  return Intl.PluralRules.supportedLocalesOf([lang]).length > 0 ? lang : (lang.split("-")[0] ?? sourceLanguage);
}

/**
 * Fills a text's placeholders: `{name}` is the value, `{name|one|other}` the form of a word for that
 * count in `lang` («{n} {n|pregunta|preguntas}»). Unknown names stay as written.
 */
export function format(
  template: string,
  values: { [name: string]: string | number },
  lang: string = sourceLanguage,
): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (all, name: string, one?: string, other?: string) => {
    const value = values[name];
    if (value === undefined) return all;
    return one === undefined ? String(value) : plural(Number(value), one, other ?? "", lang);
  });
}
