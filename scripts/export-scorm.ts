// Writes exports/scorm/curso-scorm12.zip: the course as a SCORM 1.2 package for Moodle and other LMS.
import { resolve } from "node:path";
import { readSiteEnv } from "../src/core/course/env.ts";
import { exportScorm, ScormExportError } from "../src/exporters/scorm/export.ts";

const root = process.cwd();
const started = performance.now();
try {
  const { zipPath, bytes, files } = await exportScorm({
    root,
    contentDir: readSiteEnv().contentDir,
    zipPath: resolve(root, process.env.AULA_SCORM_ZIP?.trim() || "exports/scorm/curso-scorm12.zip"),
    log: (line) => console.log(line),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${zipPath}: ${files} archivos, ${(bytes / 1024).toFixed(0)} KB, en ${seconds} s`);
} catch (error) {
  if (!(error instanceof ScormExportError)) throw error;
  console.error(`export:scorm: ${error.message}`);
  process.exitCode = 1;
}
