import { say } from "../i18n/author/index.ts";
import type { Problem, Severity } from "./model.ts";

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(problems: readonly Problem[]): Summary {
  return {
    errors: problems.filter((p) => p.severity === "error").length,
    warnings: problems.filter((p) => p.severity === "warning").length,
    infos: problems.filter((p) => p.severity === "info").length,
  };
}

/** `file:line:col  severity  message  (fix)  [rule]`: one line per problem, as compilers print them. */
export function formatProblem(p: Problem): string {
  return problemLine(p, "es");
}

/** {@link formatProblem} in the teacher's language (`authorLanguage` in `src/core/i18n/author/`): only the severity changes. */
export const problemFormatter = (lang: string) => (p: Problem) => problemLine(p, lang);

function problemLine(p: Problem, lang: string): string {
  const where = [p.file, p.line, p.line !== undefined ? p.column : undefined]
    .filter((part) => part !== undefined)
    .join(":");
  const fix = p.fix ? `  (${p.fix})` : "";
  return `${where}  ${say(lang, `severity.${p.severity}`)}  ${p.message}${fix}  [${p.ruleId}]`;
}

/** Each problem's line, then the source line and a caret under the column when the file's text is known. */
export function formatHuman(
  problems: readonly Problem[],
  sources: ReadonlyMap<string, string> = new Map(),
  lang = "es",
): string {
  const lines = new Map<string, string[] | undefined>();
  const out: string[] = [];
  for (const p of problems) {
    out.push(problemLine(p, lang));
    if (p.line === undefined) continue;
    if (!lines.has(p.file)) lines.set(p.file, sources.get(p.file)?.split("\n"));
    const text = lines.get(p.file)?.[p.line - 1];
    if (text === undefined) continue;
    const gutter = String(p.line);
    out.push(`  ${gutter} | ${text}`);
    const caretPad = [...text.slice(0, (p.column ?? 1) - 1)].map((c) => (c === "\t" ? "\t" : " ")).join("");
    out.push(`  ${" ".repeat(gutter.length)} | ${caretPad}^`);
  }
  return out.join("\n");
}

export function formatJson(problems: readonly Problem[]): string {
  return JSON.stringify(problems, null, 2);
}

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
const commands: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** GitHub Actions workflow commands: each problem becomes an annotation on its line. */
export function formatGithub(problems: readonly Problem[]): string {
  return problems
    .map((p) => {
      const place = [
        `file=${escapeProperty(p.file)}`,
        p.line !== undefined ? `line=${p.line}` : undefined,
        p.line !== undefined && p.column !== undefined ? `col=${p.column}` : undefined,
        `title=${escapeProperty(p.ruleId)}`,
      ].filter((part) => part !== undefined);
      const fix = p.fix ? ` (${p.fix})` : "";
      return `::${commands[p.severity]} ${place.join(",")}::${escapeData(p.message + fix)}`;
    })
    .join("\n");
}
