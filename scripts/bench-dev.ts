// Benchmark: `npm run bench:dev`. Times save → updated page in `astro dev` (median of 5) for a
// paragraph, a quiz, a cached diagram and a new diagram, on the sample course and a 300-lesson one.
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { formatDevLoop, measureDevLoop } from "../src/bench/dev-loop.ts";

const root = resolve(import.meta.dirname, "..");
const content = join(root, "content");
const sample = await measureDevLoop({ name: "ejemplo", sourceDir: content, root });
const big = await measureDevLoop({ name: "sintético ×50", sourceDir: content, factor: 50, root });
console.log(`Máquina: ${cpus().length} núcleos (${cpus()[0]?.model ?? "?"})\n`);
console.log(formatDevLoop([sample, big]));
