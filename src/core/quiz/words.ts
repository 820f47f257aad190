// The authoring words of quizzes in other languages. The Spanish ones are the names the code reads;
// these are accepted in every course, whatever its language (the guide: docs/idiomas/01-idiomas.md).

/** A quiz's classes (`{:.quiz .shuffle}`) and MDX flags (`<Quiz shuffle>`) in English and Catalan, by their Spanish name. */
export const quizClassAliases: Readonly<Record<string, string>> = {
  shuffle: "barajar",
  "no-shuffle": "no-barajar",
  barreja: "barajar",
  "no-barreja": "no-barajar",
  exact: "exacta",
  exacte: "exacta",
};

/** The classes with every alias turned into its Spanish name. */
export function canonicalClasses(classes: readonly string[]): string[] {
  return classes.map((name) => quizClassAliases[name] ?? name);
}

/** The label that makes a quote a hint: `Pista:` (Spanish, Catalan, Galician, Basque), `Hint:`, `Dica:` (Portuguese). */
export const hintLabels = ["pista", "hint", "dica"] as const;
