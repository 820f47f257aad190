import { median } from "./vs-starlight.ts";

/**
 * The Markdown processor benchmark (`npm run bench -- --markdown`): options, the content check and
 * the report. Rendering the pages is in `markdown-processors-run.ts`.
 */

export const processors = [
  "unified",
  "unified-sin-shiki",
  "satteri",
  "satteri-sin-shiki",
  "satteri-encabezados",
  "aula",
] as const;
export type ProcessorId = (typeof processors)[number];

export const processorLabels: Record<ProcessorId, string> = {
  unified: "unified (Astro, sin plugins nuestros)",
  "unified-sin-shiki": "unified sin resaltado",
  satteri: "Sätteri (Astro)",
  "satteri-sin-shiki": "Sätteri sin resaltado",
  "satteri-encabezados": "Sätteri + `rehype-headings` portado",
  aula: "aula (`createLessonRenderer` + Liquid)",
};

export interface MarkdownBenchOptions {
  /** Copies of the 6 anchor pages. */
  scale: number;
  /** Timed passes; the median is reported. */
  passes: number;
}

/** Reads `--scale N --passes N` (also as `--flag=value`). */
export function parseMarkdownBenchArgs(argv: string[]): MarkdownBenchOptions {
  const options: MarkdownBenchOptions = { scale: 50, passes: 3 };
  const positive = (flag: string, value: string | undefined) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} espera un número entero positivo, no «${value ?? ""}»`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === "--markdown") continue;
    else if (flag === "--scale") options.scale = positive("--scale", value());
    else if (flag === "--passes") options.passes = positive("--passes", value());
    else throw new Error(`opción desconocida para --markdown: «${argv[i]}» (usa --scale, --passes)`);
  }
  return options;
}

/** What a page must still have once rendered: its headings' text and its number of fenced code blocks. */
export interface PageExpectation {
  headings: string[];
  codeBlocks: number;
}

const fence = /^ {0,3}(`{3,}|~{3,})/;

/** ATX headings and fenced code blocks of a CommonMark page, ignoring `#` lines inside fences. */
export function expectedContent(markdown: string): PageExpectation {
  const headings: string[] = [];
  let codeBlocks = 0;
  let open: string | undefined;
  for (const quoted of markdown.split("\n")) {
    const line = quoted.replace(/^(?: {0,3}> ?)+/, "");
    const marker = fence.exec(line)?.[1];
    if (open) {
      if (marker && marker[0] === open[0] && marker.length >= open.length && line.trim() === marker) open = undefined;
      continue;
    }
    if (marker) {
      open = marker;
      codeBlocks++;
      continue;
    }
    const heading = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading) headings.push(plainText(heading[1]!));
  }
  return { headings, codeBlocks };
}

/** Inline Markdown reduced to its words: enough to find a heading's text in the HTML. */
function plainText(inline: string): string {
  return inline
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*_]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/g, (whole, name: string) => entities[name] ?? whole);
}

/** What `html` lost of `expected`: missing headings and a different number of `<pre>` blocks. */
export function checkHtml(html: string, expected: PageExpectation): string[] {
  const problems: string[] = [];
  const headingTexts = [...html.matchAll(/<h[1-6][\s>][\s\S]*?<\/h[1-6]>/g)].map((m) =>
    decode(m[0].replace(/<[^>]*>/g, ""))
      .replace(/\s+/g, " ")
      .trim(),
  );
  for (const heading of expected.headings) {
    if (!headingTexts.some((text) => text.includes(heading))) problems.push(`falta el encabezado «${heading}»`);
  }
  const pre = html.match(/<pre[\s>]/g)?.length ?? 0;
  if (pre !== expected.codeBlocks) problems.push(`${pre} bloques <pre> en lugar de ${expected.codeBlocks}`);
  return problems;
}

/** One processor over every page. */
export interface ProcessorResult {
  id: ProcessorId;
  /** Whole pass over all pages, one per timed pass, after one untimed warm-up pass. */
  passesMs: number[];
  /** Bytes of the HTML of the sample page. */
  sampleHtmlBytes: number;
  /** Pages whose HTML lost headings or code blocks, with the first problem of each. */
  failures: { page: string; problem: string }[];
}

/** Time of one step of aula's chain, per page, from the instrumented copy of `createLessonRenderer`. */
export interface StageTime {
  name: string;
  ms: number;
  /** One of our plugins (or our Liquid step), not Astro's own chain. */
  own: boolean;
}

export interface MarkdownBenchReport {
  date: string;
  machine: string;
  scale: number;
  pages: number;
  sourceBytes: number;
  samplePage: string;
  results: ProcessorResult[];
  /** aula's chain step by step: median over the timed passes of the total per step, divided by pages. */
  stages: StageTime[];
}

export const medianMs = (r: ProcessorResult) => median(r.passesMs);

const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "—" : n.toFixed(n < 10 ? 2 : 1));
const seconds = (n: number) => `${(n / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const count = (n: number) => n.toLocaleString("en-US");

export function formatMarkdownBench(report: MarkdownBenchReport): string {
  const unified = report.results.find((r) => r.id === "unified");
  const lines = [
    "# Procesadores de Markdown: unified, Sätteri y aula",
    "",
    `${report.date} · ${report.machine} · ${count(report.pages)} páginas de \`make-content.mjs\` (escala ${report.scale}, ${kb(report.sourceBytes)} de Markdown) · en un proceso, una pasada de calentamiento y mediana de ${report.results[0]?.passesMs.length ?? 0} pasadas · Shiki con los dos temas de aula, sin SmartyPants`,
    "",
    "| procesador | total | por página | frente a unified | HTML de una página | contenido |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of report.results) {
    const total = medianMs(r);
    const relative = unified ? (total / medianMs(unified)).toFixed(2) : "—";
    const content = r.failures.length
      ? `${r.failures.length} páginas pierden algo (${r.failures[0]!.page}: ${r.failures[0]!.problem})`
      : "encabezados y bloques de código completos";
    lines.push(
      `| ${processorLabels[r.id]} | ${seconds(total)} | ${ms(total / report.pages)} ms | ${relative}× | ${kb(r.sampleHtmlBytes)} | ${content} |`,
    );
  }
  if (report.stages.length) {
    const total = report.stages.reduce((sum, s) => sum + s.ms, 0);
    const ours = report.stages.filter((s) => s.own).reduce((sum, s) => sum + s.ms, 0);
    const share = (n: number) => `${((n / total) * 100).toFixed(0)} %`;
    lines.push(
      "",
      "## La cadena de aula, paso a paso (ms por página)",
      "",
      "| paso | de | ms por página | parte |",
      "| --- | --- | --- | --- |",
      ...report.stages.map((s) => `| ${s.name} | ${s.own ? "aula" : "Astro"} | ${ms(s.ms)} | ${share(s.ms)} |`),
      `| pasos de aula | aula | ${ms(ours)} | ${share(ours)} |`,
      `| pasos de Astro (análisis, Shiki, hast, HTML) | Astro | ${ms(total - ours)} | ${share(total - ours)} |`,
      `| total | | ${ms(total)} | 100 % |`,
    );
  }
  lines.push("", `Página de muestra para el tamaño del HTML: \`${report.samplePage}\`.`);
  return `${lines.join("\n")}\n`;
}
