import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { getProcessor, LangVariant, type ParseError } from "sh-syntax";
import { knownCommands } from "../data/commands.ts";
import type { BlockProblem, CodeBlock } from "../model.ts";
import { blockKind } from "../../text/languages.ts";
import { severityOf } from "../../problems/rules.ts";
import { commandNameIndex, type Command } from "../shell-words.ts";

/** Shell code taken from a block, with the block line and column shift of each script line. */
export interface ShellScript {
  text: string;
  /** Block line (1-based) of each script line. */
  lines: number[];
  /** Columns removed at the start of each script line (the `$ ` prompt). */
  shifts: number[];
  /** `sh` when the shebang asks for a POSIX shell. */
  dialect: "bash" | "sh";
  /** The script as written; `text` has its placeholders (`<id>`) masked so the parsers read them as words. */
  original?: string;
  /** Placeholders the student replaces, as written, with their script position. */
  placeholders?: { text: string; line: number; column: number }[];
}

// `<verb>`, `<ID>`, `<container ID>`, `[opción]`, `TU_USUARIO`: words in a command the student replaces with their own.
const placeholderPattern =
  /<[\p{L}][\p{L}\d_.:-]*(?: [\p{L}][\p{L}\d_.:-]*)*>|(?<=^|\s)\[[\p{L}][\p{L}\d_ .-]*\](?=\s|$)|\b(?:TU|TUS|SU|MI|YOUR)_[A-Z0-9_]+\b/gu;

/** Where each line is outside quotes: placeholders and typographic characters only count there. */
export function outsideQuotes(line: string): boolean[] {
  const outside: boolean[] = [];
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      outside.push(false);
      if (c === "\\" && quote === '"') {
        outside.push(false);
        i++;
      } else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') {
      outside.push(false);
      quote = c;
    } else if (c === "\\") {
      outside.push(true, true);
      i++;
    } else outside.push(true);
  }
  return outside;
}

/** Masks placeholders to same-length words (`<id>` → `_id_`), so lines and columns stay put. */
export function maskPlaceholders(text: string): {
  text: string;
  placeholders: { text: string; line: number; column: number }[];
} {
  const placeholders: { text: string; line: number; column: number }[] = [];
  const masked = text.split("\n").map((line, i) => {
    const outside = outsideQuotes(line);
    return line.replace(placeholderPattern, (match, offset: number) => {
      if (!outside[offset]) return match;
      placeholders.push({ text: match, line: i + 1, column: offset + 1 });
      return match.startsWith("<") ? `_${match.slice(1, -1)}_` : match;
    });
  });
  return { text: masked.join("\n"), placeholders };
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
  const original = text.join("\n");
  const { text: masked, placeholders } = maskPlaceholders(original);
  return { text: masked, lines, shifts, dialect, original, placeholders };
}

/** Maps a script position to a block position. */
export function atScript(script: ShellScript, line: number, column: number): { line: number; column: number } {
  const k = Math.min(Math.max(line - 1, 0), script.lines.length - 1);
  return { line: script.lines[k] ?? 1, column: column + (script.shifts[k] ?? 0) };
}

/** At most one reminder per block that its placeholders must be replaced. */
export function checkPlaceholders(script: ShellScript): BlockProblem[] {
  const found = script.placeholders ?? [];
  if (found.length === 0) return [];
  const names = [...new Set(found.map((p) => `«${p.text}»`))].join(", ");
  return [
    {
      ...atScript(script, found[0].line, found[0].column),
      severity: severityOf("shell/placeholder"),
      ruleId: "shell/placeholder",
      message: `${names}: ${found.length > 1 ? "son huecos" : "es un hueco"} que el alumno sustituye por su valor antes de ejecutar la orden`,
      fix: "si no es un hueco, escríbelo entre comillas",
    },
  ];
}

/** A space after the `\\` that should continue the line ends the command there: the rest runs as another one. */
export function checkContinuationSpaces(script: ShellScript): BlockProblem[] {
  return (script.original ?? script.text).split("\n").flatMap((line, i) => {
    const match = /\\([ \t]+)$/.exec(line);
    if (!match || !outsideQuotes(line)[match.index]) return [];
    return [
      {
        ...atScript(script, i + 1, match.index + 2),
        severity: severityOf("shell/continuation-space"),
        ruleId: "shell/continuation-space",
        message: "Hay espacios después de la «\\» final: la orden no sigue en la línea siguiente",
        fix: "borra los espacios del final de la línea",
      },
    ];
  });
}

// sh-syntax starts a fresh Go runtime in WASM for every call (~30 ms; it cannot be reused: its GC
// breaks), and compiles the module each time too. So compile once, and call as few times as possible.
let compiled: Promise<WebAssembly.Module> | undefined;
const parse = getProcessor(async (imports) => {
  compiled ??= readFile(createRequire(import.meta.url).resolve("sh-syntax/main.wasm")).then((b) =>
    WebAssembly.compile(b),
  );
  return WebAssembly.instantiate(await compiled, imports);
});

/** Where the parser stops, in script coordinates, or undefined when the text parses. */
async function syntaxError(text: string, dialect: ShellScript["dialect"]) {
  try {
    await parse(text, { variant: dialect === "sh" ? LangVariant.LangPOSIX : LangVariant.LangBash });
    return undefined;
  } catch (error) {
    const e = error as ParseError;
    return { line: e.Pos?.Line ?? 1, column: e.Pos?.Col ?? 1, text: e.Text ?? e.message };
  }
}

function syntaxProblem(script: ShellScript, error: { line: number; column: number; text: string }): BlockProblem {
  return {
    ...atScript(script, error.line, error.column),
    severity: severityOf("shell/syntax"),
    ruleId: "shell/syntax",
    message: `Error de sintaxis de shell: ${error.text}`,
  };
}

/** Parses with mvdan/sh (as WASM): a syntax error is reported where the shell would stop. */
export async function checkShellSyntax(script: ShellScript): Promise<BlockProblem[]> {
  const error = await syntaxError(script.text, script.dialect);
  return error ? [syntaxProblem(script, error)] : [];
}

/**
 * The syntax problems of many scripts, one list per script, in one parse of them all (a blank line
 * between scripts ends a trailing `\`). A failure is pinned to its script, which is parsed alone;
 * the rest go on together. Calls: 1 per dialect, plus about 2 per script that does not parse.
 */
export async function checkShellSyntaxAll(scripts: ShellScript[]): Promise<BlockProblem[][]> {
  const results: BlockProblem[][] = scripts.map(() => []);
  for (const dialect of ["bash", "sh"] as const) {
    const todo = scripts.flatMap((s, i) => (s.dialect === dialect ? [i] : []));
    while (todo.length > 0) {
      const starts: number[] = [];
      let line = 1;
      for (const i of todo) {
        starts.push(line);
        line += scripts[i].text.split("\n").length + 1;
      }
      const error = await syntaxError(todo.map((i) => scripts[i].text).join("\n\n"), dialect);
      if (!error) break;
      const k = Math.max(
        0,
        starts.findLastIndex((start) => start <= error.line),
      );
      const own = await checkShellSyntax(scripts[todo[k]]);
      // A script that parses alone was broken by an earlier one left open (a quote, a heredoc).
      const suspects = own.length > 0 ? [] : todo.slice(0, k);
      results[todo[k]] = own;
      for (const i of suspects) results[i] = await checkShellSyntax(scripts[i]);
      todo.splice(0, k + 1);
    }
  }
  return results;
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
          severity: severityOf("shell/unicode-dash"),
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
          severity: severityOf("shell/unicode-quote"),
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
      severity: known ? severityOf("shell/capitalised-command") : "warning",
      ruleId: "shell/capitalised-command",
      message: known
        ? `La orden «${name.text}» se escribe en minúsculas`
        : `«${name.text}» no es una orden conocida (empieza por mayúscula)`,
      fix: known
        ? `escribe «${lower}»`
        : "revisa la mayúscula, o añade la orden a «lint: commands» en content/curso.yaml",
    });
  }
  return problems;
}
