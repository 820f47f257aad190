import { describe, expect, it } from "vitest";
import {
  checkHtml,
  expectedContent,
  formatMarkdownBench,
  type MarkdownBenchReport,
  parseMarkdownBenchArgs,
} from "../../scripts/bench/markdown-processors.ts";

describe("markdown processor bench", () => {
  it("reads --scale and --passes, in both spellings", () => {
    expect(parseMarkdownBenchArgs(["--markdown"])).toEqual({ scale: 50, passes: 3 });
    expect(parseMarkdownBenchArgs(["--markdown", "--scale", "200", "--passes=5"])).toEqual({ scale: 200, passes: 5 });
    expect(() => parseMarkdownBenchArgs(["--scale", "0"])).toThrow("--scale");
    expect(() => parseMarkdownBenchArgs(["--sizes", "6"])).toThrow("opción desconocida");
  });

  it("counts headings and fences, not `#` lines inside code, and fences inside block quotes", () => {
    const page = [
      "## Tipos de `hosting`",
      "",
      "```bash",
      "# a comment, not a heading",
      "```",
      "",
      "> 1. Paso:",
      ">    ```",
      ">    docker ps",
      ">    ```",
      "",
      "### [Docker](https://docker.com) **Run** ##",
    ].join("\n");
    expect(expectedContent(page)).toEqual({ headings: ["Tipos de hosting", "Docker Run"], codeBlocks: 2 });
  });

  it("finds headings through tags and entities, and counts <pre> blocks", () => {
    const expected = { headings: ["A & B", "C"], codeBlocks: 1 };
    const html =
      '<h2 id="a-b">A &#x26; B<a class="heading-anchor"></a></h2><h3>C</h3><pre class="x"><code>1</code></pre>';
    expect(checkHtml(html, expected)).toEqual([]);
    expect(checkHtml("<h2>A &amp; B</h2>", expected)).toEqual([
      "falta el encabezado «C»",
      "0 bloques <pre> en lugar de 1",
    ]);
  });

  it("reports each processor against unified, and aula's own steps apart", () => {
    const report: MarkdownBenchReport = {
      date: "2026-12-02",
      machine: "2 núcleos",
      scale: 1,
      pages: 6,
      sourceBytes: 2048,
      samplePage: "05-imagenes-del-docker.md",
      results: [
        { id: "unified", passesMs: [60, 66, 63], sampleHtmlBytes: 2048, failures: [] },
        {
          id: "satteri",
          passesMs: [12],
          sampleHtmlBytes: 1024,
          failures: [{ page: "01-docker.md", problem: "falta el encabezado «C»" }],
        },
      ],
      stages: [
        { name: "análisis (remark-parse + GFM)", ms: 6, own: false },
        { name: "rehypeHeadings", ms: 2, own: true },
      ],
    };
    const text = formatMarkdownBench(report);
    expect(text).toContain(
      "| unified (Astro, sin plugins nuestros) | 0.06 s | 10.5 ms | 1.00× | 2.0 KB | encabezados y bloques de código completos |",
    );
    expect(text).toContain(
      "| Sätteri (Astro) | 0.01 s | 2.00 ms | 0.19× | 1.0 KB | 1 páginas pierden algo (01-docker.md",
    );
    expect(text).toContain("| pasos de aula | aula | 2.00 | 25 % |");
    expect(text).toContain("| total | | 8.00 | 100 % |");
  });
});
