import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { authorLanguage } from "../core/i18n/author/index.ts";

/** A top-level `lang: en` (quoted or not, with a comment after it or not). */
const langLine = /^lang:[ \t]*["']?([A-Za-z-]+)["']?[ \t]*(?:#.*)?$/m;

/**
 * The language the `aula` commands speak: `AULA_LANG`, else the `lang:` of the course in `cwd`, else Spanish.
 * Only that one line of curso.yaml is read: every command starts here, `aula init` from a bare tarball has no
 * YAML parser yet, and a broken curso.yaml is for the command itself to report.
 */
export function cliLanguage(env: NodeJS.ProcessEnv, cwd: string): string {
  if (env.AULA_LANG?.trim()) return authorLanguage(env.AULA_LANG, undefined);
  try {
    const contentDir = resolve(cwd, env.AULA_CONTENT_DIR?.trim() || "content");
    const written = langLine.exec(readFileSync(resolve(contentDir, "curso.yaml"), "utf8"))?.[1];
    return authorLanguage(undefined, written);
  } catch {
    return "es";
  }
}
