import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BlockProblem, Severity } from "../model.ts";
import { atScript, type ShellScript } from "./shell.ts";

export interface ShellcheckOptions {
  /** Lowest level reported: error, warning, info or style. */
  severity: "error" | "warning" | "info" | "style";
  /** Checks that make no sense on a snippet (`SC2148`: no shebang…). */
  exclude: string[];
  /** The program, `shellcheck` on the PATH by default. */
  program?: string;
}

/** ShellCheck is a Debian package, not an npm one: use it when the machine has it. */
export function shellcheckVersion(program = "shellcheck"): string | undefined {
  const result = spawnSync(program, ["--version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) return undefined;
  return /version:\s*(\S+)/.exec(result.stdout)?.[1] ?? "?";
}

interface Comment {
  file: string;
  line: number;
  column: number;
  level: "error" | "warning" | "info" | "style";
  code: number;
  message: string;
}

const levels: Record<Comment["level"], Severity> = { error: "error", warning: "warning", info: "info", style: "info" };

/** Runs ShellCheck once over every script (one process for the whole course), keyed as given. */
export async function runShellcheck(
  scripts: Map<string, ShellScript>,
  options: ShellcheckOptions,
): Promise<Map<string, BlockProblem[]>> {
  const results = new Map<string, BlockProblem[]>();
  if (scripts.size === 0) return results;
  const dir = mkdtempSync(join(tmpdir(), "aula-shellcheck-"));
  try {
    const files = new Map<string, { key: string; script: ShellScript; shift: number }>();
    let n = 0;
    for (const [key, script] of scripts) {
      const path = join(dir, `${++n}.sh`);
      const hasShebang = script.text.startsWith("#!");
      writeFileSync(path, hasShebang ? script.text : `# shellcheck shell=bash\n${script.text}`);
      files.set(path, { key, script, shift: hasShebang ? 0 : 1 });
      results.set(key, []);
    }
    const args = ["--format=json1", `--severity=${options.severity}`, "--norc"];
    if (options.exclude.length > 0) args.push(`--exclude=${options.exclude.join(",")}`);
    const output = await run(options.program ?? "shellcheck", [...args, ...files.keys()]);
    const comments = (JSON.parse(output || '{"comments":[]}') as { comments: Comment[] }).comments;
    for (const comment of comments) {
      const target = files.get(comment.file);
      if (!target) continue;
      const pos = atScript(target.script, comment.line - target.shift, comment.column);
      results.get(target.key)?.push({
        ...pos,
        severity: levels[comment.level],
        ruleId: `SC${comment.code}`,
        message: comment.message,
        fix: `https://www.shellcheck.net/wiki/SC${comment.code}`,
      });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(program: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    // ShellCheck exits 1 when it has comments; only other codes are failures.
    child.on("close", (code) =>
      code === 0 || code === 1
        ? resolve(Buffer.concat(out).toString("utf8"))
        : reject(new Error(`shellcheck terminó con código ${code}: ${Buffer.concat(err).toString("utf8").trim()}`)),
    );
  });
}
