import { describe, expect, it } from "vitest";
import { summarize } from "../../src/core/course/summary.ts";

describe("lesson summary for search engines", () => {
  it("takes the first paragraph as plain text, skipping callout titles", () => {
    const html =
      '<aside class="callout"><p class="callout-title">Pista</p><p>Usa <code>docker ps</code>.</p></aside><p>Otro.</p>';
    expect(summarize(html)).toBe("Usa docker ps.");
  });

  it("cuts a long paragraph at a word and marks the cut", () => {
    const summary = summarize(`<p>${"palabra ".repeat(40)}</p>`, 30);
    expect(summary).toBe("palabra palabra palabra…");
  });

  it("says nothing when there is no paragraph", () => {
    expect(summarize("<h2>Título</h2>")).toBeUndefined();
    expect(summarize(undefined)).toBeUndefined();
  });
});
