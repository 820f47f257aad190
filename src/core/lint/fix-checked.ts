import { plural } from "../i18n/plural.ts";
import type { CodeBlock, Problem } from "./model.ts";
import { type FixOptions, type FixResult, fixLesson } from "./fix.ts";
import { type LintOptions, lintLessons } from "./lint.ts";

/** A block `--fix` left alone, because the fix would have given it more errors than it had. */
export interface RefusedFix {
  /** Lesson-file line of the block's fence. */
  line: number;
  /** The fence line as it is, and as the fix would have left it. */
  before: string;
  after: string;
  /** The errors the block would have had. */
  errors: Problem[];
}

export interface CheckedFixResult extends FixResult {
  refused: RefusedFix[];
}

/** Errors per block index, by the block's lines (edits never move a line). */
function errorsByBlock(blocks: readonly CodeBlock[], findings: readonly Problem[]): Map<number, Problem[]> {
  const byBlock = new Map<number, Problem[]>();
  for (const block of blocks) {
    const last = block.contentLine + block.columns.length;
    byBlock.set(
      block.index,
      findings.filter((f) => f.severity === "error" && f.line !== undefined && f.line >= block.line && f.line <= last),
    );
  }
  return byBlock;
}

/**
 * `--fix` that never makes a block worse: the lesson is fixed, both versions are linted, and the edits
 * of any block that would end with more errors than it had are dropped (an untagged
 * `docker start <container ID>` once became a ```bash block with a syntax error).
 */
export async function fixLessonChecked(
  file: string,
  source: string,
  options: FixOptions,
  lint: LintOptions,
): Promise<CheckedFixResult> {
  const first = fixLesson(file, source, options);
  if (first.changes.length === 0) return { ...first, refused: [] };
  const before = await lintLessons([{ file, source, read: first.read }], lint);
  const after = await lintLessons([{ file, source: first.source }], lint);
  const was = errorsByBlock(before.blocks, before.findings);
  const would = errorsByBlock(before.blocks, after.findings);
  const worse = before.blocks.filter((b) => (would.get(b.index)?.length ?? 0) > (was.get(b.index)?.length ?? 0));
  if (worse.length === 0) return { ...first, refused: [] };
  const fixedLines = first.source.split("\n");
  const sourceLines = source.split("\n");
  const refused = worse.map((b) => ({
    line: b.line,
    before: (sourceLines[b.line - 1] ?? "").replace(/\r$/, ""),
    after: (fixedLines[b.line - 1] ?? "").replace(/\r$/, ""),
    errors: would.get(b.index) ?? [],
  }));
  const skipBlocks = new Set([...(options.skipBlocks ?? []), ...worse.map((b) => b.index)]);
  return { ...fixLesson(file, source, { ...options, skipBlocks }), refused };
}

/** `file:line  «```» se queda como está: con «```bash» tendría 1 error (línea 13: …)`. */
export function formatRefused(file: string, refused: RefusedFix): string {
  const count = `${refused.errors.length} ${plural(refused.errors.length, "error", "errores")}`;
  const first = refused.errors[0];
  const change = refused.before === refused.after ? "no se corrige" : `no se cambia por «${refused.after.trim()}»`;
  return `${file}:${refused.line}  «${refused.before.trim()}» ${change}: el bloque tendría ${count} (línea ${first?.line}: ${first?.message})`;
}
