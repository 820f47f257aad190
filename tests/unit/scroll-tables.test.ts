import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./support/markdown.ts";

describe("a lesson's tables", () => {
  it("take the keyboard's focus, so a table wider than a phone scrolls with the arrow keys", async () => {
    const { html } = await renderMarkdown("| Clave | Qué hace |\n| --- | --- |\n| `title` | Título del curso |\n");
    expect(html).toMatch(/<table tabindex="0">/);
    expect(html).toContain("<code>title</code>");
  });

  it("keep a tabindex the teacher wrote in HTML", async () => {
    const { html } = await renderMarkdown('<table tabindex="-1"><tr><td>a</td></tr></table>\n');
    expect(html).toMatch(/<table tabindex="-1">/);
  });
});
