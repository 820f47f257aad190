import type { CodeBlock } from "./model.ts";

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

export function blockKind(block: Pick<CodeBlock, "lang">): BlockKind {
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
