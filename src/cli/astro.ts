import { spawn } from "node:child_process";
import { astroCommand } from "../core/build/astro.ts";

export interface AstroRun {
  /** Astro's exit code, as aula's: 0 done, 1 what Astro reports for author errors, 2 anything else. */
  code: 0 | 1 | 2;
  /** Ended by a signal aula passed on (Ctrl+C, a `kill`): how `aula dev` and `aula preview` end. */
  stopped: boolean;
  /** What Astro printed, when asked to keep it. */
  output: string;
}

/**
 * Runs the course's Astro (`astro build`, `dev`, `preview`) in the course folder. With `keep`, its output
 * is echoed as it comes and kept; otherwise Astro writes to the terminal itself. A signal aula receives
 * (Ctrl+C, a `kill`) is passed on, so no Astro is left running without the `aula` that started it.
 */
export function runAstro(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { keep?: boolean } = {},
): Promise<AstroRun> {
  const astro = astroCommand(cwd, args);
  const keep = options.keep ?? false;
  const child = spawn(astro.command, astro.args, {
    cwd,
    env: {
      ...env,
      ASTRO_TELEMETRY_DISABLED: "1",
      ...(keep && process.stdout.isTTY ? { FORCE_COLOR: "1" } : {}),
    },
    stdio: keep ? ["inherit", "pipe", "pipe"] : "inherit",
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
    process.stdout.write(chunk);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
    process.stderr.write(chunk);
  });
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  let stopped = false;
  const forward = (signal: NodeJS.Signals) => {
    stopped = true;
    child.kill(signal);
  };
  for (const signal of signals) process.on(signal, forward);
  return new Promise((done, fail) => {
    child.on("error", (error) => {
      for (const signal of signals) process.off(signal, forward);
      fail(error);
    });
    child.on("close", (code) => {
      for (const signal of signals) process.off(signal, forward);
      // Astro stopped by a signal exits 130 or 143 (or by the signal itself): never «done» for a build.
      done({ code: code === 0 || code === 1 ? code : 2, stopped, output });
    });
  });
}
