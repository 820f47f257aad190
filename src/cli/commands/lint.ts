import { main, usage } from "../../core/lint/cli.ts";
import type { CliParams } from "../params.ts";

export { usage };

export function run({ argv, cwd, env, stdout, stderr }: CliParams): Promise<number> {
  return main({ argv, cwd, env, stdout, stderr });
}
