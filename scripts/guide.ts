/**
 * `npm run guide`: builds aula's guide (docs/) with aula, as any teacher's course is built, into dist-guia/.
 * `node scripts/guide.ts dev|lint|preview` runs the other commands on it. The sample course is not touched.
 */
import { resolve } from "node:path";
import { main } from "../src/cli/main.ts";

const root = resolve(import.meta.dirname, "..");

/** The guide's folders on top of `env`: what the caller sets (BASE_PATH, AULA_OUT_DIR in CI) wins. */
export function guideEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    AULA_CONTENT_DIR: env.AULA_CONTENT_DIR?.trim() || resolve(root, "docs"),
    AULA_PUBLIC_DIR: env.AULA_PUBLIC_DIR?.trim() || resolve(root, "docs/_public"),
    AULA_OUT_DIR: env.AULA_OUT_DIR?.trim() || resolve(root, "dist-guia"),
  };
}

if (import.meta.main) {
  const [command = "build", ...rest] = process.argv.slice(2);
  process.exitCode = await main({ argv: [command, ...rest], cwd: root, env: guideEnv(process.env) });
}
