import { say } from "../i18n/author/index.ts";
import type { VFile } from "vfile";
import type { Node } from "unist";
import { formatProblem, problemFormatter } from "./format.ts";
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

/** An error whose message is the whole list of author mistakes; it carries no stack on purpose. */
export class AuthorError extends Error {
  constructor(problems: Problem[], lang = "es") {
    const heading = say(lang, "problems.heading", { count: problems.length });
    super([heading, ...problems.map(problemFormatter(lang))].join("\n"));
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
 * Reports an author's mistake found by a Markdown plugin, as a message on the VFile: whoever ran the
 * processor reads them back with {@link problemsOf} (the loader, or `rehype-collect-problems` for MDX).
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
  message.fatal = problem.severity === "error" ? true : problem.severity === "warning" ? false : undefined;
  return placed;
}

/** The problems aula's plugins reported on a file, in the shape the build prints. */
export function problemsOf(file: VFile): Problem[] {
  return file.messages
    .filter((m) => m.source === "aula")
    .map((m) => ({
      file: relativeFilePath(file.path),
      line: m.line ?? undefined,
      column: m.column ?? undefined,
      severity: m.fatal === true ? "error" : m.fatal === false ? "warning" : "info",
      ruleId: m.ruleId ?? "aula",
      message: m.reason,
      ...(m.note ? { fix: m.note } : {}),
    }));
}
