import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "../../src/core/browser/launch.ts";
import { courseConfigFileName, parseCourseConfig } from "../../src/core/course/config.ts";
import { readLesson } from "../../src/core/course/lessons.ts";
import { listLessonFiles } from "../../src/core/course/lessons-files.ts";
import { startDevServer } from "../dev/server.ts";
import { generateCourse } from "./synthetic.ts";

/** One kind of edit: what to append to the lesson, and the text the updated page then shows. */
interface Edit {
  name: string;
  snippet: (marker: string) => string;
  /** Where the marker shows: page text, or inside a diagram's SVG. */
  inSvg: boolean;
}

const cachedDiagram = "```mermaid\ngraph LR\n  accTitle: Diagrama ya dibujado\n  Guardar --> Ver\n```\n";

export const edits: Edit[] = [
  { name: "párrafo", snippet: (m) => `\nPárrafo ${m}.\n`, inSvg: false },
  { name: "cuestionario", snippet: (m) => `\n{:.quiz}\n¿Pregunta ${m}?\n\n- (x) Sí\n- ( ) No\n`, inSvg: false },
  { name: "diagrama en caché", snippet: (m) => `\nPárrafo ${m}.\n\n${cachedDiagram}`, inSvg: false },
  {
    name: "diagrama nuevo",
    snippet: (m) => `\n\`\`\`mermaid\ngraph LR\n  accTitle: Diagrama ${m}\n  A --> ${m}\n\`\`\`\n`,
    inSvg: true,
  },
];

export interface DevLoopResult {
  course: string;
  lessons: number;
  startupMs: number;
  /** Median save-to-updated-page time per edit, and every sample. */
  edits: { name: string; medianMs: number; samplesMs: number[] }[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Starts `astro dev` on a copy of `sourceDir` (or a `factor`× synthetic course), opens its first
 * lesson and times, `runs` times per kind of edit, from writing the file to the open page showing it.
 */
export async function measureDevLoop(options: {
  name: string;
  sourceDir: string;
  factor?: number;
  runs?: number;
  root: string;
}): Promise<DevLoopResult> {
  const runs = options.runs ?? 5;
  const dir = mkdtempSync(join(tmpdir(), "aula-bench-dev-"));
  let lessons: number;
  if (options.factor && options.factor > 1) lessons = generateCourse(options.sourceDir, dir, options.factor).lessons;
  else {
    cpSync(options.sourceDir, dir, { recursive: true });
    lessons = listLessonFiles(dir).length;
  }
  const { config } = parseCourseConfig(readFileSync(join(dir, courseConfigFileName), "utf8"), courseConfigFileName);
  if (!config) throw new Error("curso.yaml no es válido");
  const path = listLessonFiles(dir).find((p) => p.endsWith(".md"))!;
  const file = join(dir, path);
  const original = readFileSync(file, "utf8");
  const id = readLesson(path, path, original, config).place?.id;
  if (!id) throw new Error(`${path} no es una lección válida`);

  const started = performance.now();
  const server = await startDevServer({
    contentDir: dir,
    root: options.root,
    env: { AULA_PDF: "off" },
    timeoutMs: 900_000,
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}${id}/`);
    const startupMs = performance.now() - started;
    const save = async (snippet: string, marker: string, inSvg: boolean) => {
      const t0 = performance.now();
      writeFileSync(file, original + snippet);
      const target = inSvg ? page.locator("svg", { hasText: marker }) : page.getByText(marker, { exact: false });
      await target.first().waitFor({ timeout: 120_000 });
      return performance.now() - t0;
    };
    // Warm-up: the first diagram starts the server's Chromium; the cached one is then on disk.
    await save(edits[2]!.snippet("calentamiento"), "Párrafo calentamiento", false);
    const results = [];
    for (const edit of edits) {
      const samples: number[] = [];
      for (let run = 0; run < runs; run++) {
        const marker = `M${Date.now().toString(36)}${run}`;
        samples.push(await save(edit.snippet(marker), edit.inSvg ? marker : `${marker}`, edit.inSvg));
      }
      results.push({ name: edit.name, medianMs: Math.round(median(samples)), samplesMs: samples.map(Math.round) });
    }
    return { course: options.name, lessons, startupMs: Math.round(startupMs), edits: results };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatDevLoop(results: DevLoopResult[]): string {
  const lines = ["| curso | lecciones | edición | mediana (ms) | muestras (ms) |", "|---|---|---|---|---|"];
  for (const r of results)
    for (const e of r.edits)
      lines.push(`| ${r.course} | ${r.lessons} | ${e.name} | ${e.medianMs} | ${e.samplesMs.join(", ")} |`);
  lines.push("", ...results.map((r) => `Arranque de «${r.course}» hasta la primera página: ${r.startupMs} ms`));
  return lines.join("\n");
}
