// `aula images`: downloads the remote images the lessons show into public/assets/remote/, once. Afterwards the
// build shows the local copies; the lessons stay as they are.
import { resolve } from "node:path";
import { loadCourseConfig, readSiteEnv } from "../../core/course/env.ts";
import { remoteImagesInCourse } from "../../core/images/collect.ts";
import { downloadRemoteImages } from "../../core/images/download.ts";
import { remoteDir } from "../../core/markdown/remote-images.ts";
import { formatProblem } from "../../core/problems/format.ts";
import { format } from "../../core/i18n/plural.ts";
import { AuthorError } from "../../core/problems/report.ts";
import type { CliParams } from "../params.ts";

export const usage = `Uso: aula images

Descarga una vez cada imagen de otro sitio que muestran las lecciones en public/assets/remote/ (con un
manifiesto: origen, archivo, tamaño y fecha). Las lecciones no cambian: la compilación muestra las copias.

  --help   esta ayuda (AULA_IMAGES_TIMEOUT_MS: tiempo máximo por imagen)

Una imagen que no se pudo descargar es un aviso, en una línea con su lección; si no se pudo descargar
ninguna porque no hay conexión, lo dice una sola vez. Sale con 0 aunque falte alguna (la compilación
muestra un recuadro con el enlace a la original) y con 1 si curso.yaml tiene errores.`;

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
  if (report.offline)
    stdout(
      format(
        "Parece que no hay conexión: ninguna de las {n} {n|imagen|imágenes} se pudo descargar ({code}). Conéctate y vuelve a ejecutar «npm run images:download».",
        { n: report.failed, code: report.offline },
      ),
    );
  else for (const problem of report.problems) stdout(formatProblem(problem));
  stdout(
    `Imágenes remotas: ${report.downloaded.length} descargadas en public/${remoteDir}/, ${report.kept} ya estaban, ${report.failed} sin descargar`,
  );
  return 0;
}
