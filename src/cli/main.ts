import { closest } from "../core/text/closest.ts";
import { enginePackage } from "../core/engine/package.ts";
import { type CliParams, type CommandModule, UsageError } from "./params.ts";
import type { MainParams } from "../core/lint/cli.ts";
import { exporters } from "../exporters/registry.ts";

export interface Command {
  /** One word, or two for a command with a kind (`export moodle`). */
  name: string;
  /** What comes after the name in the list of commands. */
  args?: string;
  summary: string;
  /** Loaded only when run: `aula --help` starts no print pipeline. */
  load: () => Promise<CommandModule>;
}

/** Every command, in the order `aula --help` lists them; the guide's reference is written from it. */
export const commands: readonly Command[] = [
  {
    name: "init",
    args: "[carpeta]",
    summary: "crea un curso nuevo (en la carpeta actual si no se indica)",
    load: () => import("./commands/init.ts"),
  },
  {
    name: "dev",
    summary: "sirve el curso mientras escribes; recarga al guardar",
    load: () => import("./commands/dev.ts"),
  },
  {
    name: "build",
    summary: "construye el sitio en dist/, con la búsqueda y los PDF",
    load: () => import("./commands/build.ts"),
  },
  { name: "preview", summary: "sirve el sitio ya construido", load: () => import("./commands/preview.ts") },
  { name: "pdf", summary: "genera los PDF del curso y de cada lección", load: () => import("./commands/pdf.ts") },
  {
    name: "lint",
    args: "[lección.md | carpeta]…",
    summary: "comprueba los bloques de código de las lecciones",
    load: () => import("./commands/lint.ts"),
  },
  // One command per export format of the registry: `aula export moodle`, `aula export scorm`…
  ...exporters.map((entry) => ({
    name: `export ${entry.name}`,
    summary: entry.summary,
    load: async () => (await import("./commands/export.ts")).exportCommand(entry),
  })),
  {
    name: "import gift",
    args: "ARCHIVO.gift",
    summary: "convierte un banco de preguntas GIFT en cuestionarios",
    load: () => import("./commands/import-gift.ts"),
  },
  {
    name: "images",
    summary: "descarga las imágenes remotas de las lecciones",
    load: () => import("./commands/images.ts"),
  },
];

const label = (c: Command) => (c.args ? `${c.name} ${c.args}` : c.name);

function listOf(list: readonly Command[]): string {
  const width = Math.max(...list.map((c) => label(c).length)) + 2;
  return list.map((c) => `  ${label(c).padEnd(width)}${c.summary}`).join("\n");
}

export const usage = `Uso: aula <orden> [opciones]

aula convierte un curso escrito en Markdown (content/) en un sitio web estático con búsqueda,
cuestionarios y PDF. Las órdenes se ejecutan en la carpeta del curso.

Órdenes:
${listOf(commands)}

«aula <orden> --help» explica cada una. Todas salen con 0 si terminaron bien, 1 si el curso tiene
problemas que corregir (cada uno en una línea, con su archivo y su línea) y 2 si la orden está mal
escrita o algo falló.`;

/** The same parameters as the lint's `main()`, which had this markdownlint-cli2 shape first. */
export type { MainParams };

const isHelp = (arg: string) => arg === "--help" || arg === "-h";

/** The `aula` command: returns the exit code (0 done, 1 author problems, 2 bad usage or crash), like markdownlint-cli2. */
export async function main(params: MainParams): Promise<number> {
  const stdout = params.stdout ?? ((text: string) => process.stdout.write(`${text}\n`));
  const stderr = params.stderr ?? ((text: string) => process.stderr.write(`${text}\n`));
  const env = params.env ?? process.env;
  const [first, ...rest] = params.argv;
  if (first === undefined || isHelp(first) || first === "help") {
    (first === undefined ? stderr : stdout)(usage);
    return first === undefined ? 2 : 0;
  }
  if (first === "--version" || first === "-v") {
    stdout(enginePackage().version);
    return 0;
  }
  const family = commands.filter((c) => c.name.split(" ")[0] === first);
  if (family.length === 0) {
    const suggestion = closest(first, new Set(commands.map((c) => c.name.split(" ")[0]!)));
    stderr(
      `aula: «${first}» no es una orden de aula.${suggestion ? ` ¿Querías decir «aula ${suggestion}»?` : ""} ` +
        "«aula --help» las lista.",
    );
    return 2;
  }
  let command = family.find((c) => c.name === first);
  let argv = rest;
  if (!command) {
    // A command with kinds: `aula export moodle`.
    const [kind, ...more] = rest;
    command = family.find((c) => c.name === `${first} ${kind}`);
    argv = more;
    if (!command) {
      const text = `Uso: aula ${first} ${family.map((c) => c.name.split(" ")[1]).join("|")}\n\n${listOf(family)}`;
      if (kind !== undefined && isHelp(kind)) {
        stdout(text);
        return 0;
      }
      stderr(kind === undefined ? text : `aula ${first}: «${kind}» no es un formato que aula conozca.\n\n${text}`);
      return 2;
    }
  }
  const cli: CliParams = { argv, cwd: params.cwd ?? process.cwd(), env, stdout, stderr };
  try {
    const module = await command.load();
    if (argv.some(isHelp)) {
      stdout(module.usage);
      return 0;
    }
    return await module.run(cli);
  } catch (error) {
    if (error instanceof UsageError) {
      stderr(`aula ${command.name}: ${error.message}. «aula ${command.name} --help» explica cómo se usa.`);
      return 2;
    }
    stderr(`aula ${command.name} no pudo terminar: ${error instanceof Error ? error.message : String(error)}`);
    if (env.AULA_DEBUG && error instanceof Error && error.stack) stderr(error.stack);
    return 2;
  }
}
