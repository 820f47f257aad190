import { join } from "node:path";
import { MermaidRenderer } from "./renderer.ts";

/** `AULA_VERBOSE=1` or `astro build --verbose`: print what each diagram cost. */
export function isVerbose(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): boolean {
  return ["1", "true", "yes"].includes((env.AULA_VERBOSE ?? "").toLowerCase()) || argv.includes("--verbose");
}

export function verboseLog(line: string): void {
  if (isVerbose()) console.log(`[aula diagramas] ${line}`);
}

/** State shared by the Markdown plugin (maybe loaded twice by Vite) and the integration. */
export interface DiagramSession {
  renderer: MermaidRenderer;
  /** The no-browser warning is printed once per build, not once per diagram. */
  warnedNoBrowser: boolean;
  /** Some page fell back to rendering in the reader's browser: ship the client renderer. */
  clientFallbackUsed: boolean;
}

const key = Symbol.for("aula.diagrams");
type GlobalWithSession = typeof globalThis & { [key]?: DiagramSession };

export function diagramSession(): DiagramSession {
  const g = globalThis as GlobalWithSession;
  g[key] ??= { renderer: new MermaidRenderer(verboseLog), warnedNoBrowser: false, clientFallbackUsed: false };
  return g[key];
}

/** `.aula/cache/diagrams/` under the project (`.aula/` is git-ignored). */
export function defaultCacheDir(root: string = process.cwd()): string {
  return join(root, ".aula", "cache", "diagrams");
}

/** Where the client fallback lives in the built site, under the base path. */
export const clientAssetDir = "_aula";
export const clientScriptName = "diagramas.js";
export const clientMermaidName = "mermaid.min.js";
