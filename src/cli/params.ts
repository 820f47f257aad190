/** What a command gets from the `aula` bin: its arguments, the course folder and where to write. */
export interface CliParams {
  /** Arguments after the command's name (`aula pdf --paper=letter` → `["--paper=letter"]`). */
  argv: string[];
  /** The course folder: the course's own files are relative to it, the engine's never are. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** One line (or block of lines) to standard output, without its final newline. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A subcommand's module: its `--help` text and what it does. Exit codes: 0 done, 1 author problems, 2 crash. */
export interface CommandModule {
  usage: string;
  run(params: CliParams): number | Promise<number>;
}

/** A wrong invocation: the command prints it with a pointer to `--help` and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
    this.stack = "";
  }
}
