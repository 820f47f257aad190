/** How bad a problem is: an error stops the build (or fails the lint), a warning is printed, info is a hint. */
export type Severity = "error" | "warning" | "info";

/** One problem in an author's file: the build, the lint and the PDF export all report these. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  /** Stable id of the rule, e.g. `quiz/no-correct-option`; listed in `rules.ts`. */
  ruleId: string;
  /** What is wrong, in Spanish. */
  message: string;
  /** How to fix it, in Spanish. */
  fix?: string;
}

export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(compareProblems);
}

/** A problem inside a snippet (a code block, a diagram): line 1 is its first line. */
export interface BlockProblem extends Omit<Problem, "file" | "line" | "column"> {
  line: number;
  column: number;
}
