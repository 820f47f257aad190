/** Where in the diagram mermaid says the problem is, and its message without the noise. */
export interface DiagramProblem {
  /** 1-based line inside the diagram source, when mermaid gives one. */
  line?: number;
  /** Mermaid's own message, on one line. */
  message: string;
}

/** The shape of what mermaid throws: jison parsers add `hash.loc`, langium ones only a message. */
export interface MermaidErrorLike {
  message: string;
  line?: number;
}

/**
 * Turns mermaid's parse error into a line and a readable message. Jison errors look like
 * `Parse error on line 3:\n...A --> B --\n----^\nExpecting 'LINK', got 'EOF'`; the caret drawing
 * only makes sense in a terminal at that column, so it is dropped and the expectation kept.
 */
export function describeMermaidError(error: MermaidErrorLike, sourceLineCount: number): DiagramProblem {
  const text = error.message.replace(/\r\n?/g, "\n").trim();
  const lines = text.split("\n").map((l) => l.trim());
  const head = /^(Parse|Lexical) error on line (\d+)[:.]?\s*(.*)$/i.exec(lines[0] ?? "");
  const reported = error.line ?? (head ? Number(head[2]) : undefined);
  const line = reported === undefined ? undefined : Math.min(Math.max(reported, 1), Math.max(sourceLineCount, 1));
  const parts = head
    ? [head[1]?.toLowerCase() === "lexical" ? "Error léxico" : "Error de sintaxis", head[3], ...lines.slice(1)]
    : lines;
  const message = parts
    .filter((l): l is string => Boolean(l) && !/^-*\^$/.test(l!) && !l!.startsWith("..."))
    .join(" · ")
    .replace(/\s+/g, " ");
  return { ...(line !== undefined ? { line } : {}), message: message || text };
}

/** The file line of a diagram line: the fence's opening line is line 0 of the diagram. */
export function fileLineOf(fenceLine: number, diagramLine: number | undefined): number {
  return diagramLine === undefined ? fenceLine : fenceLine + diagramLine;
}
