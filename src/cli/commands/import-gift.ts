// `aula import gift FILE.gift [--lesson content/…md]`: a GIFT question bank as our Markdown quiz blocks. With
// --lesson the blocks are appended to that lesson; without it they are printed. What cannot be carried over
// is one line per question, on stderr.
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { giftToMarkdown, GiftSyntaxError } from "../../exporters/moodle/gift-import.ts";
import type { CliParams } from "../params.ts";

export const usage = `Uso: aula import gift ARCHIVO.gift [--lesson content/tema/leccion.md]

Convierte un banco de preguntas GIFT (de Moodle) en cuestionarios del curso. Sin --lesson los escribe
en la salida; con --lesson los añade al final de esa lección. Lo que no se puede conservar se dice en una
línea por pregunta.

  --lesson ARCHIVO   la lección a la que se añaden
  --help             esta ayuda

Sale con 0 si los importó, 1 si el GIFT está mal escrito (con su línea) y 2 si la orden está mal escrita o
el archivo no existe.`;

/** Exit codes: 0 imported, 1 a GIFT syntax error, 2 bad arguments or a missing file. */
export function main(
  args: string[],
  out: (text: string) => void,
  error: (line: string) => void,
  env: NodeJS.ProcessEnv = {},
  cwd: string = process.cwd(),
): number {
  // `npm run import:gift a.gift --lesson b.md` (without `--`): npm keeps the flag and passes only b.md.
  const argv =
    env.npm_config_lesson && !args.includes("--lesson") ? [args[0] ?? "", "--lesson", ...args.slice(1)] : args;
  const at = argv.indexOf("--lesson");
  const lesson = at === -1 ? undefined : argv[at + 1];
  const file = argv.find((arg, i) => !arg.startsWith("--") && (at === -1 || i !== at + 1));
  if (!file || (at !== -1 && !lesson)) {
    error("uso: aula import gift ARCHIVO.gift [--lesson content/tema/leccion.md]");
    return 2;
  }
  for (const path of [file, lesson])
    if (path && !existsSync(resolve(cwd, path))) {
      error(`${path}  error  El archivo no existe  (comprueba la ruta)  [gift/missing-file]`);
      return 2;
    }
  let result;
  try {
    result = giftToMarkdown(readFileSync(resolve(cwd, file), "utf8"));
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
    const path = resolve(cwd, lesson);
    const current = readFileSync(path, "utf8");
    const gap = current.endsWith("\n\n") ? "" : current.endsWith("\n") ? "\n" : "\n\n";
    appendFileSync(path, gap + result.markdown);
    error(`${lesson}  ${result.questions === 1 ? "1 pregunta añadida" : `${result.questions} preguntas añadidas`}`);
  } else out(result.markdown);
  return 0;
}

export function run({ argv, cwd, env, stdout, stderr }: CliParams): number {
  // The blocks end with a newline, which the line writer adds back.
  return main(argv, (text) => stdout(text.replace(/\n$/, "")), stderr, env, cwd);
}
