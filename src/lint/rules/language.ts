import { knownLanguages, terminalFence } from "../languages.ts";
import type { BlockProblem, CodeBlock } from "../model.ts";
import { looksLikeCommand } from "./shell.ts";

/** Line 0 means the fence line. */
const fence = { line: 0, column: 1 };

/** Every block says what it holds, from a list the site can highlight and the checker can read. */
export function checkLanguage(block: CodeBlock): BlockProblem[] {
  const lang = block.lang;
  if (!lang) {
    const first = block.value.split("\n").find((l) => l.trim()) ?? "";
    const hint = /^\s*FROM\s/i.test(first)
      ? "parece un Dockerfile: usa ```dockerfile"
      : looksLikeCommand(first)
        ? "parece una orden de terminal: usa ```console con «$ » delante de cada orden, o ```bash"
        : "si es la salida de un programa, usa ```text";
    return [
      {
        ...fence,
        severity: "error",
        ruleId: "code/language",
        message: "El bloque de código no dice su lenguaje",
        fix: hint,
      },
    ];
  }
  if (knownLanguages.has(lang.toLowerCase()) || terminalFence.test(lang)) return [];
  return [
    {
      ...fence,
      severity: "error",
      ruleId: "code/language",
      message: `Lenguaje desconocido «${lang}»`,
      fix: `usa uno de: ${[...knownLanguages].slice(0, 12).join(", ")}…, o .term1`,
    },
  ];
}
