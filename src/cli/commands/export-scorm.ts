// `aula export scorm`: the course as a SCORM 1.2 package for Moodle and other LMS.
import { resolve } from "node:path";
import { readSiteEnv } from "../../core/course/env.ts";
import { exportScorm, ScormExportError } from "../../exporters/scorm/export.ts";
import type { CliParams } from "../params.ts";

export const usage = `Uso: aula export scorm

Compila el curso aparte y lo empaqueta como SCORM 1.2 en exports/scorm/curso-scorm12.zip (o
AULA_SCORM_ZIP), para subirlo a Moodle u otra plataforma.

  --help   esta ayuda

Sale con 0 si escribió el paquete, 1 si la compilación falló (los errores del curso, cada uno en una
línea) y 2 si algo falló.`;

export async function run({ cwd, env, stdout, stderr }: CliParams): Promise<number> {
  const started = performance.now();
  try {
    const { zipPath, bytes, files } = await exportScorm({
      root: cwd,
      contentDir: readSiteEnv(env, cwd).contentDir,
      zipPath: resolve(cwd, env.AULA_SCORM_ZIP?.trim() || "exports/scorm/curso-scorm12.zip"),
      log: stdout,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    stdout(`${zipPath}: ${files} archivos, ${(bytes / 1024).toFixed(0)} KB, en ${seconds} s`);
    return 0;
  } catch (error) {
    if (!(error instanceof ScormExportError)) throw error;
    stderr(`aula export scorm: ${error.message}`);
    return 1;
  }
}
