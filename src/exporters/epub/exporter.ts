import { relative, resolve } from "node:path";
import { ExportError, type Exporter, ExportUsageError } from "../exporter.ts";
import { fileSize } from "../size.ts";
import { EpubExportError, exportEpub } from "./export.ts";

const usage = `Uso: aula export epub

Escribe el curso como libro electrónico EPUB 3 en exports/epub/curso.epub (o AULA_EPUB), desde el sitio construido
(si no está al día, lo construye antes): una portada, el índice, un capítulo por lección en el orden
del curso, con los diagramas, el código coloreado y las preguntas en su forma impresa, y el
solucionario al final. No carga nada de internet.

  --help   esta ayuda

Sale con 0 si escribió el libro, 1 si el curso tiene errores y 2 si algo falló.`;

export const epubExporter: Exporter = {
  name: "epub",
  usage,
  needs: { site: true, pdfs: "no" },
  export(manifest, { root, argv, env, log }) {
    if (argv.length > 0) throw new ExportUsageError(`«${argv[0]}» no es una opción de la exportación EPUB`);
    const path = resolve(root, env.AULA_EPUB?.trim() || "exports/epub/curso.epub");
    try {
      const made = exportEpub(manifest, path);
      log(`${relative(root, made.path) || made.path}: EPUB 3, ${made.chapters} capítulos, ${fileSize(made.bytes)}`);
      return { written: [made.path] };
    } catch (error) {
      if (error instanceof EpubExportError) throw new ExportError(error.message);
      throw error;
    }
  },
};
