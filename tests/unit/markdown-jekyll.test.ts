import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./support/markdown.ts";

describe("kramdown IAL lines", () => {
  it("never prints {:.no_toc} and gives the heading its class", async () => {
    const { html } = await renderMarkdown("## Índice\n{:.no_toc}\n\nTexto.\n");
    expect(html).not.toContain("{:");
    expect(html).toMatch(/<h2 class="no_toc" id="índice">/);
  });

  it("keeps no_toc headings out of the table of contents", async () => {
    const { frontmatter } = await renderMarkdown("## Uno\n{:.no_toc}\n\n## Dos\n");
    expect(frontmatter.tocExclude).toEqual(["uno"]);
  });

  it("drops {:.quiz}<br> and keeps the question that follows", async () => {
    const { html } = await renderMarkdown("{:.quiz}<br>\n\n ¿Qué comando lista las imágenes?\n");
    expect(html).not.toContain("{:");
    expect(html).not.toContain("<br>");
    expect(html).toContain("¿Qué comando lista las imágenes?");
  });
});

describe("code fences", () => {
  it("shows .term1 fences as a terminal highlighted as shell, with a copy button", async () => {
    const { html } = await renderMarkdown("```.term1\ndocker container run hello-world\n```\n");
    expect(html).toContain('class="code-block code-block--terminal code-block--commands"');
    expect(html).toContain('data-lang=".term1"');
    expect(html).toContain('data-language="bash"');
    expect(html).toMatch(/<button[^>]*data-copy[^>]*>Copiar<\/button>/);
    expect(html).toContain("Terminal");
  });

  it("shows untagged fences as plain text", async () => {
    const { html } = await renderMarkdown("```\nhello from alpine\n```\n");
    expect(html).toContain('data-lang="text"');
    expect(html).toContain("hello from alpine");
    expect(html).not.toContain("code-block--terminal");
  });

  it("highlights a Dockerfile with both themes", async () => {
    const { html } = await renderMarkdown("```dockerfile\nFROM debian:12\n```\n");
    expect(html).toContain('data-language="dockerfile"');
    expect(html).toContain("--shiki-light");
    expect(html).toContain("--shiki-dark");
  });
});

describe("callouts", () => {
  it.each(["info", "hint", "task", "reto", "warning", "alert"])(
    "turns a -%s- paragraph into a callout",
    async (kind) => {
      const { html } = await renderMarkdown(`-${kind}- Texto del aviso.\n`);
      expect(html).toContain(`<aside class="callout callout--${kind}">`);
      expect(html).toContain("Texto del aviso.");
      expect(html).not.toContain(`-${kind}-`);
    },
  );

  it("turns a quote that starts with a marker into a callout", async () => {
    const { html } = await renderMarkdown("> -warning- Cuidado.\n>\n> Segundo párrafo.\n");
    expect(html).not.toContain("<blockquote>");
    expect(html).toMatch(/<aside class="callout callout--warning"><p class="callout-title">Atención<\/p>/);
    expect(html).toContain("Segundo párrafo.");
  });

  it("leaves a paragraph that merely mentions a marker alone", async () => {
    const { html } = await renderMarkdown("El marcador -info- va al principio.\n");
    expect(html).not.toContain("callout");
  });
});

describe("images", () => {
  it("never hotlinks a remote image: it becomes a captioned placeholder linking to the original, with a warning", async () => {
    const { html, diagnostics } = await renderMarkdown(
      "Texto.\n\n![Figure 1.3 – A server room](https://static.example.com/a.jpg)\n",
    );
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/src="[^"]*static\.example\.com/);
    expect(html).toContain('<figure class="figure figure--missing">');
    expect(html).toMatch(
      /<figcaption>Figure 1\.3 – A server room <a href="https:\/\/static\.example\.com\/a\.jpg" target="_blank" rel="noopener noreferrer"[^>]*>Ver la imagen original/,
    );
    expect(diagnostics).toEqual([expect.objectContaining({ line: 3, severity: "warning", ruleId: "image/remote" })]);
  });

  it("resolves an old-site absolute path to a local file under the base", async () => {
    const { html, diagnostics } = await renderMarkdown("![Logo](/Ciberseguridad-PePS/assets/img/presente.svg)\n", {
      base: "/curso/",
    });
    expect(html).toContain('src="/curso/assets/img/presente.svg"');
    expect(html).toContain("<figcaption>Logo</figcaption>");
    expect(diagnostics).toEqual([]);
  });

  it("warns with file and line when an old-site image is missing", async () => {
    const { html, diagnostics } = await renderMarkdown(
      "Texto.\n\n![Captura](/Ciberseguridad-PePS/assets/img/no.png)\n",
    );
    expect(html).not.toContain("<img");
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: "content/tema2/prueba.md",
        line: 3,
        severity: "warning",
        ruleId: "image/missing",
      }),
    ]);
  });
});

describe("headings", () => {
  it("gives headings an id and an anchor link", async () => {
    const { html } = await renderMarkdown("## Imágenes del Docker\n");
    expect(html).toContain('<h2 id="imágenes-del-docker">');
    expect(html).toContain('href="#imágenes-del-docker"');
    expect(html).toContain('aria-label="Enlace a esta sección: Imágenes del Docker"');
  });
});

describe("inline HTML and autolinks", () => {
  it("keeps <br> and <https://…> autolinks", async () => {
    const { html } = await renderMarkdown(
      "Uno<br>dos, en [Docker Hub](<https://hub.docker.com>) y <https://example.org>.\n",
    );
    expect(html).toContain("Uno<br>dos");
    expect(html).toContain('<a href="https://hub.docker.com" rel="noopener noreferrer">Docker Hub</a>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">https://example.org</a>');
  });

  it("does not turn -- into a dash in prose", async () => {
    const { html } = await renderMarkdown("Usa --rm para borrar el contenedor.\n");
    expect(html).toContain("--rm");
  });
});
