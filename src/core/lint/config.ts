import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/** `scripts/lint-code-blocks.json`, beside the script: the defaults every lesson gets. */
export const lintConfigSchema = z
  .object({
    $comment: z.string().optional(),
    /** ShellCheck's settings for tutorial snippets. */
    shellcheck: z
      .object({
        severity: z.enum(["error", "warning", "info", "style"]).default("warning"),
        /** Checks switched off for every snippet, each with its reason. */
        exclude: z.record(z.string().regex(/^SC\d+$/), z.string().min(1)).default({}),
      })
      .default({ severity: "warning", exclude: {} }),
    /** Rules switched off for the whole course: rule id → reason. */
    ignore: z.record(z.string(), z.string().min(1)).default({}),
    /** More command names that may start with a capital letter, or that lessons use. */
    commands: z.array(z.string()).default([]),
  })
  .strict();

export type LintConfig = z.infer<typeof lintConfigSchema>;

export const configFileName = "scripts/lint-code-blocks.json";

/** Reads the config; a mistake in it is a message, not a stack trace. */
export function loadLintConfig(root: string): { config: LintConfig; error?: string } {
  const path = join(root, configFileName);
  if (!existsSync(path)) return { config: lintConfigSchema.parse({}) };
  try {
    const result = lintConfigSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
    if (result.success) return { config: result.data };
    const issue = result.error.issues[0];
    return {
      config: lintConfigSchema.parse({}),
      error: `${configFileName}: «${issue.path.join(".")}»: ${issue.message}`,
    };
  } catch (error) {
    return {
      config: lintConfigSchema.parse({}),
      error: `${configFileName}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
