import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The installed aula package: where it is, its version, and a hash of its own files. */
export interface EnginePackage {
  root: string;
  version: string;
  /**
   * Changes with any file aula ships (`src/`, `bin/`): an upgrade, or an edit in this repository. `lib/` is
   * left out: it is compiled from `src/`, and exists in this repository only while `npm pack` runs.
   */
  fingerprint: string;
}

/** Folders of the package whose files make the engine; `src/content.config.ts` is the course's, not the engine's. */
const engineFolders = ["src/core", "src/site", "src/exporters", "src/cli", "bin"];
const engineFiles = ["package.json", "src/index.ts", "src/loaders.ts", "src/schema.ts"];

function findPackageRoot(from: string): string {
  let dir = from;
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string };
      if (pkg.name === "aula") return dir;
    } catch {
      // No package.json here: keep going up.
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No se encuentra el paquete aula por encima de ${from}`);
    dir = parent;
  }
}

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((name) => statSync(join(dir, name)).isFile())
      .sort();
  } catch {
    return [];
  }
}

/** A hash of the engine's files by content, so a reinstall of the same version with other code still differs. */
export function engineFingerprint(root: string, folders: readonly string[] = engineFolders): string {
  const hash = createHash("sha256");
  for (const file of engineFiles) {
    try {
      hash.update(`${file}\0`).update(readFileSync(join(root, file)));
    } catch {
      // An optional entry point that is not there changes nothing.
    }
  }
  for (const folder of folders)
    for (const name of filesUnder(join(root, folder)))
      hash.update(`${folder}/${name}\0`).update(readFileSync(join(root, folder, name)));
  return hash.digest("hex").slice(0, 16);
}

/** The aula package installed at `root`. */
export function readEnginePackage(root: string): EnginePackage {
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  return { root, version, fingerprint: engineFingerprint(root) };
}

let cached: EnginePackage | undefined;

/** The package this module was loaded from, never the course's working directory. Read once per process. */
export function enginePackage(): EnginePackage {
  return (cached ??= readEnginePackage(findPackageRoot(dirname(fileURLToPath(import.meta.url)))));
}

/** The directory of an engine file, given by its path inside the package (`src/site/assets/favicon.ico`). */
export function enginePath(relativePath: string): string {
  return join(enginePackage().root, relativePath);
}
