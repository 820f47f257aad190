import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDir, readFixture, renderMarkdown } from "./support/markdown.ts";

/** The text a reader sees: tags and code removed. */
const proseOf = (html: string) =>
  html
    .replace(/<(pre|code)\b[^]*?<\/\1>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&#x26;/g, "&");

describe("kramdown's bold where CommonMark refuses it", () => {
  it("makes **…** bold before a letter and inside a word, and leaves code, escapes and lone ** alone", async () => {
    const { html, diagnostics } = await renderMarkdown(readFixture("kramdown-strong/input.md"));
    expect(html).toBe(readFileSync(resolve(fixturesDir, "kramdown-strong/output.html"), "utf8"));
    expect(diagnostics).toEqual([]);
  });

  it("leaves no raw ** in the text of the Jekyll course's lesson", async () => {
    const { html, diagnostics } = await renderMarkdown(
      readFixture("jekyll-course/content/tema2/2022-02-01-Permisos.md"),
      { path: "content/tema2/2022-02-01-Permisos.md" },
    );
    expect(proseOf(html)).not.toContain("**");
    expect(html).toContain("<strong>Uso de plantillas totalmente personalizables.</strong>Tanto");
    expect(html).toContain("<strong>Copias de seguridad <code>diarias</code>.</strong>Se guardan");
    expect(html).toContain("drwxrwx<strong>---</strong>.");
    // Code keeps its asterisks.
    // Inline code may carry its break points (rehype-inline-code); the text is what matters here.
    expect(html.replace(/<\/?(?:span|wbr)\b[^>]*>/g, "")).toContain("<code>chmod 770 **/datos</code>");
    expect(diagnostics).toEqual([]);
  });
});
