import texts from "virtual:aula/texts";
import type { Messages, StringKey } from "../core/i18n/es.ts";
import { format } from "../core/i18n/plural.ts";
import type { Translator } from "../core/i18n/index.ts";

// The course's texts in its language (`lang:` and `strings:` in curso.yaml), as the integration gives them
// to the pages and their scripts (`virtual:aula/texts`).

/** The course's language, for `<html lang>` and `Intl`. */
export const lang: string = texts.lang;
export const messages: Messages = texts.messages;

/** The text of a key in the course's language. */
export const t = (key: StringKey): string => messages[key];

/** The text of a key with its `{name}` and `{name|one|other}` placeholders filled, plurals by the course's language. */
export const f = (key: StringKey, values: { [name: string]: string | number }): string =>
  format(messages[key], values, lang);

/** The same texts as a {@link Translator}, for code that takes one. */
export const i18n: Translator = { lang, messages, t, f };
