import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** One rendering of a diagram: one SVG per site theme, with the render id as placeholder. */
export interface ThemedSvg {
  light: string;
  dark: string;
}

/** What mermaid produced for one diagram. */
export interface RenderedDiagram extends ThemedSvg {
  /** A wide flowchart drawn in the other direction for narrow screens (see turn.ts); null when there is none. */
  turned: ThemedSvg | null;
}

function isThemed(value: unknown): value is ThemedSvg {
  const v = value as Partial<ThemedSvg> | null;
  return typeof v?.light === "string" && typeof v.dark === "string";
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
      const value = JSON.parse(readFileSync(this.#path(key), "utf8")) as unknown;
      if (!isThemed(value)) return undefined;
      // An entry from before turned renderings (no `turned` at all) is a miss: render both again.
      const turned = (value as Partial<RenderedDiagram>).turned;
      if (turned === undefined || (turned !== null && !isThemed(turned))) return undefined;
      return {
        light: value.light,
        dark: value.dark,
        turned: turned && { light: turned.light, dark: turned.dark },
      };
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
