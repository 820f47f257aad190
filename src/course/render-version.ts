import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { shikiConfig } from "../markdown/pipeline.ts";

/** What a lesson's HTML depends on besides its file: these folders of `src/`, Shiki's themes, mermaid. */
const renderingFolders = ["markdown", "quiz", "diagrams", "i18n", "problems"];

/**
 * A key that changes whenever the rendering code could: a hash of our plugin sources, the code
 * highlighting themes and mermaid's version. A stored lesson is reused only under the same key.
 */
export function renderVersion(srcDir: string = resolve("src")): string {
  const hash = createHash("sha256");
  for (const folder of renderingFolders) {
    const dir = join(srcDir, folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((n) => /\.(ts|css|json)$/.test(n));
    } catch {
      // A folder that does not exist renders nothing.
    }
    for (const name of names.sort()) hash.update(`${folder}/${name}\0`).update(readFileSync(join(dir, name)));
  }
  const mermaid = createRequire(import.meta.url)("mermaid/package.json") as { version: string };
  hash.update(JSON.stringify(shikiConfig)).update(mermaid.version);
  return hash.digest("hex").slice(0, 16);
}
