import { describe, expect, it } from "vitest";
import {
  exportChecks,
  type ExportFigures,
  formatExportBench,
  median,
  printedPdfMs,
  siteBuildMs,
  timedCpuMs,
} from "../../scripts/bench/exports.ts";

const figures: ExportFigures = {
  sampleBuildMs: 60_000,
  samplePdfMs: 20_000,
  scormMs: { "1.2": 4_000, "2004": 12_500 },
  epubMs: 1_500,
  pdfLessons: 30,
  pdfCleanMs: 100_000,
  pdfEditMs: 50_001,
  loadStart: [3.25, 4, 5],
  loadEnd: [12, 8.5, 6],
};

describe("export bench", () => {
  it("judges SCORM against the site's build without its PDFs, EPUB in seconds, the PDF edit against a clean print", () => {
    expect(siteBuildMs(figures)).toBe(40_000);
    const checks = exportChecks(figures);
    expect(checks.map((c) => [c.value, c.target, c.ok])).toEqual([
      ["0.10×", "≤ 0.30×", true],
      ["0.31×", "≤ 0.30×", false],
      ["1.50 s", "≤ 2.00 s", true],
      ["0.50×", "≤ 0.50×", false],
    ]);
    expect(checks[0]!.name).toContain("SCORM 1.2");
    expect(checks[3]!.name).toContain("30 lecciones");
  });

  it("a figure right at its target passes", () => {
    const checks = exportChecks({
      ...figures,
      epubMs: 2_000,
      pdfEditMs: 50_000,
      scormMs: { "1.2": 12_000, "2004": 0 },
    });
    expect(checks.map((c) => c.ok)).toEqual([true, true, true, true]);
  });

  it("prints one row per figure with its verdict, and the load at both ends", () => {
    const table = formatExportBench(figures, "2 núcleos");
    expect(table).toContain("al empezar 3.25 / 4.00 / 5.00, al acabar 12.00 / 8.50 / 6.00");
    const rows = table
      .split("\n")
      .filter((line) => line.startsWith("| ") && !line.startsWith("| medida") && !line.startsWith("| ---"));
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.endsWith("| cumple |"))).toEqual([true, false, true, false]);
    expect(table).toContain("Compilación limpia del curso de ejemplo: 60.00 s, de ellos 20.00 s de PDF.");
  });

  it("prints the commands' CPU time when it was measured, read from GNU time's last line", () => {
    expect(formatExportBench(figures, "")).not.toContain("Tiempo de CPU");
    const table = formatExportBench({ ...figures, cpuMs: { scorm12: 900, scorm2004: 950, epub: 1210 } }, "");
    expect(table).toContain("Tiempo de CPU (usuario + sistema): SCORM 1.2 0.90 s, SCORM 2004 0.95 s, EPUB 1.21 s.");
    expect(timedCpuMs("aviso  algo\ncpu 1.02 0.19\n")).toBe(1210);
    expect(timedCpuMs("Command exited with non-zero status 1\n")).toBeUndefined();
  });

  it("reads the PDF time aula build printed last, and takes medians", () => {
    expect(printedPdfMs("PDF  pdf/curso.pdf  31 páginas\n7 PDF en 8940 ms\n")).toBe(8940);
    expect(printedPdfMs("aviso  PDF desactivados con AULA_PDF=off")).toBe(0);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
