import type { AstroIntegration } from "astro";
import { AuthorError, buildDiagnostics } from "../diagnostics.ts";

/**
 * Makes author mistakes fatal. The loader already fails on errors in `.md` lessons; `.mdx`
 * lessons are rendered later by Vite, so their plugin errors are checked when the build ends.
 */
export default function aula(): AstroIntegration {
  return {
    name: "aula",
    hooks: {
      "astro:build:done": () => {
        const errors = buildDiagnostics().list("error");
        if (errors.length > 0) throw new AuthorError(errors);
      },
    },
  };
}
