// Benchmark: `npm run bench:dev`. Times save → updated page in `astro dev` (median of 5) for a
// paragraph, a quiz, a cached diagram and a new diagram, on the sample course and a 300-lesson one.
// AULA_BENCH_DEV=ejemplo (or =300) measures only one of them.
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { formatDevLoop, measureDevLoop, type DevLoopResult } from "./bench/dev-loop.ts";

const root = resolve(import.meta.dirname, "..");
const content = join(root, "content");
const only = process.env.AULA_BENCH_DEV?.trim();
const results: DevLoopResult[] = [];
if (!only || only === "ejemplo") results.push(await measureDevLoop({ name: "ejemplo", sourceDir: content, root }));
if (!only || only === "300")
  results.push(await measureDevLoop({ name: "sintético ×50", sourceDir: content, factor: 50, root }));
console.log(`Máquina: ${cpus().length} núcleos (${cpus()[0]?.model ?? "?"}), compartida con otros procesos\n`);
console.log(formatDevLoop(results));
