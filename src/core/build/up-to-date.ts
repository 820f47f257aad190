import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

/** A file as `make` sees it: where it is, how big, when it last changed. */
export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

/** What the last successful `npm run build` of one output folder was built from and wrote. */
export interface BuildStamp {
  version: 1;
  /** Hash of every input file's stamp and of the environment that shapes the site. */
  inputs: string;
  /** Every file of the output folder after the build, to notice one deleted or edited since. */
  output: FileStamp[];
  /** The warnings that build printed, repeated when it is reused. */
  warnings: string[];
}

const skippedDirs = new Set([".git", "node_modules", ".aula", ".astro"]);

/** Every file under `path` (a file or a folder), sorted, with paths relative to `root`. */
export function listFiles(path: string, root: string = path): FileStamp[] {
  if (!existsSync(path)) return [];
  const stat = statSync(path);
  if (stat.isFile())
    return [{ path: relative(root, path).split(sep).join("/"), size: stat.size, mtimeMs: stat.mtimeMs }];
  if (!stat.isDirectory()) return [];
  return readdirSync(path)
    .sort()
    .filter((name) => !skippedDirs.has(name))
    .flatMap((name) => listFiles(join(path, name), root));
}

/** Environment variables that change what the site is: its address, its content, its PDFs, its browser. */
export function shapingEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const keys = Object.keys(env)
    .filter((key) => /^(AULA_|BASE_PATH$|SITE_URL$|CHROMIUM_PATH$|NODE_ENV$)/.test(key) && key !== "AULA_FORCE_BUILD")
    .sort();
  return Object.fromEntries(keys.map((key) => [key, env[key] ?? ""]));
}

export interface BuildInputs {
  root: string;
  contentDir: string;
  publicDir: string;
  env: NodeJS.ProcessEnv;
  /** The browser the build would use for diagrams and PDFs, if any: installing one changes the output. */
  browser: string | undefined;
  /** The installed aula package's folder (`enginePackage().root`): upgrading it means a new build. */
  engineRoot: string;
}

/** What the engine ships, under its folder (`lib/` is compiled from `src/`). */
const engineEntries = ["src", "bin", "package.json"];

/**
 * The course project's own code and config, the installed engine, the course and its assets: a change to
 * any of them means a new build.
 */
export function inputPaths({ root, contentDir, publicDir, engineRoot }: BuildInputs): string[] {
  const own = ["src", "astro.config.mjs", "package.json", "package-lock.json", "tsconfig.json"];
  return [
    ...own.map((p) => join(root, p)),
    ...engineEntries.map((p) => join(engineRoot, p)),
    join(root, "node_modules/.package-lock.json"),
    contentDir,
    publicDir,
  ];
}

export function inputFingerprint(inputs: BuildInputs): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ node: process.version, env: shapingEnv(inputs.env), browser: inputs.browser ?? "" }));
  for (const path of [...new Set(inputPaths(inputs).map((p) => resolve(p)))]) {
    hash.update(`\n${path}\n`);
    for (const file of listFiles(path)) hash.update(`${file.path}\t${file.size}\t${file.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

export function sameFiles(a: readonly FileStamp[], b: readonly FileStamp[]): boolean {
  return (
    a.length === b.length &&
    a.every((f, i) => f.path === b[i]!.path && f.size === b[i]!.size && f.mtimeMs === b[i]!.mtimeMs)
  );
}

/** One output folder as a file name (`dist`, `tests_out`), to keep its caches apart from other folders'. */
export const outputFolderName = (root: string, outDir: string) =>
  relative(root, resolve(root, outDir)).replace(/[^\w.-]+/g, "_") || "_";

/**
 * Astro's and Vite's caches for one output folder: with the project, not in `node_modules`, so builds of
 * other courses or bases (the tests' fixtures, the benchmark) never evict this one's lessons.
 */
export function astroCacheDir(root: string, outDir: string): string {
  return join(root, ".aula", "astro", outputFolderName(root, outDir));
}

/** Where the stamp of an output folder lives: with Astro's cache for it, outside what gets published. */
export function stampPath(root: string, outDir: string): string {
  return join(root, ".aula", "build", `${outputFolderName(root, outDir)}.json`);
}

export function readStamp(file: string): BuildStamp | undefined {
  try {
    const stamp = JSON.parse(readFileSync(file, "utf8")) as BuildStamp;
    return stamp.version === 1 && Array.isArray(stamp.output) ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `outDir` is exactly what the last build of these inputs wrote; the stamp when it is. */
export function upToDate(stampFile: string, inputs: string, outDir: string): BuildStamp | undefined {
  const stamp = readStamp(stampFile);
  if (!stamp || stamp.inputs !== inputs || stamp.output.length === 0) return undefined;
  return sameFiles(stamp.output, listFiles(outDir)) ? stamp : undefined;
}

/** Warning lines of a build's output, without terminal colours, to repeat when that build is reused. */
export function warningLines(output: string): string[] {
  return output
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .filter((line) => /\[WARN\]|(^|\s)aviso\s/.test(line))
    .map((line) => line.trimEnd());
}
