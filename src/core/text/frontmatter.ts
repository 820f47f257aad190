import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import type { Problem } from "../problems/model.ts";

/** A Markdown file split into its front matter and a body whose lines keep their numbers. */
export interface SplitSource {
  /** The raw YAML between the `---` fences, or `undefined` when there is none. */
  rawFrontmatter?: string;
  /** The body with the front matter replaced by empty lines, so line N is line N of the file. */
  body: string;
  /** Line (1-based) on which the YAML starts. */
  yamlStartLine: number;
}

const frontmatterPattern = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*$/m;

export function splitFrontmatter(source: string): SplitSource {
  const match = frontmatterPattern.exec(source);
  if (!match || match.index !== 0) return { body: source, yamlStartLine: 1 };
  const block = match[0];
  const blankLines = "\n".repeat(block.split("\n").length - 1);
  return {
    rawFrontmatter: match[1],
    body: blankLines + source.slice(block.length),
    yamlStartLine: 2,
  };
}

export interface ParsedFrontmatter {
  data: Record<string, unknown>;
  /** Line of each top-level key, for messages that name a key. */
  keyLines: Map<string, number>;
  diagnostics: Problem[];
}

/**
 * Reads front matter the way Jekyll and pandoc do: unknown keys are kept, and a duplicated key
 * is a warning (the last value wins) rather than a crash.
 */
export function parseFrontmatter(split: SplitSource, file: string): ParsedFrontmatter {
  const keyLines = new Map<string, number>();
  const diagnostics: Problem[] = [];
  if (split.rawFrontmatter === undefined) return { data: {}, keyLines, diagnostics };

  const lineCounter = new LineCounter();
  const doc = parseDocument(split.rawFrontmatter, { uniqueKeys: false, lineCounter, prettyErrors: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + split.yamlStartLine - 1;

  for (const error of doc.errors) {
    diagnostics.push({
      file,
      line: lineOf(error.pos[0]),
      column: lineCounter.linePos(error.pos[0]).col,
      severity: "error",
      ruleId: "frontmatter/yaml",
      message: `El front matter no es YAML válido: ${error.message.split("\n")[0]}`,
      fix: "revisa las comillas, los dos puntos y la sangría de esa línea",
    });
  }
  if (doc.errors.length > 0) return { data: {}, keyLines, diagnostics };

  if (doc.contents !== null && !isMap(doc.contents)) {
    diagnostics.push({
      file,
      line: split.yamlStartLine,
      severity: "error",
      ruleId: "frontmatter/not-a-map",
      message: "El front matter debe ser una lista de claves («clave: valor»)",
    });
    return { data: {}, keyLines, diagnostics };
  }

  for (const item of doc.contents?.items ?? []) {
    if (!isScalar(item.key)) continue;
    const key = String(item.key.value);
    const line = lineOf(item.key.range?.[0] ?? 0);
    const firstLine = keyLines.get(key);
    if (firstLine !== undefined) {
      diagnostics.push({
        file,
        line,
        severity: "warning",
        ruleId: "frontmatter/duplicate-key",
        message: `La clave «${key}» está repetida (ya aparece en la línea ${firstLine}); se usa el último valor`,
        fix: "borra una de las dos",
      });
    }
    keyLines.set(key, line);
  }

  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  const data = value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  return { data, keyLines, diagnostics };
}
