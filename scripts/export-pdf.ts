// Prints the course and each lesson to PDF from the built site: `npm run pdf`.
// Options: --no-build (the site was just built), --build (always build), --if-browser (no browser is
// a warning, not an error; with it, AULA_PDF=off skips the PDFs), --paper=letter (A4 by default; also
// AULA_PDF_PAPER).
import { resolve } from "node:path";
import { BuildFailedError, exportPdfs, NoBrowserError } from "../src/exporters/print/export.ts";

export interface Params {
  argv: string[];
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Exit codes: 0 printed (or skipped with --if-browser), 1 no browser or failed build, 2 crash. */
export async function main({ argv, env, log, error }: Params): Promise<number> {
  const paperArg = argv.find((arg) => arg.startsWith("--paper="))?.slice("--paper=".length) ?? env.AULA_PDF_PAPER;
  const paper = paperArg?.toLowerCase() === "letter" ? "letter" : "a4";
  const build = argv.includes("--no-build") ? "never" : argv.includes("--build") ? "always" : "if-stale";
  if (argv.includes("--if-browser") && (env.AULA_PDF === "off" || env.AULA_PDF === "pages")) {
    log(`aviso  PDF desactivados con AULA_PDF=${env.AULA_PDF}: los enlaces «Descargar PDF» no tendrán destino`);
    return 0;
  }
  const root = process.cwd();
  const started = performance.now();
  try {
    const printed = await exportPdfs({
      root,
      outDir: resolve(root, env.AULA_OUT_DIR?.trim() || "dist"),
      base: env.BASE_PATH ?? "/",
      build,
      paper,
      log,
    });
    log(`${printed.length} PDF en ${Math.round(performance.now() - started)} ms`);
    return 0;
  } catch (caught) {
    if (caught instanceof NoBrowserError) {
      if (argv.includes("--if-browser")) {
        log(`aviso  No se generan los PDF: ${caught.message}`);
        return 0;
      }
      error(`error  No se pueden generar los PDF: ${caught.message}`);
      return 1;
    }
    if (caught instanceof BuildFailedError) {
      error(`error  ${caught.message}`);
      return 1;
    }
    error(`error  La exportación a PDF falló: ${caught instanceof Error ? caught.message : String(caught)}`);
    return 2;
  }
}

if (import.meta.main) {
  process.exitCode = await main({
    argv: process.argv.slice(2),
    env: process.env,
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  });
}
