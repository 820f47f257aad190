// @ts-check
import { resolve } from "node:path";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import { loadCourseConfig, readSiteEnv } from "./src/course/env.ts";
import failOnAuthorErrors from "./src/integrations/author-errors.ts";
import diagrams from "./src/integrations/diagrams.ts";
import search from "./src/search/integration.ts";
import contentSecurityPolicy from "./src/security/integration.ts";
import { createPipeline, shikiConfig } from "./src/markdown/pipeline.ts";

const env = readSiteEnv();
const course = loadCourseConfig(env.contentDir);
const pipeline = createPipeline({
  base: env.base,
  publicDir: resolve("public"),
  legacyBase: course.legacyBase,
});

export default defineConfig({
  site: env.site,
  base: env.base,
  trailingSlash: "always",
  outDir: process.env.AULA_OUT_DIR || "dist",
  markdown: {
    processor: unified({ ...pipeline, smartypants: false }),
    shikiConfig,
  },
  // The CSP pass rewrites every page, so it runs last.
  integrations: [mdx(), diagrams(), failOnAuthorErrors(), search(), contentSecurityPolicy()],
  devToolbar: { enabled: false },
});
