// Downloads the remote images the lessons show into public/assets/remote/, once: `npm run images:download`.
// Afterwards the build shows the local copies; the lessons stay as they are.
import { resolve } from "node:path";
import { formatProblem } from "../src/core/problems/format.ts";
import { AuthorError } from "../src/core/problems/report.ts";
import { loadCourseConfig, readSiteEnv } from "../src/core/course/env.ts";
import { remoteImagesInCourse } from "../src/core/images/collect.ts";
import { downloadRemoteImages } from "../src/core/images/download.ts";
import { remoteDir } from "../src/core/markdown/remote-images.ts";

/** Exit codes: 0 every image is local, 1 some could not be downloaded (each one line). */
export async function main(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<number> {
  const site = readSiteEnv(env);
  const publicDir = resolve(env.AULA_PUBLIC_DIR?.trim() || "public");
  let uses;
  try {
    uses = remoteImagesInCourse(site.contentDir, loadCourseConfig(site.contentDir));
  } catch (error) {
    if (error instanceof AuthorError) {
      log(error.message);
      return 1;
    }
    throw error;
  }
  const timeoutMs = Number(env.AULA_IMAGES_TIMEOUT_MS) || undefined;
  const report = await downloadRemoteImages(uses, { publicDir, timeoutMs });
  for (const problem of report.problems) log(formatProblem(problem));
  const failed = report.problems.filter((p) => p.severity === "error").length;
  log(
    `Imágenes remotas: ${report.downloaded.length} descargadas en public/${remoteDir}/, ${report.kept} ya estaban, ${failed} sin descargar`,
  );
  return failed > 0 ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main(process.env, (line) => console.log(line));
