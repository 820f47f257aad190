import type { Finding, Severity } from "./model.ts";

const labels: Record<Severity, string> = { error: "error", warning: "aviso", info: "info" };

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(findings: Finding[]): Summary {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
  };
}

/** `file:line:col  severity  rule  message  (fix)`, then the source line and a caret, as compilers print. */
export function formatHuman(findings: Finding[], sources: ReadonlyMap<string, string>): string {
  const lines = new Map<string, string[]>();
  const out: string[] = [];
  for (const f of findings) {
    const fix = f.note ? `  (${f.note})` : "";
    out.push(`${f.file}:${f.line}:${f.column}  ${labels[f.severity]}  ${f.ruleId}  ${f.message}${fix}`);
    if (!lines.has(f.file)) lines.set(f.file, (sources.get(f.file) ?? "").split("\n"));
    const text = lines.get(f.file)?.[f.line - 1];
    if (text === undefined) continue;
    const gutter = String(f.line);
    out.push(`  ${gutter} | ${text}`);
    const caretPad = [...text.slice(0, f.column - 1)].map((c) => (c === "\t" ? "\t" : " ")).join("");
    out.push(`  ${" ".repeat(gutter.length)} | ${caretPad}^`);
  }
  return out.join("\n");
}

export function formatJson(findings: Finding[]): string {
  return JSON.stringify(findings, null, 2);
}

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
const commands: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** GitHub Actions workflow commands: each finding becomes an annotation on its line. */
export function formatGithub(findings: Finding[]): string {
  return findings
    .map((f) => {
      const props = `file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(f.ruleId)}`;
      const fix = f.note ? ` (${f.note})` : "";
      return `::${commands[f.severity]} ${props}::${escapeData(f.message + fix)}`;
    })
    .join("\n");
}
