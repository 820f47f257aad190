import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { configFromFolders, courseConfigFileName, parseCourseConfig } from "./config.ts";
import type { CourseConfig } from "./schema.ts";
import type { Problem } from "../problems/model.ts";
import { AuthorError, relativeFilePath } from "../problems/report.ts";

/** Where the site is published and where its content lives, from the environment. */
export interface SiteEnv {
  /** Canonical origin and path of the site, e.g. `https://user.github.io/Curso/`. */
  site: string;
  /** Base path, always starting and ending with `/`. */
  base: string;
  /** Absolute path of the folder with `curso.yaml` and the units. */
  contentDir: string;
  /** Absolute path of the teacher's static files (`public/`, or `AULA_PUBLIC_DIR`). */
  publicDir: string;
}

export function normalizeBase(value: string | undefined): string {
  const trimmed = (value ?? "/").trim();
  if (!trimmed || trimmed === "/") return "/";
  return `/${trimmed.replace(/^\/+|\/+$/g, "")}/`;
}

/**
 * Whether this build makes the print pages (`/imprimir/…`), which exist only to be printed to PDF:
 * not with `AULA_PDF=off`, which halves the pages to render, secure and index. `AULA_PDF=pages`
 * builds them without printing (to run `npm run pdf -- --no-build` later).
 */
export function printPagesWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.AULA_PDF?.trim() !== "off";
}

export function readSiteEnv(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): SiteEnv {
  const base = normalizeBase(env.BASE_PATH);
  const site = env.SITE_URL?.trim() || `http://localhost:4321${base}`;
  const contentDir = resolve(root, env.AULA_CONTENT_DIR?.trim() || "content");
  const publicDir = resolve(root, env.AULA_PUBLIC_DIR?.trim() || "public");
  return { site, base, contentDir, publicDir };
}

const cache = new Map<string, { mtimeMs: number; config: CourseConfig }>();

/**
 * `curso.yaml`, read and validated once and again only when the file changes (`astro dev`).
 * A mistake in it stops the build with a message, not a stack trace. A course without one gets a
 * title and units from its folders, and `warn` hears why.
 */
export function loadCourseConfig(contentDir: string, warn: (problem: Problem) => void = () => {}): CourseConfig {
  const path = join(contentDir, courseConfigFileName);
  const file = relativeFilePath(path);
  if (!existsSync(path)) {
    const fallback = configFromFolders(file);
    warn(fallback.diagnostic);
    return fallback.config;
  }
  const { mtimeMs } = statSync(path);
  const cached = cache.get(path);
  if (cached?.mtimeMs === mtimeMs) return cached.config;
  const { config, diagnostics } = parseCourseConfig(readFileSync(path, "utf8"), file);
  if (!config) throw new AuthorError(diagnostics);
  cache.set(path, { mtimeMs, config });
  return config;
}
