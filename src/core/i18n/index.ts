import type { LanguagePack, Messages, StringKey } from "./es.ts";
import * as packs from "./languages.ts";
import { format, sourceLanguage } from "./plural.ts";

export type { Messages, StringKey } from "./es.ts";
export { format, plural, sourceLanguage } from "./plural.ts";

const byCode = new Map<string, LanguagePack>(Object.values(packs).map((pack: LanguagePack) => [pack.code, pack]));

/** Every language aula's pages can be in, by tag (`es`, `ca`, `ca-valencia`…), the source language first. */
export const languageCodes: readonly string[] = [...byCode.keys()];

/** The language's name in itself («Català»), or the tag if aula has no such language. */
export function languageName(code: string): string {
  return byCode.get(code)?.name ?? code;
}

/**
 * The tag of a known language for what a teacher wrote (`ca`, `CA`, pandoc's `es-ES` or `ca-ES-valencia`),
 * or undefined if aula has no texts in it.
 */
export function knownLanguage(written: string): string | undefined {
  const tag = written.trim().toLowerCase().replace(/_/g, "-");
  if (byCode.has(tag)) return tag;
  const subtags = tag.split("-");
  const variant = `${subtags[0]}-${subtags.at(-1)}`;
  if (subtags.length > 1 && byCode.has(variant)) return variant;
  return byCode.has(subtags[0] ?? "") ? subtags[0] : undefined;
}

/** The whole table of a language: a variant's texts over its fallback's; an unknown language is Spanish. */
export function messagesOf(lang: string): Messages {
  const pack = byCode.get(lang) ?? byCode.get(sourceLanguage);
  if (!pack) throw new Error(`aula has no texts in ${lang}`);
  return "fallback" in pack ? { ...messagesOf(pack.fallback), ...pack.messages } : pack.messages;
}

/** The texts of one course: a language's table, with the course's own overrides (`strings:` in curso.yaml). */
export interface Translator {
  /** The language tag, for `<html lang>` and `Intl`. */
  readonly lang: string;
  readonly messages: Messages;
  /** The text of a key. */
  t(key: StringKey): string;
  /** The text of a key with its `{name}` and `{name|one|other}` placeholders filled for this language. */
  f(key: StringKey, values: { [name: string]: string | number }): string;
}

export function createTranslator(lang: string = sourceLanguage, overrides: Partial<Messages> = {}): Translator {
  const messages: Messages = { ...messagesOf(lang), ...overrides };
  return {
    lang,
    messages,
    t: (key) => messages[key],
    f: (key, values) => format(messages[key], values, lang),
  };
}

/** The course's texts from what the integration carries to the pages (`lang` and the overrides). */
export function translatorFor(settings: { lang: string; strings?: Partial<Messages> }): Translator {
  return createTranslator(settings.lang, settings.strings);
}
