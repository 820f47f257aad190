import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { buildAndServe, projectRoot } from "../../e2e/support/site.ts";

/** What makes `content/` the sample course: its lessons and the errata against the seed chapter. */
export const sampleFiles = [
  "curso.yaml",
  "ERRATA.md",
  "tema2/01-tipos-de-hosting.md",
  "tema2/02-virtualizacion.md",
  "tema2/03-contenedores-y-sandboxing.md",
  "tema2/04-docker-para-desarrollo.md",
  "tema2/05-laboratorio-1.md",
  "tema2/06-laboratorio-2.md",
];

declare module "vitest" {
  export interface ProvidedContext {
    /** Why content/ is not the sample course, or "" when it is. */
    notSample: string;
  }
}

/** Builds the sample course in `content/` once, as the e2e setup builds its fixture, and serves it. */
export default async function setup(project: TestProject) {
  const contentDir = resolve(projectRoot, "content");
  const missing = sampleFiles.filter((file) => !existsSync(resolve(contentDir, file)));
  // Each test file fails with this line (see sample.ts); throwing here would stop the unit and e2e projects too.
  project.provide(
    "notSample",
    missing.length === 0
      ? ""
      : `Las pruebas «sample» comprueban el curso de ejemplo de aula (Tema 2 de «Puesta en producción segura») ` +
          `y content/ es otro curso: faltan ${missing.map((f) => `content/${f}`).join(", ")}. ` +
          `Las pruebas del motor no dependen de content/: «npm run test:unit» y «npm run test:e2e».`,
  );
  if (missing.length > 0) return;
  return buildAndServe(
    project,
    "sample",
    { AULA_CONTENT_DIR: contentDir, AULA_PUBLIC_DIR: resolve(projectRoot, "public") },
    "del curso de ejemplo",
  );
}
