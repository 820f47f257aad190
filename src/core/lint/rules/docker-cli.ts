import type { BlockProblem } from "../model.ts";
import { commandNameIndex, type Command, type Word } from "../shell-words.ts";
import { type RuleId, severityOf } from "../../problems/rules.ts";
import { closest } from "../../text/closest.ts";

/** One docker (sub)command in the vendored reference. */
export interface DockerCommand {
  /** Flags: 0 = no value, 1 = needs a value, 2 = optional value (only as `--flag=value`). */
  o: Record<string, 0 | 1 | 2>;
  /** Subcommands. */
  s?: Record<string, DockerCommand>;
  /** 1 when flags end at the first argument (run, create, exec: what follows the image is the container's). */
  i?: 1;
}

/** The machine-readable docker CLI reference in `src/lint/data/docker.json`. */
export interface DockerReference {
  source: string;
  version: string;
  note: string;
  command: DockerCommand;
}

const isDynamic = (text: string) => /[$`<>{*]/.test(text);

/** Checks `docker …` commands: subcommands, flags and flag values, against the reference. */
export function checkDockerCommand(command: Command, reference: DockerReference): BlockProblem[] {
  const start = commandNameIndex(command);
  if (start < 0 || command[start].text !== "docker") return [];
  const problems: BlockProblem[] = [];
  const report = (word: Word, ruleId: RuleId, message: string, fix?: string) =>
    problems.push({
      line: word.line,
      column: word.column,
      severity: severityOf(ruleId),
      ruleId,
      message,
      ...(fix ? { fix } : {}),
    });

  let current = reference.command;
  const path = ["docker"];
  let sawArgument = false;
  for (let k = start + 1; k < command.length; k++) {
    const word = command[k];
    const text = word.text;
    if (text === "--") break;
    if (text.startsWith("-") && text !== "-" && !(current.i && sawArgument)) {
      k += checkFlag(current, command, k, path.join(" "), report);
      continue;
    }
    if (current.s && !sawArgument) {
      const sub = current.s[text];
      if (sub) {
        current = sub;
        path.push(text);
        continue;
      }
      if (isDynamic(text)) return problems;
      const suggestion = closest(text, Object.keys(current.s));
      report(
        word,
        "docker/unknown-subcommand",
        `«${path.join(" ")} ${text}»: «${text}» no es una orden de ${path.join(" ")}`,
        suggestion ? `¿querías decir «${path.join(" ")} ${suggestion}»?` : `mira «${path.join(" ")} --help»`,
      );
      return problems;
    }
    sawArgument = true;
    if (current.i) return problems;
  }
  return problems;
}

/** Returns how many extra words the flag consumed (its value). */
function checkFlag(
  command: DockerCommand,
  words: Command,
  k: number,
  path: string,
  report: (word: Word, ruleId: RuleId, message: string, fix?: string) => void,
): number {
  const word = words[k];
  const text = word.text;
  const hasNext = k + 1 < words.length;
  const unknown = (flag: string) => {
    const suggestion = closest(flag, Object.keys(command.o));
    report(
      word,
      "docker/unknown-flag",
      `«${path}» no tiene la opción «${flag}»`,
      suggestion ? `¿querías decir «${suggestion}»?` : `mira «${path} --help»`,
    );
    return 0;
  };
  const missing = (flag: string) => {
    report(word, "docker/missing-value", `La opción «${flag}» de «${path}» necesita un valor`);
    return 0;
  };

  if (text.startsWith("--")) {
    const [name, ...value] = text.split("=");
    const kind = command.o[name];
    if (kind === undefined) return isDynamic(name) ? 0 : unknown(name);
    if (value.length > 0 || kind !== 1) return 0;
    return hasNext ? 1 : missing(name);
  }
  if (command.o[text] === 0) return 0;
  // Combined short flags: `-it`, `-p8086:80`, `-dp 80:80`.
  for (let j = 1; j < text.length; j++) {
    const flag = `-${text[j]}`;
    const kind = command.o[flag];
    if (kind === undefined) return isDynamic(text) ? 0 : unknown(j === 1 && text.length === 2 ? text : flag);
    if (kind === 1) {
      if (j + 1 < text.length) return 0;
      return hasNext ? 1 : missing(flag);
    }
  }
  return 0;
}
