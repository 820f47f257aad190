import { join, relative } from "node:path";
import type { Paper } from "../../core/print/model.ts";
import { ExportError, type Exporter, ExportUsageError } from "../exporter.ts";
import { BuildFailedError, exportPdfs, NoBrowserError } from "./export.ts";

const usage = `Uso: aula export pdf [--paper=letter] [--if-browser]

Imprime a PDF el curso entero y cada lección desde el sitio construido (dist/pdf/); si no está al
día, lo construye antes. Un PDF cuyo contenido no cambió se copia del anterior. «aula pdf» hace lo
mismo y además puede compilar solo las páginas de impresión (--build).

  --paper=letter   tamaño carta (A4 por defecto; también AULA_PDF_PAPER)
  --if-browser     sin navegador solo avisa
  --help           esta ayuda

Sale con 0 si se generaron, 1 si no hay navegador o el sitio no tiene sus páginas de impresión y 2 si
la exportación falló.`;

/** `--paper=letter` or `AULA_PDF_PAPER`; A4 by default. */
export function paperOf(argv: string[], env: NodeJS.ProcessEnv): Paper {
  const arg = argv.find((a) => a.startsWith("--paper="))?.slice("--paper=".length) ?? env.AULA_PDF_PAPER;
  return arg?.toLowerCase() === "letter" ? "letter" : "a4";
}

export const pdfExporter: Exporter = {
  name: "pdf",
  usage,
  needs: { site: true, pdfs: "no" },
  async export(manifest, { root, argv, env, log, warn }) {
    const unknown = argv.find((a) => !a.startsWith("--paper=") && a !== "--if-browser");
    if (unknown) throw new ExportUsageError(`«${unknown}» no es una opción de la exportación a PDF`);
    const { outDir } = manifest.site;
    try {
      const printed = await exportPdfs({
        root,
        outDir,
        base: manifest.site.base,
        build: "never",
        paper: paperOf(argv, env),
        log,
        manifest,
      });
      return { written: printed.map((pdf) => join(outDir, pdf.path)) };
    } catch (error) {
      if (error instanceof NoBrowserError) {
        if (argv.includes("--if-browser")) {
          warn(`aviso  No se generan los PDF: ${error.message}`);
          return { written: [] };
        }
        throw new ExportError(`No se pueden generar los PDF: ${error.message}`);
      }
      if (error instanceof BuildFailedError)
        throw new ExportError(
          `${relative(root, outDir) || outDir}/ no tiene las páginas de impresión (¿se construyó con AULA_PDF=off?): vuelve a ejecutar «npm run build»`,
        );
      throw error;
    }
  },
};
