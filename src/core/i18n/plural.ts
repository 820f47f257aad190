// Apart from `./es.ts` so the islands can count words without the whole strings table in their bundle.

let rules: Intl.PluralRules | undefined;

/** The Spanish form for a count: `plural(1, "pregunta", "preguntas")` is «pregunta». */
export function plural(count: number, one: string, other: string): string {
  rules ??= new Intl.PluralRules("es");
  return rules.select(count) === "one" ? one : other;
}

/**
 * Fills a text's placeholders: `{name}` is the value, `{name|one|other}` the form of a word for that
 * count («{n} {n|pregunta|preguntas}»). Unknown names stay as written.
 */
export function format(template: string, values: { [name: string]: string | number }): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (all, name: string, one?: string, other?: string) => {
    const value = values[name];
    if (value === undefined) return all;
    return one === undefined ? String(value) : plural(Number(value), one, other ?? "");
  });
}
