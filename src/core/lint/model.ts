import type { BlockProblem, Problem } from "../problems/model.ts";

export type { BlockProblem, Problem, Severity } from "../problems/model.ts";

/** One fenced code block of a lesson, with where it sits in the lesson file. */
export interface CodeBlock {
  /** Lesson path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based index of the block in its lesson. */
  index: number;
  /** Language as written after the fence (`bash`, `.term1`), or empty. */
  lang: string;
  /** The rest of the fence line. */
  meta: string;
  /** Block content, without the fences and without list or quote indentation. */
  value: string;
  /** Lesson-file line and column of the opening fence. */
  line: number;
  fenceColumn: number;
  /** An indented block (four spaces), which has no fence to carry a language. */
  indented?: boolean;
  /** Lesson-file line of the first content line. */
  contentLine: number;
  /** For each content line, the lesson-file column (1-based) where it starts. */
  columns: number[];
  /** Rule ids switched off for this block, with the author's reason. */
  suppressions: Suppression[];
}

export interface Suppression {
  rules: string[];
  reason: string;
  /** Lesson-file line of the comment or fence that says it. */
  line: number;
}

/** Maps a position inside a block to the lesson file. */
export function placeInFile(block: CodeBlock, problem: BlockProblem): Problem {
  const lineIndex = Math.min(Math.max(problem.line - 1, 0), Math.max(block.columns.length - 1, 0));
  const inBlock = problem.line >= 1 && problem.line <= block.columns.length;
  return {
    file: block.file,
    line: inBlock ? block.contentLine + lineIndex : block.line,
    column: inBlock ? (block.columns[lineIndex] ?? 1) + problem.column - 1 : block.fenceColumn,
    severity: problem.severity,
    ruleId: problem.ruleId,
    message: problem.message,
    ...(problem.fix ? { fix: problem.fix } : {}),
  };
}
