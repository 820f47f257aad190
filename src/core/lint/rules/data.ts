import { LineCounter, parseAllDocuments } from "yaml";
import type { BlockProblem } from "../model.ts";
import { severityOf } from "../../problems/rules.ts";

/** JSON must parse: a student pastes it into a file as is. */
export function checkJson(source: string): BlockProblem[] {
  try {
    JSON.parse(source);
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    const before = Number.isNaN(position) ? "" : source.slice(0, position);
    const lines = before.split("\n");
    return [
      {
        line: Number(/line (\d+)/.exec(message)?.[1] ?? lines.length),
        column: Number(/column (\d+)/.exec(message)?.[1] ?? (lines.at(-1)?.length ?? 0) + 1),
        severity: severityOf("json/syntax"),
        ruleId: "json/syntax",
        message: `JSON no válido: ${message.replace(/\s*\(line \d+ column \d+\)/, "")}`,
      },
    ];
  }
}

export function checkYaml(source: string): BlockProblem[] {
  const lineCounter = new LineCounter();
  const problems: BlockProblem[] = [];
  for (const doc of parseAllDocuments(source, { lineCounter, prettyErrors: false }) as ReturnType<
    typeof parseAllDocuments
  > &
    unknown[]) {
    if (!("errors" in doc)) continue;
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      problems.push({
        line: pos.line,
        column: pos.col,
        severity: severityOf("yaml/syntax"),
        ruleId: "yaml/syntax",
        message: `YAML no válido: ${error.message.split("\n")[0]}`,
      });
    }
  }
  return problems;
}
