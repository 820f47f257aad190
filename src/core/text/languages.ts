import { bundledLanguagesInfo } from "shiki/langs";
import { closest } from "./closest.ts";

/** Fence languages the site highlights and the checker knows, by what they are. */
export const shellLanguages = new Set(["bash", "sh", "shell", "zsh"]);
export const terminalFence = /^\.term\d*$/;

export const knownLanguages = new Set([
  ...shellLanguages,
  "console",
  "shellsession",
  "dockerfile",
  "docker",
  "php",
  "apache",
  "apacheconf",
  "nginx",
  "html",
  "xml",
  "css",
  "javascript",
  "js",
  "typescript",
  "ts",
  "json",
  "jsonc",
  "yaml",
  "yml",
  "toml",
  "ini",
  "text",
  "txt",
  "plaintext",
  "markdown",
  "md",
  "mermaid",
  "diff",
  "sql",
  "python",
  "py",
  "c",
  "cpp",
  "java",
  "powershell",
  "makefile",
  "http",
]);

/** What kind of content a block holds, for choosing its rules. */
export type BlockKind = "shell" | "console" | "dockerfile" | "json" | "yaml" | "mermaid" | "other" | "none";

export function blockKind(block: { lang: string }): BlockKind {
  const lang = block.lang.toLowerCase();
  if (!lang) return "none";
  if (shellLanguages.has(lang) || terminalFence.test(lang)) return "shell";
  if (lang === "console" || lang === "shellsession") return "console";
  if (lang === "dockerfile" || lang === "docker") return "dockerfile";
  if (lang === "json") return "json";
  if (lang === "yaml" || lang === "yml") return "yaml";
  if (lang === "mermaid") return "mermaid";
  return "other";
}

/**
 * Every name Shiki (the build's highlighter) knows: its bundled languages, their aliases, and its
 * plain-text names. A fence outside this list is shown as plain text, and reported.
 */
export const highlightableLanguages: ReadonlySet<string> = new Set([
  ...bundledLanguagesInfo.flatMap((l) => [l.id, ...(l.aliases ?? [])]),
  "text",
  "txt",
  "plain",
  "plaintext",
  "ansi",
  "mermaid",
]);

/** Fence names authors write for a language we highlight under another name (keyed lowercase, whole info string). */
export const languageAliases: Readonly<Record<string, string>> = {
  "php+html": "php",
  "html+php": "php",
  "sh session": "console",
  "shell session": "console",
  "sh-session": "console",
  "shell-session": "console",
  terminal: "console",
  yml: "yaml",
  output: "text",
  salida: "text",
  plain: "text",
  none: "text",
  "c++": "cpp",
  apache2: "apache",
  htaccess: "apache",
  "docker-compose": "yaml",
};

/**
 * The name to write for a fence's info string (`php+HTML` → `php`, `Dockerfile` → `dockerfile`),
 * or undefined when the language is already written as we highlight it or is unknown.
 * `replaceInfo` says whether the whole info string (`sh session`) is the language, not just its first word.
 */
export function canonicalLanguage(lang: string, meta: string): { lang: string; replaceInfo: boolean } | undefined {
  if (!lang || terminalFence.test(lang)) return undefined;
  const whole = `${lang} ${meta}`.trim().toLowerCase();
  if (meta && languageAliases[whole]) return { lang: languageAliases[whole], replaceInfo: true };
  const lower = lang.toLowerCase();
  const alias = languageAliases[lower];
  if (alias && alias !== lang) return { lang: alias, replaceInfo: false };
  if (lower !== lang && (highlightableLanguages.has(lower) || knownLanguages.has(lower)))
    return { lang: lower, replaceInfo: false };
  return undefined;
}

/** A fence language the site can highlight (or frame as a terminal). */
export function isKnownLanguage(lang: string): boolean {
  return (
    terminalFence.test(lang) || highlightableLanguages.has(lang.toLowerCase()) || knownLanguages.has(lang.toLowerCase())
  );
}

/** The known language whose name is nearest to an unknown one, for the hint. */
export function nearestLanguage(lang: string): string | undefined {
  const lower = lang.toLowerCase();
  const alias = canonicalLanguage(lang, "")?.lang;
  if (alias) return alias;
  const prefix = /^[a-z]+/.exec(lower)?.[0];
  if (prefix && prefix.length >= 2 && highlightableLanguages.has(prefix)) return prefix;
  // The languages courses use first: «bsah» is «bash», not the equally near «bat».
  return closest(lower, knownLanguages) ?? closest(lower, highlightableLanguages);
}
