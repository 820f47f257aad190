#!/usr/bin/env node
// The `aula` command: it only wires arguments, output and the exit code to main() (src/cli/main.ts).
// Installed, Node runs the JavaScript `npm pack` compiled into lib/: it never strips types inside node_modules.
// In aula's own repository (with Node 22.18 or later) it runs the TypeScript sources, so lib/ is never stale there.
import { existsSync, readdirSync, statSync } from "node:fs";
import module from "node:module";
import { dirname, join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// scripts/ is never packed: with it, this is the source tree, not a copy npm installed or extracted.
const sourceTree = !root.split(sep).includes("node_modules") && existsSync(join(root, "scripts", "build-lib.mjs"));
const stripsTypes = Boolean(process.features.typescript);
const compiled = join(root, "lib", "cli", "main.js");

/** In the source tree on an older Node, lib/ is usable only if it was compiled after the last edit in src/. */
function staleLib() {
  const built = statSync(compiled).mtimeMs;
  return readdirSync(join(root, "src"), { recursive: true }).some(
    (name) => statSync(join(root, "src", name)).mtimeMs > built,
  );
}

const entry = sourceTree && stripsTypes ? join(root, "src", "cli", "main.ts") : compiled;
if (entry === compiled && (!existsSync(compiled) || (sourceTree && staleLib()))) {
  console.error(
    sourceTree
      ? `aula: este Node (${process.version}) no ejecuta TypeScript y lib/ no está compilado al día. ` +
          "Usa «npm run …» (trae Node 22) o compila con «node scripts/build-lib.mjs»."
      : `aula: falta ${compiled}: el paquete está incompleto; vuelve a instalarlo con «npm install».`,
  );
  process.exit(2);
}

// V8 keeps the code it compiled (in the source tree, of the stripped TypeScript too) in the system's temporary
// folder: a short command such as «aula export epub» starts in a fraction of the time (Node 22.1 or later).
module.enableCompileCache?.();

try {
  const { main } = await import(pathToFileURL(entry).href);
  process.exitCode = await main({ argv: process.argv.slice(2) });
} catch (error) {
  console.error(`aula no pudo arrancar: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
