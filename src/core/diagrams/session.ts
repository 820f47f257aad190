import { join } from "node:path";
import { MermaidRenderer } from "./renderer.ts";

/** `AULA_VERBOSE=1` or `astro build --verbose`: print what each diagram cost. */
export function isVerbose(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): boolean {
  return ["1", "true", "yes"].includes((env.AULA_VERBOSE ?? "").toLowerCase()) || argv.includes("--verbose");
}

/** State shared by the Markdown plugin and the integration, owned by the build's session. */
export interface DiagramSession {
  /** Prints what each diagram cost, with `--verbose`; silent otherwise. */
  log: (line: string) => void;
  renderer: MermaidRenderer;
  /** The no-browser warning is printed once per build, not once per diagram. */
  warnedNoBrowser: boolean;
  /** Some page fell back to rendering in the reader's browser: ship the client renderer. */
  clientFallbackUsed: boolean;
}

export function createDiagramSession(options: { verbose?: boolean } = {}): DiagramSession {
  const log = options.verbose ? (line: string) => console.log(`[aula diagramas] ${line}`) : () => {};
  return { log, renderer: new MermaidRenderer(log), warnedNoBrowser: false, clientFallbackUsed: false };
}

/** `.aula/cache/diagrams/` under the project (`.aula/` is git-ignored). */
export function defaultCacheDir(root: string = process.cwd()): string {
  return join(root, ".aula", "cache", "diagrams");
}

/** Where the client fallback lives in the built site, under the base path. */
export const clientAssetDir = "_aula";
export const clientScriptName = "diagramas.js";
export const clientMermaidName = "mermaid.min.js";
