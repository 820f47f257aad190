import type { VFile } from "vfile";
import type { Node } from "unist";
import { formatProblem } from "./format.ts";
import { type Problem, type Severity, sortProblems } from "./model.ts";

/** Collects problems from every part of the build, so it can fail once with all of them. */
export class ProblemCollector {
  #items = new Map<string, Problem>();

  add(p: Problem): void {
    this.#items.set(formatProblem(p), p);
  }

  /** Forgets what was said about a file, before it is read again (dev server reloads). */
  clearFile(file: string): void {
    for (const [key, p] of this.#items) if (p.file === file) this.#items.delete(key);
  }

  list(severity?: Severity): Problem[] {
    return sortProblems([...this.#items.values()].filter((p) => !severity || p.severity === severity));
  }

  clear(): void {
    this.#items.clear();
  }
}

const globalKey = Symbol.for("aula.problems");
type GlobalWithCollector = typeof globalThis & { [globalKey]?: ProblemCollector };

/** The build's one collector. Kept on globalThis because Vite may load this module twice. */
export function buildProblems(): ProblemCollector {
  const g = globalThis as GlobalWithCollector;
  g[globalKey] ??= new ProblemCollector();
  return g[globalKey];
}

/** An error whose message is the whole list of author mistakes; it carries no stack on purpose. */
export class AuthorError extends Error {
  constructor(problems: Problem[]) {
    const count = problems.length;
    const heading =
      count === 1 ? "Hay 1 error en el contenido del curso:" : `Hay ${count} errores en el contenido del curso:`;
    super([heading, ...problems.map(formatProblem)].join("\n"));
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
  problem: Omit<Problem, "file" | "line" | "column">,
): Problem {
  const start = node?.position?.start;
  const placed: Problem = {
    file: relativeFilePath(file.path),
    line: start?.line,
    column: start?.column,
    ...problem,
  };
  const message = file.message(problem.message, { place: node?.position, ruleId: problem.ruleId, source: "aula" });
  message.note = problem.fix;
  message.fatal = problem.severity === "error";
  buildProblems().add(placed);
  return placed;
}
