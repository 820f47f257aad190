// `astro build` with Astro's and Vite's caches in a folder of the benchmark's own: `node_modules`
// is shared between worktrees, so the default `node_modules/.astro/` cannot be cleared without
// touching other builds. Run with the project as the working directory.
import { join } from "node:path";
import { build } from "astro";

const cacheDir = process.env.AULA_BENCH_CACHE_DIR;
await build({ root: process.cwd(), ...(cacheDir ? { cacheDir, vite: { cacheDir: join(cacheDir, "vite") } } : {}) });
