import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Thrown when the course folder has no Astro installed: `npm install` was not run there. */
export class AstroMissingError extends Error {
  constructor(root: string) {
    super(`No se encuentra Astro en ${root}: ejecuta «npm install» en la carpeta del curso.`);
    this.name = "AstroMissingError";
    this.stack = "";
  }
}

/**
 * The Node that runs Astro: the one running aula (not whatever `node` is first on the PATH), unless it is
 * older than Astro 7 accepts (22.12) and the course has its own Node 22 (the `node` devDependency).
 */
function nodeFor(root: string): string {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return process.execPath;
  const own = join(root, "node_modules", "node", "bin", "node");
  return existsSync(own) ? own : process.execPath;
}

/**
 * The command that runs the course's own Astro (`node …/astro/bin/astro.mjs`), resolved from the course
 * folder as its `astro.config.mjs` would be.
 */
export function astroCommand(root: string, args: readonly string[]): { command: string; args: string[] } {
  let astroPackage: string;
  try {
    astroPackage = createRequire(join(root, "package.json")).resolve("astro/package.json");
  } catch {
    throw new AstroMissingError(root);
  }
  return { command: nodeFor(root), args: [join(dirname(astroPackage), "bin", "astro.mjs"), ...args] };
}
