import {
  detectLanguage,
  isHttpMessage,
  startsWithCommand,
  looksLikeBuildOutput,
  looksLikeDockerfile,
} from "../detect-language.ts";
import { blockKind, canonicalLanguage, isKnownLanguage, nearestLanguage } from "../../text/languages.ts";
import type { BlockProblem, CodeBlock } from "../model.ts";
import { placeInFile } from "../model.ts";
import { plural } from "../../i18n/plural.ts";
import { severityOf } from "../../problems/rules.ts";

/** Line 0 means the fence line. */
const fence = { line: 0, column: 1 };
const fixHint = "npx aula lint --fix lo cambia";

/** Every block says what it holds, in a name the site highlights. */
export function checkLanguage(block: CodeBlock): BlockProblem[] {
  const lang = block.lang;
  const problem = (message: string, fix: string): BlockProblem[] => [
    { ...fence, severity: severityOf("code/language"), ruleId: "code/language", message, fix },
  ];
  if (!lang) {
    const detected = detectLanguage(block.value);
    const first = block.value.split("\n").find((l) => l.trim()) ?? "";
    const what = detected.sure
      ? `parece ${detected.lang}`
      : startsWithCommand(first)
        ? "parece una orden y su salida: usa ```console con «$ » delante de la orden, o"
        : "no se distingue qué es";
    if (block.indented)
      return problem(
        "El bloque de código sangrado no dice su lenguaje",
        `${what}: escríbelo entre una línea \`\`\`${detected.lang} y otra \`\`\`, sin sangría (--fix no cambia los bloques sangrados)`,
      );
    return problem("El bloque de código no dice su lenguaje", `${what}: usa \`\`\`${detected.lang} (${fixHint})`);
  }
  const canonical = canonicalLanguage(lang, block.meta);
  if (canonical) {
    const written = canonical.replaceInfo ? `${lang} ${block.meta}`.trim() : lang;
    return problem(
      `El lenguaje «${written}» se escribe «${canonical.lang}»`,
      `usa \`\`\`${canonical.lang} (${fixHint})`,
    );
  }
  if (isKnownLanguage(lang)) return [];
  const nearest = nearestLanguage(lang);
  return problem(
    `Lenguaje desconocido «${lang}»: se mostrará sin resaltar`,
    nearest ? `¿querías decir \`\`\`${nearest}?` : "usa un lenguaje de https://shiki.style/languages, o ```text",
  );
}

/**
 * A block whose label says one thing and whose content is another (an HTTP exchange in ```bash,
 * shell commands or build output in ```dockerfile): one finding instead of one per line, and none of
 * the label's rules.
 */
export function checkWrongLanguage(block: CodeBlock): BlockProblem | undefined {
  const kind = blockKind(block);
  let should: string | undefined;
  if ((kind === "shell" || kind === "console") && isHttpMessage(block.value)) should = "http";
  else if (kind === "dockerfile" && !looksLikeDockerfile(block.value)) {
    const detected = detectLanguage(block.value).lang;
    should = looksLikeBuildOutput(block.value) ? "text" : detected === "dockerfile" ? "text" : detected;
  }
  if (!should) return undefined;
  const what: Record<string, string> = {
    http: "un mensaje HTTP",
    bash: "órdenes de terminal",
    console: "órdenes de terminal con su salida",
    text: "texto o la salida de un programa",
  };
  return {
    ...fence,
    severity: severityOf("code/wrong-language"),
    ruleId: "code/wrong-language",
    message: `El bloque dice «${block.lang}» pero contiene ${what[should] ?? should}`,
    fix: `usa \`\`\`${should}`,
  };
}

// Lines that carry no command of their own: a comment, the end of a compound command, a heredoc's end.
const structure = /^\s*(#|[{}()]|;;|fi\b|done\b|esac\b|then\b|else\b|elif\b|do\b|EOF\b)/;

/**
 * Program output pasted into a ```bash block (`Server version: Apache/2.4 (Ubuntu)`): the shell rules
 * would call it an unknown command or a syntax error. When every such finding sits on a line that is
 * not a command, this one finding replaces them: the block holds output, or a command and its output.
 */
export function checkOutputInShell(block: CodeBlock, problems: readonly BlockProblem[]): BlockProblem | undefined {
  if (blockKind(block) !== "shell" || /<<-?\s*['"]?\w/.test(block.value)) return undefined;
  const offending = problems.filter(
    (p) => p.ruleId === "shell/syntax" || (p.ruleId === "shell/capitalised-command" && p.severity === "warning"),
  );
  if (offending.length === 0) return undefined;
  const output = new Set<number>();
  let commands = 0;
  let continued = false;
  block.value.split("\n").forEach((line, i) => {
    const text = line.trimEnd();
    if (!text.trim()) {
      continued = false;
      return;
    }
    if (continued || structure.test(text)) {
      // part of the command above, or no command
    } else if (startsWithCommand(text)) commands++;
    else output.add(i + 1);
    continued = /\\$/.test(text) || /(&&|\|\||\|)$/.test(text);
  });
  if (!offending.every((p) => output.has(p.line))) return undefined;
  const first = Math.min(...output);
  return {
    line: first,
    column: 1,
    severity: severityOf("code/wrong-language"),
    ruleId: "code/wrong-language",
    ...(commands === 0
      ? {
          message: `El bloque dice «${block.lang}» pero contiene la salida de un programa, no órdenes`,
          fix: "usa ```text",
        }
      : {
          message: `El bloque dice «${block.lang}» pero esta línea parece la salida de una orden, no una orden`,
          fix: "pon la salida en un bloque ```text aparte, o usa ```console con «$ » delante de cada orden",
        }),
  };
}

/**
 * The code/language finding of an untagged block told the truth about `--fix`: when the language it
 * looks like would bring errors, `--fix` leaves the fence alone, and the author has to mend it first.
 */
export function withTrialErrors(
  block: CodeBlock,
  finding: BlockProblem,
  lang: string,
  errors: BlockProblem[],
): BlockProblem {
  const first = placeInFile(block, errors[0]);
  const count = `${errors.length} ${plural(errors.length, "error", "errores")}`;
  return {
    ...finding,
    fix: `parece ${lang}, pero como \`\`\`${lang} tendría ${count} (línea ${first.line}: ${first.message}): corrígelo y pon \`\`\`${lang}, o usa \`\`\`text; --fix lo deja como está`,
  };
}
