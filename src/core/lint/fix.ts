import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { knownCommands } from "./data/commands.ts";
import { detectLanguage } from "./detect-language.ts";
import { type ExtractResult, extractBlocks } from "./extract.ts";
import { blockKind, canonicalLanguage } from "../text/languages.ts";
import type { CodeBlock } from "./model.ts";
import { checkWrongLanguage } from "./rules/language.ts";
import { atScript, outsideQuotes, shellScriptOf } from "./rules/shell.ts";
import { commandNameIndex, splitCommands } from "./shell-words.ts";

/** Replace `[start, end)` of the lesson file with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** One changed line of a lesson, as `--fix` prints it. */
export interface LineChange {
  line: number;
  before: string;
  after: string;
}

export interface FixResult {
  source: string;
  changes: LineChange[];
  /** The blocks of the source as read: still the lesson's when nothing changed, so the lint need not parse again. */
  read: ExtractResult;
}

export interface FixOptions {
  baseUrl?: string;
  /** More command names (`commands` in the config), to lowercase `Foo` only when `foo` is known. */
  commands?: ReadonlySet<string>;
  /** Blocks (by `index`) left as they are: their fix would bring errors (see `fix-checked.ts`). */
  skipBlocks?: ReadonlySet<number>;
}

const leadingDashes = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]{1,2}/;
const quotePairs: [RegExp, string][] = [
  [/[“„]([^“”„"'\n]*)[”“]/g, '"'],
  [/«([^«»"'\n]*)»/g, '"'],
  [/‘([^‘’'"\n]*)’/g, "'"],
];

/** Where a block's content line sits in the raw lesson, or undefined when the text there is not the block's (Liquid changed it). */
function lineLocator(block: CodeBlock, source: string, lineStarts: number[]) {
  const valueLines = block.value.split("\n");
  return (blockLine: number): { offset: number; text: string } | undefined => {
    const fileLine = block.contentLine + blockLine - 1;
    const start = lineStarts[fileLine - 1];
    const text = valueLines[blockLine - 1];
    if (start === undefined || text === undefined) return undefined;
    const end = source.indexOf("\n", start);
    const raw = source.slice(start, end < 0 ? source.length : end).replace(/\r$/, "");
    const prefix = (block.columns[blockLine - 1] ?? 1) - 1;
    if (raw.slice(prefix) !== text) return undefined;
    return { offset: start + prefix, text };
  };
}

/** The edits for one block: its fence's language, then (for shell code) dashes, quotes, capitals and `\ `. */
function blockEdits(block: CodeBlock, source: string, lineStarts: number[], commands: ReadonlySet<string>): TextEdit[] {
  const edits: TextEdit[] = [];
  const fenceStart = lineStarts[block.line - 1];
  if (fenceStart === undefined) return edits;
  const fenceEnd = source.indexOf("\n", fenceStart);
  const fenceLine = source.slice(fenceStart, fenceEnd < 0 ? source.length : fenceEnd).replace(/\r$/, "");
  const fence = /^([\s>]*(?:`{3,}|~{3,})[ \t]*)(.*)$/.exec(fenceLine);
  if (!fence) return edits;
  const infoStart = fenceStart + fence[1].length;
  const info = fence[2];

  let lang = block.lang;
  if (!lang) {
    if (info.trim()) return edits;
    lang = detectLanguage(block.value).lang;
    edits.push({ start: infoStart, end: infoStart + info.length, text: lang });
  } else {
    const canonical = canonicalLanguage(lang, block.meta);
    if (canonical) {
      if (canonical.replaceInfo) edits.push({ start: infoStart, end: infoStart + info.length, text: canonical.lang });
      else if (info.startsWith(lang))
        edits.push({ start: infoStart, end: infoStart + lang.length, text: canonical.lang });
      else return edits;
      lang = canonical.lang;
    }
  }

  const effective = { ...block, lang };
  if (checkWrongLanguage(effective)) return edits;
  const kind = blockKind(effective);
  const locate = lineLocator(block, source, lineStarts);
  const at = (blockLine: number, column: number, length: number, text: string) => {
    const where = locate(blockLine);
    if (where) edits.push({ start: where.offset + column - 1, end: where.offset + column - 1 + length, text });
  };
  const trailingSpace = (line: string, blockLine: number, shift: number) => {
    const match = /\\([ \t]+)$/.exec(line);
    if (match && outsideQuotes(line)[match.index]) at(blockLine, shift + match.index + 2, match[1].length, "");
  };

  if (kind === "dockerfile") {
    block.value.split("\n").forEach((line, i) => trailingSpace(line, i + 1, 0));
    return edits;
  }
  if (kind !== "shell" && kind !== "console") return edits;
  const script = shellScriptOf(effective);
  if (!script) return edits;
  const original = script.original ?? script.text;
  const inBlock = (line: number, column: number) => atScript(script, line, column);

  for (const command of splitCommands(original)) {
    for (const word of command) {
      const dashes = leadingDashes.exec(word.raw);
      if (dashes && word.bare.startsWith(dashes[0])) {
        const fixed = dashes[0].length > 1 || word.raw.length > 2 ? "--" : "-";
        const pos = inBlock(word.line, word.column);
        at(pos.line, pos.column, dashes[0].length, fixed);
      }
    }
    const k = commandNameIndex(command);
    const name = k >= 0 ? command[k] : undefined;
    if (!name || name.raw !== name.text || !/^[A-Z]/.test(name.raw) || /[/$=]/.test(name.raw)) continue;
    if (knownCommands.has(name.text) || commands.has(name.text)) continue;
    const lower = name.text.toLowerCase();
    if (!knownCommands.has(lower) && !commands.has(lower)) continue;
    const pos = inBlock(name.line, name.column);
    at(pos.line, pos.column, name.raw.length, lower);
  }

  original.split("\n").forEach((line, i) => {
    const { line: blockLine, column: shiftedColumn } = inBlock(i + 1, 1);
    const shift = shiftedColumn - 1;
    const outside = outsideQuotes(line);
    for (const [pattern, straight] of quotePairs)
      for (const match of line.matchAll(pattern)) {
        if (!outside[match.index]) continue;
        at(blockLine, shift + match.index + 1, 1, straight);
        at(blockLine, shift + match.index + match[0].length, 1, straight);
      }
    trailingSpace(line, blockLine, shift);
  });
  return edits;
}

/** Applies edits from the end, so earlier offsets stay valid; an edit overlapping a later one is dropped. */
export function applyEdits(source: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = source;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) continue;
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
  }
  return out;
}

/**
 * What `--fix` does to one lesson: only fence info strings and the listed characters inside shell
 * code change, never prose, never a block with a `lint-ignore`. Edits never add or remove a line.
 */
export function fixLesson(file: string, source: string, options: FixOptions = {}): FixResult {
  const read = extractBlocks(file, source, { baseUrl: options.baseUrl });
  const { blocks } = read;
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === "\n") lineStarts.push(i + 1);
  const commands = options.commands ?? new Set<string>();
  const edits = blocks
    .filter((b) => b.suppressions.length === 0 && !options.skipBlocks?.has(b.index))
    .flatMap((b) => blockEdits(b, source, lineStarts, commands));
  const fixed = applyEdits(source, edits);
  const before = source.split("\n");
  const after = fixed.split("\n");
  const changes = before.flatMap((line, i) =>
    line === after[i] ? [] : [{ line: i + 1, before: line.replace(/\r$/, ""), after: after[i].replace(/\r$/, "") }],
  );
  return { source: fixed, changes, read };
}

/** `file:line  «antes» → «después»`: the brackets show trailing spaces. */
export function formatChange(file: string, change: LineChange): string {
  return `${file}:${change.line}  «${change.before}» → «${change.after}»`;
}

/**
 * Writes the fixed lesson only if the file still holds what was read: an editor that saved it
 * meanwhile wins. Written beside and renamed, so a crash never leaves half a lesson.
 */
export function writeIfUnchanged(path: string, expected: string, fixed: string): boolean {
  if (readFileSync(path, "utf8") !== expected) return false;
  const temporary = `${path}.aula-fix`;
  writeFileSync(temporary, fixed);
  renameSync(temporary, path);
  return true;
}
