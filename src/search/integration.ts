import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { buildSearchIndex } from "./indexer.ts";

/** Indexes the lessons with Pagefind once Astro has written the site, into `<outDir>/pagefind/`. */
export default function search(): AstroIntegration {
  return {
    name: "aula:search",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const summary = await buildSearchIndex({
          siteDir: fileURLToPath(dir),
          outputPath: fileURLToPath(new URL("./pagefind/", dir)),
        });
        const kb = summary.files.reduce((sum, f) => sum + f.bytes, 0) / 1024;
        logger.info(
          `Búsqueda: ${summary.pageCount} lecciones indexadas; ${summary.files.length} archivos (${kb.toFixed(0)} KB) en ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
