import { relative, resolve } from "node:path";
import { ExportError, type Exporter, ExportUsageError } from "../exporter.ts";
import { exportScorm, ScormExportError, type ScormVersion } from "./export.ts";
import { fileSize } from "../size.ts";

const usage = `Uso: aula export scorm [--scorm 1.2|2004]

Empaqueta el sitio construido (dist/) como SCORM para Moodle u otra plataforma, sin compilar otra vez:
SCORM 1.2 en exports/scorm/curso-scorm12.zip, o SCORM 2004 (4.ª edición) en
exports/scorm/curso-scorm2004.zip (AULA_SCORM_ZIP cambia la ruta). Si el sitio no está al día, lo
construye antes («aula build»). Lleva los PDF del curso si están construidos (si no, quita sus enlaces
y lo avisa) y, de public/, solo lo que usan las lecciones.

  --scorm 1.2    SCORM 1.2 (por defecto): lo admiten todas las plataformas
  --scorm 2004   SCORM 2004 4.ª edición: guarda hasta 64 000 caracteres de respuestas por lección
  --help         esta ayuda

Sale con 0 si escribió el paquete, 1 si el curso tiene errores o no se pudo empaquetar y 2 si algo
falló.`;

function versionOf(argv: string[]): ScormVersion {
  const at = argv.findIndex((a) => a === "--scorm" || a.startsWith("--scorm="));
  const unknown = argv.find((a, i) => i !== at && i !== at + 1 && a.startsWith("-"));
  if (unknown) throw new ExportUsageError(`«${unknown}» no es una opción de la exportación SCORM`);
  if (at < 0) return "1.2";
  const value = argv[at]!.includes("=") ? argv[at]!.split("=")[1] : argv[at + 1];
  if (value === "1.2" || value === "12") return "1.2";
  if (value === "2004") return "2004";
  throw new ExportUsageError(`«--scorm ${value ?? ""}» no es una versión de SCORM: elige 1.2 o 2004`);
}

export const scormExporter: Exporter = {
  name: "scorm",
  usage,
  needs: { site: true, pdfs: "optional" },
  export(manifest, { root, argv, env, log, warn }) {
    const version = versionOf(argv);
    const name = version === "1.2" ? "curso-scorm12.zip" : "curso-scorm2004.zip";
    const zipPath = resolve(root, env.AULA_SCORM_ZIP?.trim() || `exports/scorm/${name}`);
    try {
      const made = exportScorm(manifest, { version, zipPath, log, warn });
      log(
        `${relative(root, made.zipPath) || made.zipPath}: SCORM ${version}, ${made.files} archivos, ${fileSize(made.bytes)}`,
      );
      return { written: [made.zipPath] };
    } catch (error) {
      if (error instanceof ScormExportError) throw new ExportError(error.message);
      throw error;
    }
  },
};
