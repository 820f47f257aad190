import type { VFile } from "vfile";
import type { Node } from "unist";

/** How bad an author's mistake is: an error stops the build, a warning is printed. */
export type Severity = "error" | "warning";

/** One problem in an author's file, with where it is and how to fix it. */
export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  /** Stable id of the rule, e.g. `quiz/no-correct-option`. */
  ruleId: string;
  /** What is wrong, in Spanish. */
  reason: string;
  /** How to fix it, in Spanish. */
  note?: string;
}

/** `file:line:col  motivo  (arreglo)`: one line per problem, as compilers print them. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.line !== undefined ? d.column : undefined]
    .filter((part) => part !== undefined)
    .join(":");
  const label = d.severity === "error" ? "error" : "aviso";
  const fix = d.note ? `  (${d.note})` : "";
  return `${where}  ${label}  ${d.reason}${fix}  [${d.ruleId}]`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.reason.localeCompare(b.reason)
  );
}

/** Collects diagnostics from every part of the build, so it can fail once with all of them. */
export class DiagnosticCollector {
  #items = new Map<string, Diagnostic>();

  add(d: Diagnostic): void {
    this.#items.set(formatDiagnostic(d), d);
  }

  /** Forgets what was said about a file, before it is read again (dev server reloads). */
  clearFile(file: string): void {
    for (const [key, d] of this.#items) if (d.file === file) this.#items.delete(key);
  }

  list(severity?: Severity): Diagnostic[] {
    return [...this.#items.values()].filter((d) => !severity || d.severity === severity).sort(compareDiagnostics);
  }

  clear(): void {
    this.#items.clear();
  }
}

const globalKey = Symbol.for("aula.diagnostics");
type GlobalWithCollector = typeof globalThis & { [globalKey]?: DiagnosticCollector };

/** The build's one collector. Kept on globalThis because Vite may load this module twice. */
export function buildDiagnostics(): DiagnosticCollector {
  const g = globalThis as GlobalWithCollector;
  g[globalKey] ??= new DiagnosticCollector();
  return g[globalKey];
}

/** An error whose message is the whole list of author mistakes; it carries no stack on purpose. */
export class AuthorError extends Error {
  constructor(diagnostics: Diagnostic[]) {
    const count = diagnostics.length;
    const heading =
      count === 1 ? "Hay 1 error en el contenido del curso:" : `Hay ${count} errores en el contenido del curso:`;
    super([heading, ...diagnostics.map(formatDiagnostic)].join("\n"));
    this.name = "AuthorError";
    this.stack = "";
  }
}

export function relativeFilePath(path: string | undefined, root: string = process.cwd()): string {
  if (!path) return "(desconocido)";
  const clean = path.startsWith("file://") ? new URL(path).pathname : path;
  const rootWithSlash = root.endsWith("/") ? root : `${root}/`;
  return clean.startsWith(rootWithSlash) ? clean.slice(rootWithSlash.length) : clean;
}

/**
 * Reports an author's mistake found by a Markdown plugin: on the VFile (so unified tools see it)
 * and in the build's collector (so the build fails once, listing all of them).
 */
export function reportInFile(
  file: VFile,
  node: Node | undefined,
  problem: Omit<Diagnostic, "file" | "line" | "column">,
): Diagnostic {
  const start = node?.position?.start;
  const diagnostic: Diagnostic = {
    file: relativeFilePath(file.path),
    line: start?.line,
    column: start?.column,
    ...problem,
  };
  const message = file.message(problem.reason, { place: node?.position, ruleId: problem.ruleId, source: "aula" });
  message.note = problem.note;
  message.fatal = problem.severity === "error";
  buildDiagnostics().add(diagnostic);
  return diagnostic;
}
