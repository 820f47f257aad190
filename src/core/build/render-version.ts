import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { mermaidVersion } from "../diagrams/renderer.ts";
import { shikiConfig } from "../markdown/pipeline.ts";
import { type EnginePackage, enginePackage } from "../engine/package.ts";

/** What a lesson's HTML depends on besides its file: these folders of the engine's `src/core/`, Shiki's themes, mermaid. */
const renderingFolders = ["markdown", "quiz", "diagrams", "i18n", "problems", "slides"];

/**
 * A key that changes whenever the rendering code could: aula's version, a hash of our plugin sources,
 * the code highlighting themes and mermaid's version. A stored lesson is reused only under the same key.
 * The code read is the installed package's `src/core/`, never the course's folder.
 */
export function renderVersion(engine: Pick<EnginePackage, "root" | "version"> = enginePackage()): string {
  const coreDir = join(engine.root, "src", "core");
  const hash = createHash("sha256").update(engine.version);
  for (const folder of renderingFolders) {
    const dir = join(coreDir, folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((n) => /\.(ts|css|json)$/.test(n));
    } catch {
      // A folder that does not exist renders nothing.
    }
    for (const name of names.sort()) hash.update(`${folder}/${name}\0`).update(readFileSync(join(dir, name)));
  }
  hash.update(JSON.stringify(shikiConfig)).update(mermaidVersion());
  return hash.digest("hex").slice(0, 16);
}
