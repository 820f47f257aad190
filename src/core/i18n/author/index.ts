import { format } from "../plural.ts";
import { type AuthorMessageKey, type AuthorMessages, authorMessages as es } from "./es.ts";
import { authorMessages as en } from "./en.ts";

// The languages of aula's messages to teachers. Adding one is a file `./<code>.ts` and one line here.
const catalogs: Readonly<Record<string, AuthorMessages>> = { es, en };

/**
 * The language aula speaks to a teacher in: `AULA_LANG` if set, else the course's `lang:`; a language without
 * these messages gets Spanish (Catalan, Basque, Galician and Portuguese teachers read it more easily than English).
 */
export function authorLanguage(envLang: string | undefined, courseLang: string | undefined): string {
  for (const written of [envLang, courseLang]) {
    const tag = written?.trim().toLowerCase().split(/[-_.]/)[0];
    if (tag) return tag in catalogs ? tag : "es";
  }
  return "es";
}

/** A message to the teacher in `lang`, its placeholders filled. */
export function say(lang: string, key: AuthorMessageKey, values: { [name: string]: string | number } = {}): string {
  const catalog = catalogs[lang] ?? es;
  return format(catalog[key], values, lang in catalogs ? lang : "es");
}

export type { AuthorMessageKey };
