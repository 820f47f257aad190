/** A word of a shell command, with its unquoted text and where it starts in the script. */
export interface Word {
  /** Text with quotes and backslashes removed (expansions are left as written). */
  text: string;
  /** Text as written. */
  raw: string;
  /** Characters typed outside quotes, to spot typographic dashes and quotes. */
  bare: string;
  /** 1-based line and column in the script. */
  line: number;
  column: number;
}

export type Command = Word[];

const operatorChars = new Set(["|", "&", ";", "(", ")", "\n"]);

/**
 * Splits a script into simple commands and their words: enough to read a command's name and
 * flags. Syntax is checked by the real parser (sh-syntax); this only needs to be right on code
 * that parses, and never throws.
 */
export function splitCommands(script: string): Command[] {
  const commands: Command[] = [];
  let current: Command = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const advance = (n = 1) => {
    for (let k = 0; k < n; k++) {
      if (script[i] === "\n") {
        line++;
        column = 1;
      } else column++;
      i++;
    }
  };
  const endCommand = () => {
    if (current.length > 0) commands.push(current);
    current = [];
  };

  while (i < script.length) {
    const c = script[i];
    if (c === "\\" && script[i + 1] === "\n") {
      advance(2);
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      advance();
      continue;
    }
    if (c === "#") {
      while (i < script.length && script[i] !== "\n") advance();
      continue;
    }
    if (operatorChars.has(c)) {
      // `2>&1` and `&>` are redirections, handled with the word; here `&`, `|`, `;`, `(`, `)` end a command.
      endCommand();
      advance();
      continue;
    }
    const word: Word = { text: "", raw: "", bare: "", line, column };
    let depth = 0;
    while (i < script.length) {
      const ch = script[i];
      if (depth === 0 && (ch === " " || ch === "\t" || ch === "\r" || operatorChars.has(ch))) {
        if (ch === "&" && /[<>]$/.test(word.raw)) {
          word.raw += ch;
          word.text += ch;
          advance();
          continue;
        }
        break;
      }
      if (ch === "\\") {
        if (script[i + 1] === "\n") {
          advance(2);
          continue;
        }
        word.raw += script.slice(i, i + 2);
        word.text += script[i + 1] ?? "";
        advance(2);
        continue;
      }
      if ((ch === "'" || ch === '"' || ch === "`") && depth === 0) {
        const end = findClosing(script, i + 1, ch);
        const inner = script.slice(i + 1, end);
        word.raw += script.slice(i, end + 1);
        word.text += ch === "`" ? script.slice(i, end + 1) : ch === '"' ? inner.replace(/\\([$`"\\])/g, "$1") : inner;
        advance(end + 1 - i);
        continue;
      }
      if (ch === "$" && script[i + 1] === "(") depth++;
      else if (ch === ")" && depth > 0) depth--;
      word.raw += ch;
      word.text += ch;
      word.bare += ch;
      advance();
    }
    if (word.raw) current.push(word);
  }
  endCommand();
  return commands.map(dropRedirections).filter((command) => command.length > 0);
}

function findClosing(script: string, from: number, quote: string): number {
  for (let k = from; k < script.length; k++) {
    if (script[k] === "\\" && quote !== "'") k++;
    else if (script[k] === quote) return k;
  }
  return script.length;
}

const redirection = /^\d*(>>?|<<?<?|&>>?|>&|<&)(.*)$/;

function dropRedirections(command: Command): Command {
  const words: Command = [];
  for (let k = 0; k < command.length; k++) {
    const match = redirection.exec(command[k].raw);
    if (match) {
      if (!match[2]) k++;
      continue;
    }
    words.push(command[k]);
  }
  return words;
}

/** Words that run the command that follows them. */
const wrappers = new Set(["sudo", "nohup", "time", "command", "exec", "builtin", "env", "xargs", "!"]);

/** Where the command's name is: after variable assignments and wrappers such as `sudo`. */
export function commandNameIndex(command: Command): number {
  let k = 0;
  while (k < command.length) {
    const text = command[k].text;
    if (/^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/.test(command[k].raw)) k++;
    else if (wrappers.has(text)) {
      k++;
      while (k < command.length && command[k].text.startsWith("-")) k++;
    } else return k;
  }
  return -1;
}
