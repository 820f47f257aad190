import type { TestProject } from "vitest/node";
import { buildAndServe, fixtureCourse } from "./site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the built course, served on 127.0.0.1 under the test base path. */
    siteUrl: string;
    /** Folder of that build. */
    distDir: string;
    /** What the build printed. */
    buildOutput: string;
  }
}

/** Builds the fixture course once under a non-root base, and serves it for every browser test. */
export default async function setup(project: TestProject) {
  return buildAndServe(project, "site", { AULA_CONTENT_DIR: fixtureCourse, AULA_PDF: "on" }, "del sitio");
}
