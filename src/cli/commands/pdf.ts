// `aula pdf`: prints the course and each lesson to PDF from the built site, through the PDF exporter of the
// registry (src/exporters/registry.ts), as `aula export pdf` does; it can also build the print pages first.
import { resolve } from "node:path";
import { readCourseSiteEnv } from "../../core/course/env.ts";
import { exportSlidesPdfs } from "../../exporters/slides/pdf.ts";
import { ManifestError, manifestPath, readManifest } from "../../core/manifest/file.ts";
import { ExportError, ExportUsageError } from "../../exporters/exporter.ts";
import { BuildFailedError, buildForPrint, NoBrowserError } from "../../exporters/print/export.ts";
import { loadExporter } from "../../exporters/registry.ts";
import type { CliParams } from "../params.ts";

export const usage = `Uso: aula pdf [--no-build | --build] [--if-browser] [--paper=letter] [--slides [--notas]]

Imprime a PDF el curso entero y cada lección desde el sitio construido (dist/pdf/). Compila antes si
el sitio no está al día. Un PDF cuyo contenido no cambió se copia del anterior.

  --no-build       no compila: el sitio se acaba de construir
  --build          compila siempre
  --if-browser     sin navegador (o con AULA_PDF=off) solo avisa
  --paper=letter   tamaño carta (A4 por defecto; también AULA_PDF_PAPER)
  --slides         las diapositivas de cada lección (dist/pdf/diapositivas/), una por página
  --notas          con --slides: las notas del ponente, en la página siguiente a su diapositiva
  --help           esta ayuda

Sale con 0 si se generaron, 1 si no hay navegador o la compilación falló y 2 si la exportación falló.`;

export interface Params {
  argv: string[];
  /** The course folder; the working directory by default. */
  cwd?: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Exit codes: 0 printed (or skipped with --if-browser), 1 no browser or failed build, 2 crash. */
export async function main({ argv, cwd, env, log, error }: Params): Promise<number> {
  const build = argv.includes("--no-build") ? "never" : argv.includes("--build") ? "always" : "if-stale";
  const ifBrowser = argv.includes("--if-browser");
  if (ifBrowser && (env.AULA_PDF === "off" || env.AULA_PDF === "pages")) {
    log(`aviso  PDF desactivados con AULA_PDF=${env.AULA_PDF}: los enlaces «Descargar PDF» no tendrán destino`);
    return 0;
  }
  const root = cwd ?? process.cwd();
  const outDir = resolve(root, env.AULA_OUT_DIR?.trim() || "dist");
  const started = performance.now();
  try {
    if (argv.includes("--slides")) {
      const written = await exportSlidesPdfs({
        root,
        outDir,
        base: readCourseSiteEnv(env, root).base,
        build,
        notes: argv.includes("--notas") || argv.includes("--notes"),
        log,
      });
      log(`${written.length} PDF de diapositivas en ${Math.round(performance.now() - started)} ms`);
      return 0;
    }
    // A browser started to check, before a long build, that printing can happen; the exporter starts its own.
    await (await buildForPrint({ root, outDir, build, log }))?.close();
    const manifest = readManifest(manifestPath(root, outDir), root);
    const exporter = await loadExporter("pdf");
    const options = argv.filter((arg) => arg !== "--no-build" && arg !== "--build");
    const { written } = await exporter.export(manifest, { root, argv: options, env, log, warn: log });
    if (written.length > 0) log(`${written.length} PDF en ${Math.round(performance.now() - started)} ms`);
    return 0;
  } catch (caught) {
    if (caught instanceof NoBrowserError) {
      if (ifBrowser) {
        log(`aviso  No se generan los PDF: ${caught.message}`);
        return 0;
      }
      error(`error  No se pueden generar los PDF: ${caught.message}`);
      return 1;
    }
    if (caught instanceof BuildFailedError || caught instanceof ManifestError || caught instanceof ExportError) {
      error(`error  ${caught.message}`);
      return 1;
    }
    if (caught instanceof ExportUsageError) {
      error(`error  ${caught.message}. «aula pdf --help» explica cómo se usa.`);
      return 2;
    }
    error(`error  La exportación a PDF falló: ${caught instanceof Error ? caught.message : String(caught)}`);
    return 2;
  }
}

export function run({ argv, cwd, env, stdout, stderr }: CliParams): Promise<number> {
  return main({ argv, cwd, env, log: stdout, error: stderr });
}
