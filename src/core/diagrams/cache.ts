import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** What mermaid produced for one diagram: one SVG per site theme, with the render id as placeholder. */
export interface RenderedDiagram {
  light: string;
  dark: string;
}

/** The cache key: any change to the source, the mermaid version or the settings renders again. */
export function diagramCacheKey(source: string, mermaidVersion: string, config: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify({ source: source.replace(/\r\n?/g, "\n").trim(), mermaidVersion, config }))
    .digest("hex");
}

/** SVGs on disk, one JSON file per key, so a rebuild with no diagram changed needs no browser. */
export class DiagramCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  #path(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  get(key: string): RenderedDiagram | undefined {
    try {
      const value = JSON.parse(readFileSync(this.#path(key), "utf8")) as Partial<RenderedDiagram>;
      return typeof value.light === "string" && typeof value.dark === "string"
        ? { light: value.light, dark: value.dark }
        : undefined;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: RenderedDiagram): void {
    mkdirSync(this.dir, { recursive: true });
    // Write then rename: a build killed halfway never leaves half a file behind.
    const temporary = `${this.#path(key)}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, this.#path(key));
  }
}
