import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { projectRoot, runScript, serveSite } from "../../e2e/support/site.ts";

/** Where Pages serves the guide: under /guia/ of the repository's site (see .github/workflows/deploy.yml). */
export const guideBase = "/aula/guia/";
export const guideSiteUrl = "https://example.github.io/aula/guia/";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
    buildOutput: string;
  }
}

/** Builds the guide once with `npm run guide`, as the deploy workflow does (PDFs included), and serves it. */
export default async function setup(project: TestProject) {
  const distDir = resolve(projectRoot, "tests/.dist/guide");
  const build = runScript("guide", [], {
    BASE_PATH: guideBase,
    SITE_URL: guideSiteUrl,
    AULA_OUT_DIR: distDir,
    AULA_CONTENT_DIR: resolve(projectRoot, "docs"),
    AULA_PUBLIC_DIR: resolve(projectRoot, "docs/_public"),
    AULA_PDF: "on",
  });
  if (build.status !== 0) throw new Error(`La compilación de la guía falló:\n${build.output}`);
  const { url, close } = await serveSite(distDir, guideBase);
  project.provide("siteUrl", url);
  project.provide("distDir", distDir);
  project.provide("buildOutput", build.output);
  return close;
}
