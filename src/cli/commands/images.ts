// `aula images`: downloads the remote images the lessons show into public/assets/remote/, once. Afterwards the
// build shows the local copies; the lessons stay as they are.
import { resolve } from "node:path";
import { loadCourseConfig, readSiteEnv } from "../../core/course/env.ts";
import { remoteImagesInCourse } from "../../core/images/collect.ts";
import { downloadRemoteImages } from "../../core/images/download.ts";
import { remoteDir } from "../../core/markdown/remote-images.ts";
import { formatProblem } from "../../core/problems/format.ts";
import { AuthorError } from "../../core/problems/report.ts";
import type { CliParams } from "../params.ts";

export const usage = `Uso: aula images

Descarga una vez cada imagen de otro sitio que muestran las lecciones en public/assets/remote/ (con un
manifiesto: origen, archivo, tamaño y fecha). Las lecciones no cambian: la compilación muestra las copias.

  --help   esta ayuda (AULA_IMAGES_TIMEOUT_MS: tiempo máximo por imagen)

Sale con 0 si todas las imágenes están en local y 1 si alguna no se pudo descargar (cada una en una línea).`;

export async function run({ cwd, env, stdout }: CliParams): Promise<number> {
  const site = readSiteEnv(env, cwd);
  let uses;
  try {
    uses = remoteImagesInCourse(site.contentDir, loadCourseConfig(site.contentDir));
  } catch (error) {
    if (error instanceof AuthorError) {
      stdout(error.message);
      return 1;
    }
    throw error;
  }
  const timeoutMs = Number(env.AULA_IMAGES_TIMEOUT_MS) || undefined;
  const report = await downloadRemoteImages(uses, { publicDir: site.publicDir, timeoutMs });
  for (const problem of report.problems) stdout(formatProblem(problem));
  const failed = report.problems.filter((p) => p.severity === "error").length;
  stdout(
    `Imágenes remotas: ${report.downloaded.length} descargadas en public/${remoteDir}/, ${report.kept} ya estaban, ${failed} sin descargar`,
  );
  return failed > 0 ? 1 : 0;
}
