import type { AstroIntegration } from "astro";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { searchIndexCache, searchInputFingerprint } from "./index-cache.ts";
import { buildSearchIndex, excludeSelectors, type IndexSummary } from "./indexer.ts";

/** Pagefind exports no package.json: read it beside its entry point (`lib/index.js`). */
function pagefindVersion(): string {
  const entry = fileURLToPath(import.meta.resolve("pagefind"));
  return (JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")) as { version: string }).version;
}

function summaryOf(outputPath: string): IndexSummary {
  const files = readdirSync(outputPath, { recursive: true, encoding: "utf8" })
    .map((path) => path.replaceAll("\\", "/"))
    .filter((path) => statSync(join(outputPath, path)).isFile());
  return {
    pageCount: files.filter((path) => path.startsWith("fragment/")).length,
    files: files.map((path) => ({ path, bytes: statSync(join(outputPath, path)).size })),
  };
}

/**
 * Indexes the lessons with Pagefind once Astro has written the site, into `<outDir>/pagefind/`. When no
 * built page changed since the last build, the last bundle is copied instead (`index-cache.ts`).
 */
export default function search(): AstroIntegration {
  let cacheDir = "";
  return {
    name: "aula:search",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), "pagefind");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        const outputPath = fileURLToPath(new URL("./pagefind/", dir));
        const version = pagefindVersion();
        const fingerprint = searchInputFingerprint(siteDir, { version, excludeSelectors });
        const cache = searchIndexCache(cacheDir);
        const reused = cache.restore(fingerprint, outputPath);
        if (!reused) {
          await buildSearchIndex({ siteDir, outputPath });
          cache.keep(fingerprint, outputPath);
        }
        const summary = summaryOf(outputPath);
        const kb = summary.files.reduce((sum, f) => sum + f.bytes, 0) / 1024;
        logger.info(
          `Búsqueda: ${summary.pageCount} lecciones indexadas; ${summary.files.length} archivos (${kb.toFixed(0)} KB) en ${Math.round(performance.now() - started)} ms${reused ? " (sin cambios: el índice anterior)" : ""}`,
        );
      },
    },
  };
}
