import type { CourseLint } from "../course/schema.ts";

/** How `aula lint` checks code blocks: aula's defaults, with the course's `lint:` from `curso.yaml` on top. */
export interface LintConfig {
  shellcheck: {
    severity: "error" | "warning" | "info" | "style";
    /** Checks switched off for every snippet, each with its reason. */
    exclude: Record<string, string>;
  };
  /** Rules switched off for the whole course: rule id → reason. */
  ignore: Record<string, string>;
  /** More command names that may start with a capital letter, or that lessons use. */
  commands: string[];
}

/** What every course gets: ShellCheck checks that only make noise on tutorial snippets. Each says why. */
export const defaultLintConfig: LintConfig = {
  shellcheck: {
    severity: "warning",
    exclude: {
      SC2148: "a snippet has no shebang; the fence says the shell",
      SC2164: "tutorial steps run cd interactively; `|| exit` would only add noise",
      SC2034: "a snippet may set a variable used in a later block",
      SC2154: "a snippet may use a variable set in an earlier block",
      SC1090: "sourced files are not part of the lesson",
      SC1091: "sourced files are not part of the lesson",
      SC1101: "shell/continuation-space reports it without ShellCheck, and --fix removes the spaces",
    },
  },
  ignore: {},
  commands: [],
};

/** aula's defaults with a course's `lint:` settings added. */
export function lintConfigFor(course: CourseLint | undefined): LintConfig {
  return {
    shellcheck: {
      severity: course?.shellcheck?.severity ?? defaultLintConfig.shellcheck.severity,
      exclude: { ...defaultLintConfig.shellcheck.exclude, ...course?.shellcheck?.exclude },
    },
    ignore: { ...defaultLintConfig.ignore, ...course?.ignore },
    commands: [...defaultLintConfig.commands, ...(course?.commands ?? [])],
  };
}
