import { createShikiHighlighter } from "@astrojs/markdown-remark/shiki";
import { toHtml } from "hast-util-to-html";
import type { ShikiTransformer } from "shiki";
import { describe, expect, it } from "vitest";
import { shikiConfig } from "../../src/core/markdown/pipeline.ts";

const bash = 'for f in *.log; do\n  grep -c "error" "$f" | tee -a salida.txt\ndone';

// A machine so busy that every line outlasts Shiki's default time limit: a limit of -1 ms is always passed.
const busyMachine: ShikiTransformer = {
  preprocess(_code, options) {
    options.tokenizeTimeLimit = -1;
  },
};

async function highlight(transformers: ShikiTransformer[]): Promise<string> {
  const highlighter = await createShikiHighlighter({ themes: shikiConfig.themes });
  const tree = await highlighter.codeToHast(bash, "bash", { defaultColor: shikiConfig.defaultColor, transformers });
  return toHtml(tree);
}

describe("code highlighting", () => {
  it("gives the same HTML for the same code however long each line takes to tokenize", async () => {
    const calm = await highlight(shikiConfig.transformers);
    const busy = await highlight([busyMachine, ...shikiConfig.transformers]);
    expect(busy).toBe(calm);
    // Still highlighted, not one plain span per line: `for` and `done` are keywords of their own.
    expect(calm).toMatch(/<span style="--shiki-light:#CF222E;--shiki-dark:#FF7B72">for<\/span>/);
    expect(calm).toMatch(/<span style="--shiki-light:#CF222E;--shiki-dark:#FF7B72">done<\/span>/);
  });
});
