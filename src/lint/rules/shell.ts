import { parse, LangVariant, ParseError } from "sh-syntax";
import { knownCommands } from "../data/commands.ts";
import type { BlockProblem, CodeBlock } from "../model.ts";
import { blockKind } from "../languages.ts";
import { commandNameIndex, splitCommands, type Command } from "../shell-words.ts";

/** Shell code taken from a block, with the block line and column shift of each script line. */
export interface ShellScript {
  text: string;
  /** Block line (1-based) of each script line. */
  lines: number[];
  /** Columns removed at the start of each script line (the `$ ` prompt). */
  shifts: number[];
  /** `sh` when the shebang asks for a POSIX shell. */
  dialect: "bash" | "sh";
}

/** The shell code of a block: the whole of a bash or `.termN` block, the `$ ` lines of a console block. */
export function shellScriptOf(block: CodeBlock): ShellScript | undefined {
  const kind = blockKind(block);
  const source = block.value.split("\n");
  const lines: number[] = [];
  const shifts: number[] = [];
  const text: string[] = [];
  if (kind === "shell") {
    source.forEach((l, i) => {
      text.push(l);
      lines.push(i + 1);
      shifts.push(0);
    });
  } else if (kind === "console") {
    let continued = false;
    source.forEach((l, i) => {
      const prompt = /^(\s*\$ )/.exec(l);
      if (prompt || continued) {
        const shift = prompt ? prompt[1].length : 0;
        text.push(l.slice(shift));
        lines.push(i + 1);
        shifts.push(shift);
        continued = /\\$/.test(l);
      }
    });
    if (text.length === 0) return undefined;
  } else return undefined;
  const dialect = /^#!\s*\S*\/(env\s+)?sh\b/.test(source[0] ?? "") ? "sh" : "bash";
  return { text: text.join("\n"), lines, shifts, dialect };
}

/** Maps a script position to a block position. */
export function atScript(script: ShellScript, line: number, column: number): { line: number; column: number } {
  const k = Math.min(Math.max(line - 1, 0), script.lines.length - 1);
  return { line: script.lines[k] ?? 1, column: column + (script.shifts[k] ?? 0) };
}

/** The first word of a line, lowercased, is a command we know. */
export function looksLikeCommand(line: string): boolean {
  const first = /^\s*(?:sudo\s+)?([A-Za-z][\w.-]*)/.exec(line)?.[1];
  return first !== undefined && knownCommands.has(first.toLowerCase());
}

/** Parses with mvdan/sh (as WASM): a syntax error is reported where the shell would stop. */
export async function checkShellSyntax(script: ShellScript): Promise<BlockProblem[]> {
  try {
    await parse(script.text, { variant: script.dialect === "sh" ? LangVariant.LangPOSIX : LangVariant.LangBash });
    return [];
  } catch (error) {
    const e = error as ParseError;
    const pos = atScript(script, e.Pos?.Line ?? 1, e.Pos?.Col ?? 1);
    return [
      {
        ...pos,
        severity: "error",
        ruleId: "shell/syntax",
        message: `Error de sintaxis de shell: ${e.Text ?? e.message}`,
      },
    ];
  }
}

const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const curlyQuotes = /[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB]/;

/** Word-level checks that need no parser: typographic dashes and quotes, capitalised command names. */
export function checkShellWords(commands: Command[], extraCommands: ReadonlySet<string> = new Set()): BlockProblem[] {
  const problems: BlockProblem[] = [];
  for (const command of commands) {
    for (const word of command) {
      const dash = dashes.exec(word.bare);
      if (dash && /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/.test(word.raw)) {
        const fixed = word.raw.replace(/^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]{1,2}/, (d) =>
          d.length > 1 ? "--" : word.raw.length > 2 ? "--" : "-",
        );
        problems.push({
          line: word.line,
          column: word.column,
          severity: "error",
          ruleId: "shell/unicode-dash",
          message: `«${word.raw}» empieza por una raya tipográfica (${dash[0]}), no por guiones`,
          fix: `escribe «${fixed}»`,
        });
      }
      const quote = curlyQuotes.exec(word.bare);
      if (quote) {
        problems.push({
          line: word.line,
          column: word.column + word.raw.indexOf(quote[0]),
          severity: "error",
          ruleId: "shell/unicode-quote",
          message: `«${word.raw}» lleva comillas tipográficas (${quote[0]}), que el shell no entiende como comillas`,
          fix: "usa comillas rectas \" o '",
        });
      }
    }
    const k = commandNameIndex(command);
    const name = k >= 0 ? command[k] : undefined;
    if (!name || !/^[A-Z]/.test(name.raw) || /[/$=]/.test(name.raw)) continue;
    if (knownCommands.has(name.text) || extraCommands.has(name.text)) continue;
    const lower = name.text.toLowerCase();
    const known = knownCommands.has(lower) || extraCommands.has(lower);
    problems.push({
      line: name.line,
      column: name.column,
      severity: known ? "error" : "warning",
      ruleId: "shell/capitalised-command",
      message: known
        ? `La orden «${name.text}» se escribe en minúsculas`
        : `«${name.text}» no es una orden conocida (empieza por mayúscula)`,
      fix: known
        ? `escribe «${lower}»`
        : "revisa la mayúscula, o añade la orden a «commands» en scripts/lint-code-blocks.json",
    });
  }
  return problems;
}
