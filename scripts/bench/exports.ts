// `npm run bench -- --exports`: the export figures issue 25 asks for, judged against their targets. Pure:
// the runner (exports-run.ts) measures, this module decides and formats.

/** What one sitting of the export bench measured, in milliseconds of wall-clock time per command. */
export interface ExportFigures {
  /** The sample course's clean `aula build` (caches and output removed), PDFs included. */
  sampleBuildMs: number;
  /** The part of that build that printed the PDFs, as `aula build` reported it. */
  samplePdfMs: number;
  /** `aula export scorm` with the site current, per version (median of the runs). */
  scormMs: { "1.2": number; "2004": number };
  /** `aula export epub` with the site current (median of the runs). */
  epubMs: number;
  /** Lessons of the synthetic course the PDF figures come from. */
  pdfLessons: number;
  /** `aula pdf --no-build` with an empty PDF cache. */
  pdfCleanMs: number;
  /** `aula pdf --no-build` again after one lesson was edited and the site rebuilt. */
  pdfEditMs: number;
  /** CPU time (user + system) of the same commands, when the machine could say: on a loaded machine wall time is a multiple of it. */
  cpuMs?: { scorm12: number; scorm2004: number; epub: number };
  /** `os.loadavg()` when the sitting started and when it ended: 1, 5 and 15 minutes. */
  loadStart: number[];
  loadEnd: number[];
}

export interface ExportCheck {
  name: string;
  /** The figure as printed: a time or a ratio. */
  value: string;
  target: string;
  ok: boolean;
}

export const exportTargets = {
  /** SCORM export, relative to the site's own clean build (it used to be a second full build). */
  scormOverBuild: 0.3,
  epubMs: 2000,
  /** Re-exporting PDFs after a one-lesson edit, relative to printing them all. */
  pdfEditOverClean: 0.5,
} as const;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (r: number) => `${r.toFixed(2)}×`;

/** The site's clean build without its PDFs: the build SCORM used to repeat, and the smaller, stricter yardstick. */
export function siteBuildMs(figures: Pick<ExportFigures, "sampleBuildMs" | "samplePdfMs">): number {
  return Math.max(figures.sampleBuildMs - figures.samplePdfMs, 1);
}

/** Each figure against its target. */
export function exportChecks(figures: ExportFigures): ExportCheck[] {
  const site = siteBuildMs(figures);
  const checks: ExportCheck[] = (["1.2", "2004"] as const).map((version) => {
    const r = figures.scormMs[version] / site;
    return {
      name: `SCORM ${version} / compilación limpia del sitio (${seconds(figures.scormMs[version])} / ${seconds(site)})`,
      value: ratio(r),
      target: `≤ ${ratio(exportTargets.scormOverBuild)}`,
      ok: r <= exportTargets.scormOverBuild,
    };
  });
  checks.push({
    name: "EPUB («aula export epub», proceso entero)",
    value: seconds(figures.epubMs),
    target: `≤ ${seconds(exportTargets.epubMs)}`,
    ok: figures.epubMs <= exportTargets.epubMs,
  });
  const edit = figures.pdfEditMs / figures.pdfCleanMs;
  checks.push({
    name: `PDF tras editar una lección / PDF en limpio, ${figures.pdfLessons} lecciones (${seconds(figures.pdfEditMs)} / ${seconds(figures.pdfCleanMs)})`,
    value: ratio(edit),
    target: `≤ ${ratio(exportTargets.pdfEditOverClean)}`,
    ok: edit <= exportTargets.pdfEditOverClean,
  });
  return checks;
}

const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(" / ");

/** The table the bench prints, with the machine's load, which these wall-clock figures depend on. */
export function formatExportBench(figures: ExportFigures, machine: string): string {
  const checks = exportChecks(figures);
  return [
    "## Exportaciones (issue 25)",
    "",
    `${machine}; carga media (1 / 5 / 15 min) al empezar ${load(figures.loadStart)}, al acabar ${load(figures.loadEnd)}`,
    "",
    "| medida | valor | objetivo | |",
    "| --- | --- | --- | --- |",
    ...checks.map((c) => `| ${c.name} | ${c.value} | ${c.target} | ${c.ok ? "cumple" : "NO cumple"} |`),
    "",
    `Compilación limpia del curso de ejemplo: ${seconds(figures.sampleBuildMs)}, de ellos ${seconds(figures.samplePdfMs)} de PDF.`,
    ...(figures.cpuMs
      ? [
          `Tiempo de CPU (usuario + sistema): SCORM 1.2 ${seconds(figures.cpuMs.scorm12)}, SCORM 2004 ${seconds(figures.cpuMs.scorm2004)}, EPUB ${seconds(figures.cpuMs.epub)}.`,
        ]
      : []),
    "",
  ].join("\n");
}

/** `7 PDF en 8940 ms`, the last line `aula build` and `aula pdf` print about the PDFs: the milliseconds, or 0. */
export function printedPdfMs(output: string): number {
  const match = [...output.matchAll(/^\s*\d+ PDF en (\d+) ms\s*$/gm)].at(-1);
  return match ? Number(match[1]) : 0;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `cpu 1.23 0.45`, the line `/usr/bin/time -f "cpu %U %S"` adds last to a command's error output: milliseconds. */
export function timedCpuMs(stderr: string): number | undefined {
  const match = [...stderr.matchAll(/^cpu (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\s*$/gm)].at(-1);
  return match ? Math.round((Number(match[1]) + Number(match[2])) * 1000) : undefined;
}
