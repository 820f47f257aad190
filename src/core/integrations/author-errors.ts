import type { AstroIntegration } from "astro";
import { AuthorError } from "../problems/report.ts";
import type { BuildSession } from "../session.ts";

/**
 * Makes author mistakes fatal. The loader already fails on errors in `.md` lessons; `.mdx`
 * lessons are rendered later by Vite, so their plugin errors are checked when the build ends.
 */
export default function failOnAuthorErrors(session: Pick<BuildSession, "problems" | "authorLang">): AstroIntegration {
  return {
    name: "aula-fail-on-author-errors",
    hooks: {
      "astro:build:done": () => {
        const errors = session.problems.list("error");
        if (errors.length > 0) throw new AuthorError(errors, session.authorLang);
      },
    },
  };
}
