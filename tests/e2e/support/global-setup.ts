import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { fixtureCourse, projectRoot, runBuild, serveSite, testBase, testSiteUrl } from "./site.ts";

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
  const distDir = resolve(projectRoot, "tests/.dist/site");
  const build = runBuild({
    BASE_PATH: testBase,
    SITE_URL: testSiteUrl,
    AULA_OUT_DIR: distDir,
    AULA_CONTENT_DIR: fixtureCourse,
    AULA_PDF: "on",
  });
  if (build.status !== 0) throw new Error(`La compilación del sitio falló:\n${build.output}`);
  const { url, close } = await serveSite(distDir, testBase);
  project.provide("siteUrl", url);
  project.provide("distDir", distDir);
  project.provide("buildOutput", build.output);
  return close;
}
