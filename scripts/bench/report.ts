import type { BudgetCheck, PageWeight, ScaleResult } from "./budgets.ts";
import { costPerPage } from "./budgets.ts";

export interface BenchReport {
  date: string;
  machine: string;
  scales: ScaleResult[];
  weight: PageWeight;
  pdfExportMs?: number;
  lighthouse?: { page: string; factor: number; scores: Record<string, number> }[];
  checks: BudgetCheck[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function formatMarkdown(report: BenchReport): string {
  const lines = [
    "# aula: informe de rendimiento",
    "",
    `${report.date} · ${report.machine}`,
    "",
    "## Compilación",
    "",
    "| tamaño | páginas | en frío | en caliente | por página | HTML de una lección | índice de búsqueda | lint de código |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...report.scales.map(
      (r) =>
        `| ${r.factor}× | ${r.pages} | ${s(r.coldBuildMs)} | ${s(r.warmBuildMs)} | ${costPerPage(r).toFixed(1)} ms | ${kb(r.lessonHtmlBytes)} | ${r.searchIndexBytes === undefined ? "—" : kb(r.searchIndexBytes)} | ${r.lintMs === undefined ? "—" : `${r.lintMs.toFixed(0)} ms`} |`,
    ),
    "",
    "## Lo que carga una lección (búsqueda cerrada)",
    "",
    `- JS: ${kb(report.weight.jsBytes)} (${kb(report.weight.jsGzipBytes)} gzip)`,
    `- CSS: ${kb(report.weight.cssBytes)} (${kb(report.weight.cssGzipBytes)} gzip)`,
    `- mermaid: ${report.weight.mermaidBytes} B`,
  ];
  if (report.pdfExportMs !== undefined) lines.push(`- Exportar los PDF (1×): ${s(report.pdfExportMs)}`);
  if (report.lighthouse?.length) {
    lines.push(
      "",
      "## Lighthouse",
      "",
      "| página | tamaño | rendimiento | accesibilidad | buenas prácticas | SEO |",
      "| --- | --- | --- | --- | --- | --- |",
    );
    for (const l of report.lighthouse)
      lines.push(
        `| ${l.page} | ${l.factor}× | ${l.scores.performance ?? "—"} | ${l.scores.accessibility ?? "—"} | ${l.scores["best-practices"] ?? "—"} | ${l.scores.seo ?? "—"} |`,
      );
  }
  lines.push("", "## Presupuestos", "", "| medida | valor | límite | |", "| --- | --- | --- | --- |");
  for (const c of report.checks)
    lines.push(`| ${c.name} | ${c.value} ${c.unit} | ${c.limit} ${c.unit} | ${c.ok ? "✅" : "❌"} |`);
  return `${lines.join("\n")}\n`;
}
