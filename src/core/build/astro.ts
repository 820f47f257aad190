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
 * The command that runs the course's own Astro (`node …/astro/bin/astro.mjs`), resolved from the course
 * folder as its `astro.config.mjs` would be, with the Node running aula (not whatever `node` is first on
 * the PATH, which may be too old for Astro).
 */
export function astroCommand(root: string, args: readonly string[]): { command: string; args: string[] } {
  let astroPackage: string;
  try {
    astroPackage = createRequire(join(root, "package.json")).resolve("astro/package.json");
  } catch {
    throw new AstroMissingError(root);
  }
  return { command: process.execPath, args: [join(dirname(astroPackage), "bin", "astro.mjs"), ...args] };
}
