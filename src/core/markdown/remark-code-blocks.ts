import type { Code, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { reportInFile } from "../problems/report.ts";
import type { CodeIalData } from "./remark-kramdown-ial.ts";
import { createTranslator, type Translator } from "../i18n/index.ts";
import { canonicalLanguage, highlightableLanguages, nearestLanguage } from "../text/languages.ts";

/** Play-with-Docker's ```` ```.term1 ```` fences: commands typed in terminal N. */
export const terminalFencePattern = /^\.term\d*$/;

/** What a fence's language means to the site: what to highlight with, and how to frame it. */
export function classifyFence(
  lang: string | null | undefined,
  { t }: Translator = createTranslator(),
): {
  highlightAs: string;
  terminal: boolean;
  label?: string;
} {
  if (!lang) return { highlightAs: "text", terminal: false };
  if (terminalFencePattern.test(lang)) return { highlightAs: "bash", terminal: true, label: t("code.terminal") };
  if (lang === "console") return { highlightAs: "console", terminal: true, label: t("code.terminal") };
  return { highlightAs: lang.toLowerCase(), terminal: false };
}

/** Fences whose text is what a program printed: nothing to copy and paste, so no «Copiar». */
const outputLanguages = new Set(["text", "txt", "plaintext", "plain", "output", "log"]);

/**
 * Output only: a `text`/`output`… fence, or a `console` session with no `$ ` prompt (no command in it).
 * An untagged fence may hold a command or a file, so it keeps its button.
 */
export function isOutputOnly(lang: string | null | undefined, value: string): boolean {
  const name = (lang ?? "").toLowerCase();
  if (outputLanguages.has(name)) return true;
  return name === "console" && !/^\s*\$ /m.test(value);
}

/**
 * A language Shiki does not know is reported here, at its line, with the nearest known name, and
 * shown as an alias's language or plain text: Shiki's own warning has no file or line.
 */
function knownOrReported(highlightAs: string, node: Code, file: VFile): string {
  if (highlightableLanguages.has(highlightAs)) return highlightAs;
  const alias = canonicalLanguage(node.lang ?? "", node.meta ?? "")?.lang;
  const nearest = alias ?? nearestLanguage(highlightAs);
  reportInFile(file, node, {
    severity: "warning",
    ruleId: "code/language",
    message: `Lenguaje desconocido «${node.lang}»: ${alias ? `se resalta como «${alias}»` : "se muestra sin resaltar"}`,
    fix: nearest ? `escribe \`\`\`${nearest} (npx aula lint --fix cambia los alias conocidos)` : "usa ```text",
  });
  return alias && highlightableLanguages.has(alias) ? alias : "text";
}

/**
 * Whether a block's lines are numbered: the fence's `showLineNumbers` (or `showLineNumbers=false`) wins,
 * then kramdown's `{:.lineno}` next to it, then the lesson's or the course's `lineNumbers`.
 */
export function numbersLines(
  meta: string | null | undefined,
  ialClasses: readonly string[],
  byDefault: boolean,
): boolean {
  const flag = /(?:^|\s)showLineNumbers(?:=(true|false))?(?=\s|$)/.exec(meta ?? "");
  if (flag) return flag[1] !== "false";
  if (ialClasses.includes("lineno")) return true;
  return byDefault;
}

/**
 * Frames every fenced block in a `<figure>` with a copy button (none on output, see `isOutputOnly`):
 * untagged fences are plain text, `.termN` fences are shell commands shown as a terminal. The button
 * sits in a bar above the code, never over it: a label's bar, or a bare one (no border) when there is none.
 * A numbered block gets `code-block--numbered`: the numbers are CSS counters, so they are never selected
 * or copied with the code.
 */
export default function remarkCodeBlocks(options: { i18n?: Translator } = {}) {
  const i18n = options.i18n ?? createTranslator();
  return (tree: Root, file: VFile) => {
    visit(tree, "code", (node: Code, index, parent) => {
      if (!parent || index === undefined) return;
      const fence = classifyFence(node.lang, i18n);
      const { terminal, label } = fence;
      const highlightAs = knownOrReported(fence.highlightAs, node, file);
      const sourceLang = node.lang ?? "";
      const copy = !isOutputOnly(sourceLang, node.value);
      node.lang = highlightAs;
      const className = ["code-block"];
      if (terminal) className.push("code-block--terminal");
      if (sourceLang && terminalFencePattern.test(sourceLang)) className.push("code-block--commands");
      const ialClasses = (node.data as CodeIalData | undefined)?.ialClasses ?? [];
      if (numbersLines(node.meta, ialClasses, file.data.aula?.lineNumbers ?? false))
        className.push("code-block--numbered");
      const header = {
        type: "codeHeader",
        data: {
          hName: "div",
          hProperties: { className: ["code-block__header", ...(label ? [] : ["code-block__header--bare"])] },
        },
        children: [...(label ? [{ type: "text", value: label }] : []), ...(copy ? [copyButton(i18n)] : [])],
      };
      parent.children[index] = {
        type: "codeFigure",
        data: {
          hName: "figure",
          hProperties: { className, dataLang: sourceLang || "text" },
        },
        children: [...(header.children.length > 0 ? [header] : []), node],
      } as never;
      return "skip";
    });
  };
}

function copyButton({ t }: Translator) {
  return {
    type: "copyButton",
    data: {
      hName: "button",
      hProperties: {
        type: "button",
        className: ["code-block__copy"],
        hidden: true,
        dataCopy: "",
        ariaLabel: t("code.copyLabel"),
        dataCopied: t("code.copied"),
      },
    },
    children: [{ type: "text", value: t("code.copy") }],
  };
}
