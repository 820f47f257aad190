import { spawn } from "node:child_process";
import { astroCommand } from "../core/build/astro.ts";

export interface AstroRun {
  code: number;
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
    child.on("close", (code, signal) => {
      for (const signal of signals) process.off(signal, forward);
      // Stopping `aula dev` with Ctrl+C is how it ends, not a failure.
      done({ code: code ?? (stopped || signal === "SIGINT" || signal === "SIGTERM" ? 0 : 2), output });
    });
  });
}
