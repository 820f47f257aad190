import type { ShikiTransformer } from "shiki";

/**
 * Shiki gives up on a line after 500 ms of wall-clock time (`tokenizeTimeLimit`) and prints the rest of it
 * as one token in the theme's default colour. The first line of a language pays for compiling its grammar,
 * so on a busy machine an unchanged lesson could render differently from one build (or one process) to the
 * next, change its content hash and have its PDF reprinted. Without the limit the same code always gives the
 * same HTML. Set here, before tokenizing: Astro's `rehypeShiki` passes no tokenizer options of its own.
 */
export const shikiUntimed: ShikiTransformer = {
  name: "aula:untimed",
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
};
