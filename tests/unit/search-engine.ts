import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildSearchIndex } from "../../src/core/search/indexer.ts";
import type { SearchHit } from "../../src/core/search/results.ts";
import { serveSite } from "../../src/core/server/static.ts";

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<SearchHit> }[] }>;
  destroy(): Promise<void>;
}

export interface SearchEngine {
  /** Pagefind's results for a query, in Pagefind's order, with the data the browser gets. */
  search(query: string): Promise<SearchHit[]>;
  close(): Promise<void>;
}

/**
 * Indexes a fixture site with our indexer and searches it with the bundle's own pagefind.js, run in
 * Node (no worker) against the bundle served over HTTP: the results the dialog receives.
 */
export async function openSearchEngine(siteDir: string): Promise<SearchEngine> {
  const root = await mkdtemp(join(tmpdir(), "aula-search-engine-"));
  const bundle = join(root, "pagefind");
  await buildSearchIndex({ siteDir, outputPath: bundle });
  const server = await serveSite(root, "/");
  const pagefind = (await import(pathToFileURL(join(bundle, "pagefind.js")).href)) as PagefindModule;
  await pagefind.options({ basePath: `${server.url}pagefind/`, baseUrl: "/", noWorker: true });
  return {
    async search(query) {
      const { results } = await pagefind.search(query);
      return Promise.all(results.map((result) => result.data()));
    },
    async close() {
      await pagefind.destroy();
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
