import { readdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isPublicHost } from "../../src/core/markdown/remark-autolink-hosts.ts";
import { isPlayerTitle } from "../../src/core/markdown/embeds.ts";
import { fixturesDir, readFixture, renderMarkdown, testDiagrams } from "./support/markdown.ts";

afterAll(() => testDiagrams.renderer.close());

const casesDir = resolve(fixturesDir, "markdown-pages");
const cases = readdirSync(casesDir).sort();

/** Fixture in, HTML out: `<case>/input.md` renders to `<case>/output.html` with no problem reported. */
describe("Markdown of a Jekyll course: fixture in, HTML out", () => {
  it.each(cases)("%s", async (name) => {
    const { html, diagnostics } = await renderMarkdown(readFixture(`markdown-pages/${name}/input.md`));
    if (process.env.UPDATE_FIXTURES) writeFileSync(resolve(casesDir, name, "output.html"), `${html.trim()}\n`);
    expect(html.trim()).toBe(readFixture(`markdown-pages/${name}/output.html`).trim());
    expect(diagnostics).toEqual([]);
  });
});

describe("callout labels", () => {
  it("shows the label once when the first bold words repeat it", async () => {
    const { html } = await renderMarkdown(readFixture("markdown-pages/callout-label/input.md"));
    const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(text).not.toMatch(/(Tarea|Información|Atención|Importante) \1(?!\p{L})/u);
    expect(html).toContain('<p class="callout-title">Tarea</p><p><strong>Crear cuenta</strong> en el proveedor');
    // «Tareas» is another word: kept.
    expect(html).toContain("<strong>Tareas pendientes</strong>");
  });
});

describe("bare host names", () => {
  it("links www. names only with a public top-level name", async () => {
    const { html } = await renderMarkdown(readFixture("markdown-pages/autolink-hosts/input.md"));
    expect(html).not.toMatch(/<a[^>]*>www\.website[12]/);
    expect(html).not.toMatch(/<a[^>]*>(localhost|127\.0\.0\.1)/);
    expect(html).toContain('<a href="http://www.apache.org"');
    expect(html).toContain('<a href="http://localhost:5000/"');
    expect(html).toContain('<a href="http://www.website1.local/"');
  });

  it.each([
    ["www.apache.org", true],
    ["www.xn--espaa-rta.es", true],
    ["www.website1.local", false],
    ["www.site.test", false],
    ["www.intranet", false],
    ["www.host.10", false],
  ])("%s is public: %s", (host, expected) => {
    expect(isPublicHost(host)).toBe(expected);
  });
});

describe("video titles", () => {
  it("never shows the player's name: the heading, the caption, or «Vídeo de YouTube»", async () => {
    const { html } = await renderMarkdown(readFixture("markdown-pages/video-title/input.md"));
    expect(html).not.toMatch(/YouTube video player|vimeo-player/);
    const titles = [...html.matchAll(/<p class="video__title">([^<]*)<\/p>/g)].map((m) => m[1]);
    expect(titles).toEqual([
      "Apache en cinco minutos",
      "Vídeo: cómo se instala nginx",
      "Demostración de HSTS",
      "Cómo funciona HTTPS",
    ]);
    const alone = await renderMarkdown(readFixture("markdown-pages/video-title-no-heading/input.md"));
    expect(alone.html).toContain('<p class="video__title">Vídeo de YouTube</p>');
    expect(alone.html).toContain('data-video-title="Vídeo de YouTube"');
  });

  it.each(["YouTube video player", "vimeo-player", "", "Reproductor de vídeo"])("«%s» names the player", (title) => {
    expect(isPlayerTitle(title)).toBe(true);
  });

  it("a real title is not the player's", () => {
    expect(isPlayerTitle("Cómo funciona HTTPS")).toBe(false);
  });
});
