import { loadCourseConfig, readContentDirs } from "../core/course/env.ts";
import { authorLanguage } from "../core/i18n/author/index.ts";

/**
 * The language the `aula` commands speak: `AULA_LANG`, else the `lang:` of the course in `cwd`, else Spanish.
 * A course that cannot be read yet (no curso.yaml, or a broken one) leaves Spanish; the command says why.
 */
export function cliLanguage(env: NodeJS.ProcessEnv, cwd: string): string {
  if (env.AULA_LANG?.trim()) return authorLanguage(env.AULA_LANG, undefined);
  try {
    return authorLanguage(undefined, loadCourseConfig(readContentDirs(env, cwd).contentDir).lang);
  } catch {
    return "es";
  }
}
