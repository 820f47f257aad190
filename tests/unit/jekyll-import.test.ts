import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { preprocessLiquid } from "../../src/core/markdown/liquid.ts";
import { isToolFileName } from "../../src/core/markdown/remark-figures.ts";
import { videoEmbed } from "../../src/core/markdown/embeds.ts";
import { manifestPath, remoteDir, remoteFileName } from "../../src/core/markdown/remote-images.ts";
import { fixturesDir, renderMarkdown } from "./support/markdown.ts";

const coursePublic = resolve(fixturesDir, "jekyll-course/public");

/** What the build does to a lesson body: Liquid and kramdown-only syntax first, then the plugins. */
async function render(markdown: string, publicDir = coursePublic) {
  const { text } = preprocessLiquid(markdown, { baseUrl: "/nuevo", file: "a.md" });
  return renderMarkdown(text, { base: "/nuevo/", publicDir });
}

describe("images and links as kramdown reads them", () => {
  it("shows an image whose path has spaces, under the new base", async () => {
    const { html, diagnostics } = await render(
      "Texto.\n\n![Capas HTTP](/Ciberseguridad-PePS/assets/img/HTTP/HTTP & layers.png)\n",
    );
    expect(html).toContain('<img src="/nuevo/assets/img/HTTP/HTTP%20&#x26;%20layers.png" alt="Capas HTTP">');
    expect(html).toContain("<figcaption>Capas HTTP</figcaption>");
    expect(html).not.toContain("![");
    expect(diagnostics).toEqual([]);
  });

  it("resolves a reference-style image whose definition has spaces", async () => {
    const { html, diagnostics } = await render(
      "![Capa][capa]\n\n[capa]: /Ciberseguridad-PePS/assets/img/tema2/ref image.png\n",
    );
    expect(html).toContain('<img src="/nuevo/assets/img/tema2/ref%20image.png" alt="Capa">');
    expect(html).not.toContain("[capa]");
    expect(diagnostics).toEqual([]);
  });

  it("rewrites raw <img> under the old base and drops Typora's zoom", async () => {
    const { html, diagnostics } = await render(
      '<img src="/Ciberseguridad-PePS/assets/img/tema2/zoom.png" alt="CSP" style="zoom:150%;" />\n',
    );
    expect(html).toContain('<img src="/nuevo/assets/img/tema2/zoom.png" alt="CSP">');
    expect(html).not.toContain("style=");
    expect(diagnostics).toEqual([]);
  });

  it("rewrites links to files and pages under the old base, the root and {{ site.baseurl }}", async () => {
    const { html, diagnostics } = await render(
      [
        "[libro](/Ciberseguridad-PePS/assets/pdf/book.pdf) [raíz](/assets/pdf/book.pdf#page=2)",
        "[siguiente]({{ site.baseurl }}/tema2/cabeceras/) [vieja](/Ciberseguridad-PePS/tema2/cabeceras/)",
        '<a href="{{ site.baseurl }}/assets/pdf/book.pdf">html</a> ![raíz](/assets/img/tema2/raiz.png)',
        "",
      ].join("\n"),
    );
    expect(html).toContain('<a href="/nuevo/assets/pdf/book.pdf">libro</a>');
    expect(html).toContain('<a href="/nuevo/assets/pdf/book.pdf#page=2">raíz</a>');
    expect(html.match(/href="\/nuevo\/tema2\/cabeceras\/"/g)).toHaveLength(2);
    expect(html).toContain('<a href="/nuevo/assets/pdf/book.pdf">html</a>');
    expect(html).toContain('src="/nuevo/assets/img/tema2/raiz.png"');
    expect(html).not.toContain("Ciberseguridad-PePS");
    expect(diagnostics).toEqual([]);
  });

  it("rewrites <source>, <video> and srcset, and warns about each missing file at its line", async () => {
    const { html, diagnostics } = await render(
      [
        '<video controls><source src="/Ciberseguridad-PePS/assets/video/demo.mp4" type="video/mp4"></video>',
        "",
        '<img src="/assets/img/tema2/raiz.png" srcset="/assets/img/tema2/raiz.png 1x, /assets/img/tema2/grande.png 2x" alt="r">',
        "",
        "Mira [el anexo](/Ciberseguridad-PePS/assets/pdf/anexo.pdf).",
        "",
        '<img src="/Ciberseguridad-PePS/assets/img/perdida.png" alt="Perdida">',
        "",
      ].join("\n"),
    );
    expect(html).toContain('<source src="/nuevo/assets/video/demo.mp4" type="video/mp4">');
    expect(html).toContain('srcset="/nuevo/assets/img/tema2/raiz.png 1x"');
    expect(html).toContain("Mira el anexo.");
    expect(html).not.toContain("anexo.pdf");
    expect(html).toMatch(/<figure class="figure figure--missing">.*<figcaption>Perdida<\/figcaption>/s);
    expect(diagnostics.map((d) => [d.line, d.severity, d.ruleId])).toEqual([
      [3, "warning", "image/missing"],
      [5, "warning", "link/missing-file"],
      [7, "warning", "image/missing"],
    ]);
  });
});

describe("remote images", () => {
  it("links a raw remote <img> placeholder to the original, with a warning", async () => {
    const { html, diagnostics } = await render('<img src="https://example.org/a.png" alt="Sala">\n');
    expect(html).not.toMatch(/src="https:/);
    expect(html).toMatch(/<a href="https:\/\/example\.org\/a\.png" target="_blank"[^>]*>Ver la imagen original/);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 1, ruleId: "image/remote" })]);
  });

  it("uses the downloaded copy, with the Markdown unchanged and no warning", async () => {
    const publicDir = mkdtempSync(join(tmpdir(), "aula-remote-"));
    cpSync(coursePublic, publicDir, { recursive: true });
    const url = "https://example.org/sala.png";
    const file = remoteFileName(url, "png");
    mkdirSync(join(publicDir, remoteDir), { recursive: true });
    cpSync(join(coursePublic, "assets/img/tema2/zoom.png"), join(publicDir, remoteDir, file));
    writeFileSync(
      manifestPath(publicDir),
      JSON.stringify({ images: [{ url, file, bytes: 1, downloadedAt: "2026-01-01T00:00:00.000Z" }] }),
    );
    const { html, diagnostics } = await render(`![Sala](${url})\n\n<img src="${url}" alt="otra">\n`, publicDir);
    expect(html).toContain(`<img src="/nuevo/assets/remote/${file}" alt="Sala">`);
    expect(html).toContain(`<img src="/nuevo/assets/remote/${file}" alt="otra">`);
    expect(diagnostics).toEqual([]);
  });
});

describe("embedded videos", () => {
  it("turns a YouTube iframe into a facade that loads nothing until the click", async () => {
    const { html, diagnostics } = await render(
      '<iframe width="560" src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Cómo funciona HTTPS" allowfullscreen></iframe>\n',
    );
    expect(html).not.toContain("<iframe");
    expect(html).not.toMatch(/\ssrc="https?:\/\/[^"]*youtube/);
    expect(html).toContain('data-video-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"');
    expect(html).toContain('<p class="video__title">Cómo funciona HTTPS</p>');
    expect(html).toMatch(/<button[^>]*hidden[^>]*>Ver el vídeo<\/button>/);
    expect(html).toContain(
      '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" class="video__link" rel="noopener noreferrer">Verlo en YouTube: https://www.youtube.com/watch?v=dQw4w9WgXcQ</a>',
    );
    expect(diagnostics).toEqual([]);
  });

  it("reads YouTube and Vimeo addresses in their usual forms", () => {
    expect(videoEmbed("https://youtu.be/dQw4w9WgXcQ?t=42")?.embedUrl).toBe(
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42",
    );
    expect(videoEmbed("//www.youtube-nocookie.com/embed/dQw4w9WgXcQ")?.watchUrl).toBe(
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    );
    expect(videoEmbed("https://player.vimeo.com/video/76979871")).toMatchObject({
      frameOrigin: "https://player.vimeo.com",
      watchUrl: "https://vimeo.com/76979871",
    });
    expect(videoEmbed("https://maps.example.com/embed")).toBeUndefined();
  });

  it("makes any other iframe a link, with a warning at its line", async () => {
    const { html, diagnostics } = await render(
      'Texto.\n\n<iframe src="https://maps.example.com/embed?x=1"></iframe>\n',
    );
    expect(html).not.toContain("<iframe");
    expect(html).toContain('<a href="https://maps.example.com/embed?x=1"');
    expect(diagnostics).toEqual([expect.objectContaining({ line: 3, ruleId: "embed/unsupported" })]);
  });
});

describe("figures and headings", () => {
  it("never captions an image with a tool's file name, and warns once per lesson with the count", async () => {
    const { html, diagnostics } = await render(
      [
        "![image-20220120185015690](/assets/img/tema2/image-20220120185015690.png)",
        "",
        "![Screenshot 2022-01-20 at 10.15.03](/assets/img/tema2/raiz.png)",
        "",
        "![Una captura con descripción](/assets/img/tema2/raiz.png)",
        "",
      ].join("\n"),
    );
    expect(html.match(/<figcaption>/g)).toHaveLength(1);
    expect(html).toContain("<figcaption>Una captura con descripción</figcaption>");
    expect(html).not.toContain("image-20220120185015690</");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 1, ruleId: "image/file-name-alt" });
    expect(diagnostics[0]?.message).toMatch(/^2 imágenes/);
  });

  it("tells a tool's file name from a description", () => {
    for (const name of ["image-20220120185015690", "Screenshot 2022-01-20", "IMG_1234", "foto.png", "captura.JPG"])
      expect(isToolFileName(name), name).toBe(true);
    for (const text of ["Capas HTTP", "Figure 1.3 – A server room", "Imagen 2"])
      expect(isToolFileName(text), text).toBe(false);
  });

  it("treats a second `# ` heading as a section of the table of contents", async () => {
    const { html } = await render("## Uno\n\n# Dos\n\nTexto.\n");
    expect(html).toMatch(/<h2 id="dos">Dos<a class="heading-anchor"/);
    expect(html).not.toContain("<h1");
  });
});
