import type { RuleInfo } from "./rules.ts";

/** The comments of the guide's rule page (docs/referencia/03-reglas.md) between which the rule table is generated (`npm run docs:rules`). */
export const ruleTableMarkers = { start: "<!-- reglas:inicio -->", end: "<!-- reglas:fin -->" } as const;

const severityNames = { error: "error", warning: "aviso", info: "información" } as const;

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** The rows of the table, as cells: what both the generator and the guide's check compare. */
export function ruleTableRows(rules: readonly RuleInfo[]): string[][] {
  return rules.map((r) => [`\`${r.id}\``, severityNames[r.severity], r.fixable ? "sí" : "no", cell(r.summary)]);
}

/** The Markdown table of every rule: id, gravedad, «--fix», qué encuentra. */
export function ruleTable(rules: readonly RuleInfo[]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(["Regla", "Gravedad", "`--fix`", "Qué encuentra"]),
    line(["---", "---", "---", "---"]),
    ...ruleTableRows(rules).map(line),
  ].join("\n");
}

/** The page with the table between the markers replaced; throws when the markers are missing. */
export function withRuleTable(readme: string, table: string): string {
  const start = readme.indexOf(ruleTableMarkers.start);
  const end = readme.indexOf(ruleTableMarkers.end);
  if (start < 0 || end < start)
    throw new Error(`la página de reglas no tiene ${ruleTableMarkers.start} … ${ruleTableMarkers.end}`);
  return `${readme.slice(0, start + ruleTableMarkers.start.length)}\n\n${table}\n\n${readme.slice(end)}`;
}

/** The rows of the table found between the markers (cells trimmed, whatever the column padding). */
export function readRuleTable(readme: string): string[][] {
  const start = readme.indexOf(ruleTableMarkers.start);
  const end = readme.indexOf(ruleTableMarkers.end);
  if (start < 0 || end < start) return [];
  return readme
    .slice(start, end)
    .split("\n")
    .filter((l) => l.startsWith("|"))
    .slice(2)
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}
