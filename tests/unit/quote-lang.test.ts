import { describe, expect, it } from "vitest";
import { guessLanguage } from "../../src/core/text/language.ts";
import { isApple, searchShortcut } from "../../src/site/client/platform.ts";
import { renderMarkdown } from "./support/markdown.ts";

const english =
  "In computer security, a sandbox is a security mechanism for separating running programs, usually in an effort to mitigate system failures from spreading.";
const spanish =
  "Un hipervisor o monitor de máquina virtual es una capa de software para realizar una virtualización de hardware que permite utilizar, al mismo tiempo, diferentes sistemas operativos.";

describe("guessing a quote's language", () => {
  it("tells English from Spanish by their common words, and says nothing about a short or mixed line", () => {
    expect(guessLanguage(english)).toBe("en");
    expect(guessLanguage(spanish)).toBe("es");
    expect(guessLanguage("Según la Wikipedia")).toBeUndefined();
    expect(guessLanguage("docker container run hello-world")).toBeUndefined();
    expect(guessLanguage("the cat and el perro de la casa")).toBeUndefined();
  });
});

describe("lang on quotes", () => {
  it('{: lang="en"} after a one-paragraph quote marks the quote, and is not printed', async () => {
    const { html, diagnostics } = await renderMarkdown(`> ${english}\n{: lang="en"}\n`);
    expect(html).toContain('<blockquote lang="en">');
    expect(html).not.toContain("{:");
    expect(diagnostics).toEqual([]);
  });

  it("marks only the English paragraph of a quote that introduces it in Spanish", async () => {
    const { html, diagnostics } = await renderMarkdown(`> Según la Wikipedia\n>\n> ${english}\n> {: lang='en'}\n`);
    expect(html).toMatch(/<blockquote>\s*<p>Según la Wikipedia<\/p>\s*<p lang="en">In computer security/);
    expect(diagnostics).toEqual([]);
  });

  it("takes the IAL on its own line after the quote too", async () => {
    const { html } = await renderMarkdown(`> ${english}\n\n{: lang=en}\n\nSigue.\n`);
    expect(html).toContain('<blockquote lang="en">');
    expect(html).not.toContain("{:");
  });

  it("warns, at the paragraph's line, about an English quote without lang, and says what to write", async () => {
    const { diagnostics } = await renderMarkdown(`# Título\n\nTexto.\n\n> ${spanish}\n\n> ${english}\n`);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: 7,
        severity: "warning",
        ruleId: "markdown/quote-lang",
        fix: expect.stringContaining('{: lang="en"}'),
      }),
    ]);
  });
});

describe("the search shortcut", () => {
  it("is ⌘ K on Apple systems and Ctrl K elsewhere, by the best hint the browser gives", () => {
    expect(isApple({ userAgentDataPlatform: "macOS" })).toBe(true);
    expect(isApple({ platform: "MacIntel" })).toBe(true);
    expect(isApple({ platform: "iPhone" })).toBe(true);
    expect(isApple({ userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15" })).toBe(true);
    expect(isApple({ userAgentDataPlatform: "Windows", userAgent: "Mac OS X" })).toBe(false);
    expect(isApple({ platform: "Linux x86_64", userAgent: "X11; Linux x86_64" })).toBe(false);
    expect(searchShortcut({ platform: "MacIntel" })).toBe("⌘ K");
    expect(searchShortcut({ platform: "Win32" })).toBe("Ctrl K");
  });
});
