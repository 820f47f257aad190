// `npm pack` (prepack): compiles src/cli/main.ts and everything it imports to lib/ (tsconfig.lib.json), and
// copies next to it the non-TypeScript files that code reads relative to itself (`createRequire(import.meta.url)`,
// `new URL(…, import.meta.url)`), such as src/core/lint/data/docker.json. JavaScript, so it runs before any
// TypeScript can. `npm run` never uses lib/ in this repository: bin/aula.mjs runs src/ here.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const lib = join(root, "lib");
const started = performance.now();

rmSync(lib, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.lib.json"], {
  cwd: root,
  stdio: "inherit",
});
if (tsc.status !== 0) {
  console.error("build-lib: tsc falló");
  process.exit(tsc.status ?? 2);
}

const compiled = readdirSync(lib, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".js"));
const relativeReads =
  /(?:createRequire\(import\.meta\.url\)\(|new URL\()\s*["'](\.{1,2}\/[^"']+)["']\s*(?:\)|,\s*import\.meta\.url)/g;
let copied = 0;
for (const name of compiled) {
  const file = join(lib, name);
  for (const [, spec] of readFileSync(file, "utf8").matchAll(relativeReads)) {
    if (spec.endsWith(".js")) continue;
    const target = resolve(dirname(file), spec);
    const source = join(root, "src", relative(lib, target));
    if (!existsSync(source)) {
      console.error(`build-lib: ${relative(root, file)} lee ${spec}, que no existe en src/`);
      process.exit(2);
    }
    cpSync(source, target);
    copied++;
  }
}
// On stderr: `npm pack --json` prints its report on stdout after this.
console.error(
  `lib/: ${compiled.length} módulos y ${copied} archivos de datos en ${Math.round(performance.now() - started)} ms`,
);
