import type { AstroIntegration } from "astro";
import { AuthorError, buildProblems } from "../problems/report.ts";

/**
 * Makes author mistakes fatal. The loader already fails on errors in `.md` lessons; `.mdx`
 * lessons are rendered later by Vite, so their plugin errors are checked when the build ends.
 */
export default function failOnAuthorErrors(): AstroIntegration {
  return {
    name: "aula-fail-on-author-errors",
    hooks: {
      "astro:build:done": () => {
        const errors = buildProblems().list("error");
        if (errors.length > 0) throw new AuthorError(errors);
      },
    },
  };
}
