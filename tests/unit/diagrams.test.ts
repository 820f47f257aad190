import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "../../src/core/problems/format.ts";
import { DiagramCache, diagramCacheKey } from "../../src/core/diagrams/cache.ts";
import { darkPalette, lightPalette, mermaidConfig, type DiagramPalette } from "../../src/core/diagrams/config.ts";
import { describeMermaidError, fileLineOf } from "../../src/core/diagrams/errors.ts";
import { parseDiagramMeta, readAccessibility } from "../../src/core/diagrams/source.ts";
import { addStyle, finishSvg, listIds, prefixIds } from "../../src/core/diagrams/svg.ts";
import { tooWideForPhone, turnedSource, turnRule, worthTurning } from "../../src/core/diagrams/turn.ts";
import { renderMarkdown, testDiagrams } from "./support/markdown.ts";

const cacheDir = mkdtempSync(join(tmpdir(), "aula-diagrams-"));
afterAll(async () => {
  await testDiagrams.renderer.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

/** The build's reader, with the diagram cache in a temporary folder. */
const render = (markdown: string) => renderMarkdown(markdown, { diagramCacheDir: cacheDir });

const flow = (title: string) =>
  [
    '```mermaid caption="Pie visible"',
    "flowchart LR",
    `  accTitle: ${title}`,
    "  accDescr: A lleva a B",
    "  A[Inicio] --> B[Fin]",
    "```",
  ].join("\n");

describe("cache key", () => {
  const config = mermaidConfig("light");
  it("changes with the source, the mermaid version and the settings", () => {
    const key = diagramCacheKey("flowchart LR\nA-->B", "11.0.0", config);
    expect(diagramCacheKey("flowchart LR\nA-->C", "11.0.0", config)).not.toBe(key);
    expect(diagramCacheKey("flowchart LR\nA-->B", "11.0.1", config)).not.toBe(key);
    expect(diagramCacheKey("flowchart LR\nA-->B", "11.0.0", mermaidConfig("dark"))).not.toBe(key);
  });

  it("ignores line endings, so a Windows checkout reuses the cache", () => {
    expect(diagramCacheKey("flowchart LR\r\nA-->B\r\n", "11", config)).toBe(
      diagramCacheKey("flowchart LR\nA-->B", "11", config),
    );
  });

  it("misses, then hits what was stored", () => {
    const cache = new DiagramCache(join(cacheDir, "unit"));
    expect(cache.get("abc")).toBeUndefined();
    const value = { light: "<svg>l</svg>", dark: "<svg>d</svg>", turned: null };
    cache.set("abc", value);
    expect(cache.get("abc")).toEqual(value);
    const turned = { ...value, turned: { light: "<svg>tl</svg>", dark: "<svg>td</svg>" } };
    cache.set("abc", turned);
    expect(cache.get("abc")).toEqual(turned);
  });

  it("misses an entry written before turned renderings, so both are drawn", () => {
    const cache = new DiagramCache(join(cacheDir, "legacy"));
    cache.set("old", { light: "<svg>l</svg>", dark: "<svg>d</svg>" } as never);
    expect(cache.get("old")).toBeUndefined();
  });
});

// Starting Chromium on a busy two-core machine can take longer than the default 5 s.
describe("ids", { timeout: 60_000 }, () => {
  const svg =
    '<svg id="aula" aria-labelledby="chart-title-aula" aria-describedby="chart-desc-aula" viewBox="0 0 200.5 100" width="100%" style="max-width: 200.5px;" class="flowchart">' +
    '<title id="chart-title-aula">T</title><desc id="chart-desc-aula">D</desc>' +
    "<style>#aula{fill:#333;}#aula .edge{stroke:#aaaa33;}#aula .marker{fill:#ECECFF;}</style>" +
    '<marker id="aula_arrow"/><path marker-end="url(#aula_arrow)"/><use href="#aula_arrow"/></svg>';

  it("prefixes every id and every reference to it, and leaves colours alone", () => {
    const out = prefixIds(svg, "p1");
    expect([...listIds(out)]).toEqual(["p1-aula", "p1-chart-title-aula", "p1-chart-desc-aula", "p1-aula_arrow"]);
    expect(out).toContain('aria-labelledby="p1-chart-title-aula"');
    expect(out).toContain("url(#p1-aula_arrow)");
    expect(out).toContain('href="#p1-aula_arrow"');
    expect(out).toContain("#p1-aula{fill:#333;}#p1-aula .edge{stroke:#aaaa33;}");
    expect(out).toContain("fill:#ECECFF");
  });

  it("names the SVG as an image and gives it an intrinsic size", () => {
    const out = finishSvg(svg, { idPrefix: "x", className: "diagram__svg" });
    expect(out).toMatch(/^<svg id="x-aula"[^>]* width="201" height="100" class="flowchart diagram__svg" role="img">/);
    expect(out).not.toContain("max-width");
  });

  it("never repeats an id on a page with several diagrams, even the same one twice", async () => {
    const { html, diagnostics } = await render([flow("Uno"), "", flow("Dos"), "", flow("Uno")].join("\n"));
    expect(diagnostics).toEqual([]);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, ref] of html.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
  });
});

describe("turning a wide flowchart", () => {
  const svgOf = (width: number, height = 100, font = 16) =>
    `<svg viewBox="0 0 ${width} ${height}"><style>#a{font-size:${font}px;}</style></svg>`;

  it("swaps LR and TB in the header line, and only there", () => {
    const source = "flowchart LR\n  accTitle: T\n  subgraph s\n    direction LR\n    A --> B\n  end";
    expect(turnedSource(source)).toBe(source.replace("flowchart LR", "flowchart TB"));
    expect(turnedSource("graph RL;A-->B")).toBe("graph TB;A-->B");
    expect(turnedSource("flowchart TD\nA-->B")).toBe("flowchart LR\nA-->B");
    expect(turnedSource("flowchart BT\nA-->B")).toBe("flowchart LR\nA-->B");
    // No direction means TB.
    expect(turnedSource("flowchart\nA-->B")).toBe("flowchart LR\nA-->B");
  });

  it("finds the header after front matter, comments and init directives", () => {
    const source = [
      "---",
      "config:",
      "  flowchart:",
      "    curve: basis",
      "---",
      '%%{init: {"flowchart": {"padding": 4}}}%%',
      "%% a comment",
      "flowchart LR",
      "A-->B",
    ].join("\n");
    expect(turnedSource(source)).toBe(source.replace("flowchart LR", "flowchart TB"));
  });

  it("leaves other diagram types alone", () => {
    expect(turnedSource("sequenceDiagram\nA->>B: hola")).toBeUndefined();
    expect(turnedSource("gantt\ntitle X")).toBeUndefined();
    expect(turnedSource("graph >\nA-->B")).toBeUndefined();
  });

  it("turns only what would read under 12 px on a phone, and keeps a turn only if clearly narrower", () => {
    // 16 px labels reach 12 px at 3/4 of the width: 437 px → 328 px, the phone's column.
    expect(tooWideForPhone(svgOf(437))).toBe(false);
    expect(tooWideForPhone(svgOf(440))).toBe(true);
    expect(worthTurning(svgOf(1000), svgOf(400, 900))).toBe(true);
    expect(worthTurning(svgOf(1000), svgOf(900, 300))).toBe(false);
  });

  it("shows the turned copy below the width at which the original's labels are 12 px", () => {
    const rule = turnRule("d1-2", svgOf(1000));
    expect(rule).toBe(
      "@container (max-width:749.98px){#d1-2 .diagram__view--wide{display:none}#d1-2 .diagram__view--turned{display:block}}",
    );
    // It rides in the SVG's own <style>, which the HTML parser reads as text: no "<" in it.
    expect(rule).not.toContain("<");
    expect(addStyle(svgOf(10), "X")).toContain("font-size:16px;}X</style>");
    expect(addStyle('<svg viewBox="0 0 1 1"><g/></svg>', "X")).toBe(
      '<svg viewBox="0 0 1 1"><style>X</style><g/></svg>',
    );
  });
});

describe("remark-mermaid", { timeout: 60_000 }, () => {
  it("replaces the fence by a light and a dark SVG, named and described, with the caption", async () => {
    const { html } = await render(flow("Flujo de prueba"));
    expect(html).not.toContain("<pre");
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toMatch(/<svg[^>]*diagram__svg--light[^>]*role="img"/);
    expect(html).toMatch(/<svg[^>]*diagram__svg--dark[^>]*role="img"/);
    expect(html).toMatch(/<title id="([^"]+)">Flujo de prueba<\/title>/);
    expect(html).toContain("<desc");
    expect(html).toContain("<figcaption>Pie visible</figcaption>");
    // Real SVG text, not HTML in a foreignObject.
    expect(html).not.toContain("foreignObject");
    expect(html).toMatch(/<text[^>]*>[\s\S]*Inicio/);
  });

  it("draws a wide flowchart twice, with unique ids and the switch in the original's style", async () => {
    const chain = ["Código fuente", "Compilación", "Pruebas unitarias", "Imagen Docker", "Registro", "Producción"];
    const markdown = [
      "```mermaid",
      "flowchart LR",
      "  accTitle: Cadena larga",
      "  accDescr: Seis pasos en fila",
      `  ${chain.map((label, i) => `N${i}[${label}]`).join(" --> ")}`,
      "```",
      "",
      flow("Corto"),
    ].join("\n");
    const { html, diagnostics } = await render(markdown);
    expect(diagnostics).toEqual([]);
    const figures = html.split("<figure").slice(1);
    expect(figures).toHaveLength(2);
    const [wide, short] = figures as [string, string];
    // The long chain: an original and a turned view, each light and dark; the short flow: one view.
    expect(wide.match(/<svg/g)).toHaveLength(4);
    expect(wide).toMatch(/^ class="diagram" id="(d[0-9a-f]+-1)"/);
    const id = /id="(d[0-9a-f]+-1)"/.exec(wide)![1];
    expect(wide).toContain(`#${id} .diagram__view--turned{display:block}`);
    expect(wide.indexOf("diagram__view--wide")).toBeLessThan(wide.indexOf("diagram__view--turned"));
    expect(short.match(/<svg/g)).toHaveLength(2);
    expect(short).not.toContain("diagram__view--turned");
    expect(short).not.toMatch(/^ class="diagram" id=/);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, ref] of html.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
    // Each rendering names itself; CSS shows one at a time.
    expect(wide.match(/<title[^>]*>Cadena larga<\/title>/g)).toHaveLength(4);
  });

  it("starts the browser on a miss and not again once the SVG is cached", async () => {
    const renderer = testDiagrams.renderer;
    const title = `Caché ${process.pid}-${Date.now()}`;
    const before = readdirSync(cacheDir).length;
    await render(flow(title));
    expect(readdirSync(cacheDir).length).toBe(before + 1);
    await renderer.close();
    const launches = renderer.launches;
    const again = await render(flow(title));
    expect(renderer.launches).toBe(launches);
    expect(again.html).toContain(`>${title}</title>`);
  });

  it("fails a diagram without accTitle at the fence's line", async () => {
    const { diagnostics } = await render(["# T", "", "```mermaid", "flowchart LR", "  A --> B", "```"].join("\n"));
    expect(diagnostics.map(formatProblem)).toEqual([
      "content/tema2/prueba.md:3:1  error  El diagrama no tiene título accesible  (añade una línea «accTitle: …» que diga en una frase qué muestra el diagrama)  [diagram/acc-title]",
    ]);
  });

  it("reports a syntax error at its file line with mermaid's own message", async () => {
    const source = [
      "Texto",
      "",
      "```mermaid",
      "flowchart LR",
      "  accTitle: Roto",
      "  accDescr: Una flecha mal escrita",
      "  B -> C",
      "  C --> D",
      "```",
    ];
    const { diagnostics } = await render(source.join("\n"));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "error", ruleId: "diagram/syntax", line: 7 });
    expect(diagnostics[0]?.message).toMatch(/^El diagrama no es válido: Error de sintaxis · Expecting /);
  });
});

describe("parts", () => {
  it("reads the caption from the fence", () => {
    expect(parseDiagramMeta('caption="Figura 1 – Hosting"')).toEqual({ caption: "Figura 1 – Hosting" });
    expect(parseDiagramMeta("")).toEqual({});
  });

  it("reads accTitle and a one-line or block accDescr", () => {
    expect(readAccessibility("flowchart LR\n accTitle: Uno\n accDescr: Dos\n")).toEqual({
      title: "Uno",
      description: "Dos",
    });
    expect(readAccessibility("flowchart LR\n accTitle: Uno\n accDescr {\n a\n b\n }\n")).toEqual({
      title: "Uno",
      description: "a b",
    });
    expect(readAccessibility("flowchart LR\n A --> B")).toEqual({});
  });

  it("keeps mermaid's message and drops the caret drawing", () => {
    const problem = describeMermaidError(
      { message: "Parse error on line 3:\n...A --> B --\n----------^\nExpecting 'LINK', got 'EOF'", line: 3 },
      5,
    );
    expect(problem).toEqual({ line: 3, message: "Error de sintaxis · Expecting 'LINK', got 'EOF'" });
    expect(fileLineOf(10, problem.line)).toBe(13);
    expect(describeMermaidError({ message: "Lexical error on line 4. Unrecognized text.\n...B ]\n---^" }, 9)).toEqual({
      line: 4,
      message: "Error léxico · Unrecognized text.",
    });
    expect(describeMermaidError({ message: "No diagram type detected" }, 2)).toEqual({
      message: "No diagram type detected",
    });
  });
});

/** WCAG 2 relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("colours", () => {
  const pairs: [keyof DiagramPalette, keyof DiagramPalette][] = [
    ["primaryTextColor", "primaryColor"],
    ["textColor", "background"],
    ["textColor", "edgeLabelBackground"],
    ["titleColor", "clusterBkg"],
    ["noteTextColor", "noteBkgColor"],
  ];
  for (const [name, palette] of [
    ["light", lightPalette],
    ["dark", darkPalette],
  ] as const) {
    it(`meets WCAG AA (4.5:1) for every text in the ${name} theme`, () => {
      for (const [fg, bg] of pairs)
        expect(contrast(palette[fg], palette[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      // Lines and borders are graphics: 3:1 against the page.
      expect(contrast(palette.lineColor, palette.background)).toBeGreaterThanOrEqual(3);
    });
  }
});

describe("diagram styles", () => {
  it("keeps the rules an SVG uses and drops mermaid's rules for other diagram types", async () => {
    const { pruneSvgStyles } = await import("../../src/core/diagrams/styles.ts");
    const svg =
      '<svg id="d"><style>#d .node rect{fill:#fff}#d .actor{stroke:red}#d .edgeLabel&gt;text{color:#333}</style>' +
      '<g class="node"><rect/></g><g class="edgeLabel"><text>x</text></g></svg>';
    const pruned = await pruneSvgStyles(svg);
    expect(pruned).toContain("#d .node rect");
    expect(pruned).toContain("#d .edgeLabel&gt;text");
    expect(pruned).not.toContain(".actor");
    expect(pruned).toContain('<g class="node"><rect/></g>');
  });
});
