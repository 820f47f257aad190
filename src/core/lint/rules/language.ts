import {
  detectLanguage,
  isHttpMessage,
  startsWithCommand,
  looksLikeBuildOutput,
  looksLikeDockerfile,
} from "../detect-language.ts";
import { blockKind, canonicalLanguage, isKnownLanguage, nearestLanguage } from "../../text/languages.ts";
import type { BlockProblem, CodeBlock } from "../model.ts";
import { severityOf } from "../../problems/rules.ts";

/** Line 0 means the fence line. */
const fence = { line: 0, column: 1 };
const fixHint = "npm run lint:code -- --fix lo cambia";

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
