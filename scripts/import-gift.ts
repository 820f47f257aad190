// Turns a GIFT question bank into our Markdown quiz blocks: `npm run import:gift FILE.gift [--lesson content/…md]`.
// With --lesson the blocks are appended to that lesson; without it they are printed. What cannot be
// carried over is one line per question, on stderr.
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { giftToMarkdown, GiftSyntaxError } from "../src/exporters/moodle/gift-import.ts";

/** Exit codes: 0 imported, 1 bad arguments or a GIFT syntax error. */
export function main(
  args: string[],
  out: (text: string) => void,
  error: (line: string) => void,
  env: NodeJS.ProcessEnv = {},
): number {
  // `npm run import:gift a.gift --lesson b.md` (without `--`): npm keeps the flag and passes only b.md.
  const argv =
    env.npm_config_lesson && !args.includes("--lesson") ? [args[0] ?? "", "--lesson", ...args.slice(1)] : args;
  const at = argv.indexOf("--lesson");
  const lesson = at === -1 ? undefined : argv[at + 1];
  const file = argv.find((arg, i) => !arg.startsWith("--") && (at === -1 || i !== at + 1));
  if (!file || (at !== -1 && !lesson)) {
    error("uso: npm run import:gift ARCHIVO.gift [--lesson content/tema/leccion.md]");
    return 1;
  }
  for (const path of [file, lesson])
    if (path && !existsSync(path)) {
      error(`${path}  error  El archivo no existe  (comprueba la ruta)  [gift/missing-file]`);
      return 1;
    }
  let result;
  try {
    result = giftToMarkdown(readFileSync(file, "utf8"));
  } catch (caught) {
    if (!(caught instanceof GiftSyntaxError)) throw caught;
    const message = caught.message.replace(/\s+/g, " ");
    error(
      `${file}:${caught.line}:${caught.column}  error  GIFT mal escrito: ${message}  (corrige esa línea del banco)  [gift/syntax]`,
    );
    return 1;
  }
  for (const line of result.skipped) error(`${file}  aviso  No se conserva: ${line}  [gift/not-imported]`);
  if (lesson) {
    const current = readFileSync(lesson, "utf8");
    const gap = current.endsWith("\n\n") ? "" : current.endsWith("\n") ? "\n" : "\n\n";
    appendFileSync(lesson, gap + result.markdown);
    error(`${lesson}  ${result.questions === 1 ? "1 pregunta añadida" : `${result.questions} preguntas añadidas`}`);
  } else out(result.markdown);
  return 0;
}

if (import.meta.main)
  process.exitCode = main(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (line) => console.error(line),
    process.env,
  );
