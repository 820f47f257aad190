import { closest } from "../core/text/closest.ts";
import { enginePackage } from "../core/engine/package.ts";
import { type CliParams, type CommandModule, UsageError } from "./params.ts";
import type { MainParams } from "../core/lint/cli.ts";
import { exporters } from "../exporters/registry.ts";
import { type AuthorMessageKey, say } from "../core/i18n/author/index.ts";
import { cliLanguage } from "./language.ts";

export interface Command {
  /** One word, or two for a command with a kind (`export moodle`). */
  name: string;
  /** What comes after the name in the list of commands. */
  args?: AuthorMessageKey;
  /** A message key, or the text itself (an exporter's summary). */
  summary: AuthorMessageKey | { text: string };
  /** Loaded only when run: `aula --help` starts no print pipeline. */
  load: () => Promise<CommandModule>;
}

/** Every command, in the order `aula --help` lists them; the guide's reference is written from it. */
export const commands: readonly Command[] = [
  {
    name: "init",
    args: "cli.init.args",
    summary: "cli.init",
    load: () => import("./commands/init.ts"),
  },
  {
    name: "dev",
    summary: "cli.dev",
    load: () => import("./commands/dev.ts"),
  },
  {
    name: "build",
    summary: "cli.build",
    load: () => import("./commands/build.ts"),
  },
  { name: "preview", summary: "cli.preview", load: () => import("./commands/preview.ts") },
  { name: "pdf", summary: "cli.pdf", load: () => import("./commands/pdf.ts") },
  {
    name: "lint",
    args: "cli.lint.args",
    summary: "cli.lint",
    load: () => import("./commands/lint.ts"),
  },
  // One command per export format of the registry: `aula export moodle`, `aula export scorm`…
  ...exporters.map((entry) => ({
    name: `export ${entry.name}`,
    summary: { text: entry.summary },
    load: async () => (await import("./commands/export.ts")).exportCommand(entry),
  })),
  {
    name: "import gift",
    args: "cli.importGift.args",
    summary: "cli.importGift",
    load: () => import("./commands/import-gift.ts"),
  },
  {
    name: "images",
    summary: "cli.images",
    load: () => import("./commands/images.ts"),
  },
];

const label = (c: Command, lang: string) => (c.args ? `${c.name} ${say(lang, c.args)}` : c.name);

function listOf(list: readonly Command[], lang: string): string {
  const width = Math.max(...list.map((c) => label(c, lang).length)) + 2;
  const summary = (c: Command) => (typeof c.summary === "string" ? say(lang, c.summary) : c.summary.text);
  return list.map((c) => `  ${label(c, lang).padEnd(width)}${summary(c)}`).join("\n");
}

/** `aula --help`, in the teacher's language. */
export function usage(lang = "es"): string {
  return [
    say(lang, "cli.usage"),
    say(lang, "cli.about"),
    `${say(lang, "cli.commands")}\n${listOf(commands, lang)}`,
    say(lang, "cli.exitCodes"),
  ].join("\n\n");
}

/** The same parameters as the lint's `main()`, which had this markdownlint-cli2 shape first. */
export type { MainParams };

const isHelp = (arg: string) => arg === "--help" || arg === "-h";

/** The `aula` command: returns the exit code (0 done, 1 author problems, 2 bad usage or crash), like markdownlint-cli2. */
export async function main(params: MainParams): Promise<number> {
  const stdout = params.stdout ?? ((text: string) => process.stdout.write(`${text}\n`));
  const stderr = params.stderr ?? ((text: string) => process.stderr.write(`${text}\n`));
  const env = params.env ?? process.env;
  const [first, ...rest] = params.argv;
  const lang = cliLanguage(env, params.cwd ?? process.cwd());
  if (first === undefined || isHelp(first) || first === "help") {
    (first === undefined ? stderr : stdout)(usage(lang));
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
      say(lang, "cli.unknownCommand", { command: first }) +
        (suggestion ? say(lang, "cli.didYouMean", { suggestion }) : "") +
        say(lang, "cli.listHint"),
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
      const line = `${say(lang, "cli.usage").split(":")[0]}: aula ${first} ${family.map((c) => c.name.split(" ")[1]).join("|")}`;
      const text = `${line}\n\n${listOf(family, lang)}`;
      if (kind !== undefined && isHelp(kind)) {
        stdout(text);
        return 0;
      }
      stderr(kind === undefined ? text : `${say(lang, "cli.unknownKind", { command: first, kind })}\n\n${text}`);
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
      stderr(say(lang, "cli.usageError", { command: command.name, message: error.message }));
      return 2;
    }
    stderr(
      say(lang, "cli.crashed", {
        command: command.name,
        message: error instanceof Error ? error.message : String(error),
      }),
    );
    if (env.AULA_DEBUG && error instanceof Error && error.stack) stderr(error.stack);
    return 2;
  }
}
