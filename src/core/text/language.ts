/**
 * A cheap guess of a passage's language, English or Spanish, by its most common words: enough to notice
 * a quote copied from the English Wikipedia into a Spanish lesson. Words both languages use («a», «no»,
 * «me», «son», «sin», «has») count for neither.
 */
export type GuessedLanguage = "en" | "es";

const stopWords: Record<GuessedLanguage, Set<string>> = {
  en: new Set(
    (
      "the of and to in is it that for on with as was are be by this from or an at which but not have were their " +
      "they its can will would there been into other also such than these more may should often usually without " +
      "typically what when who how we you your our all any each only some if then them do does did used being"
    ).split(" "),
  ),
  es: new Set(
    (
      "de la que el en y los del se las por un para con una su al lo como más pero sus le ya o este porque esta " +
      "entre cuando muy sobre también hasta hay donde desde todo nos durante todos uno les ni contra otros ese eso " +
      "ante ellos esto antes algunos qué unos otro otras otra él tanto esa estos mucho nada muchos cual poco ella " +
      "estar estas algunas algo es fue ha está puede pueden"
    ).split(" "),
  ),
};

/** Fewer common words than this say nothing either way. */
const minimumHits = 4;

/** The language whose common words are at least twice as frequent as the other's, if the text has enough of them. */
export function guessLanguage(text: string): GuessedLanguage | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = { en: 0, es: 0 };
  for (const word of words) {
    if (stopWords.en.has(word)) hits.en++;
    if (stopWords.es.has(word)) hits.es++;
  }
  if (hits.en >= minimumHits && hits.en >= 2 * hits.es) return "en";
  if (hits.es >= minimumHits && hits.es >= 2 * hits.en) return "es";
  return undefined;
}
