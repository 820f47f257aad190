import { authorLanguage } from "../i18n/author/index.ts";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { configFromFolders, courseConfigFileName, parseCourseConfig } from "./config.ts";
import { jekyllConfigFileName, parseJekyllConfig, permalinkProblems } from "./jekyll-config.ts";
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

/** The content folders, from `AULA_CONTENT_DIR` and `AULA_PUBLIC_DIR` (`content/` and `public/` by default). */
export function readContentDirs(
  env: NodeJS.ProcessEnv = process.env,
  root: string = process.cwd(),
): Pick<SiteEnv, "contentDir" | "publicDir"> {
  return {
    contentDir: resolve(root, env.AULA_CONTENT_DIR?.trim() || "content"),
    publicDir: resolve(root, env.AULA_PUBLIC_DIR?.trim() || "public"),
  };
}

/** The path of a public address, as a base: `https://u.github.io/Curso` → `/Curso/`; not for localhost. */
function addressPath(address: string | undefined): string | undefined {
  if (!address?.trim()) return undefined;
  try {
    const url = new URL(address.trim());
    if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
    if (["localhost", "127.0.0.1", "[::1]", "0.0.0.0"].includes(url.hostname)) return undefined;
    return normalizeBase(decodeURI(url.pathname));
  } catch {
    return undefined;
  }
}

/**
 * The site's base path: `BASE_PATH` when set (`BASE_PATH=/` forces the root), else the path of the public
 * address (`SITE_URL`, else `curso.yaml`'s `url`), so a local build gives the addresses the Pages build
 * gives. `conflict` is the address's path when an explicit `BASE_PATH` disagrees with it.
 */
export function siteBase(
  basePath: string | undefined,
  addresses: readonly (string | undefined)[],
): { base: string; conflict?: string } {
  const fromAddress = addresses.map(addressPath).find((path) => path !== undefined);
  if (!basePath?.trim()) return { base: fromAddress ?? "/" };
  const base = normalizeBase(basePath);
  return fromAddress !== undefined && fromAddress !== base ? { base, conflict: fromAddress } : { base };
}

/** The one line said when `BASE_PATH` and the course's `url` disagree: canonical links would leave the site. */
export function basePathProblem(base: string, urlPath: string, file: string): Problem {
  return {
    file,
    severity: "warning",
    ruleId: "course/base-path",
    message: `BASE_PATH es «${base}» pero «url» se publica en «${urlPath}»: las direcciones (enlaces canónicos, mapa del sitio, PDF) usan «${base}»`,
    fix: `quita BASE_PATH para usar «${urlPath}», o corrige «url»`,
  };
}

/**
 * Where the course is and where it is published, from the environment and the course's `url`
 * (see {@link siteBase}). Without `courseUrl` only `BASE_PATH` and `SITE_URL` decide.
 */
export function readSiteEnv(
  env: NodeJS.ProcessEnv = process.env,
  root: string = process.cwd(),
  courseUrl?: string,
): SiteEnv {
  const { base } = siteBase(env.BASE_PATH, [env.SITE_URL, courseUrl]);
  const site = env.SITE_URL?.trim() || `http://localhost:4321${base}`;
  return { site, base, ...readContentDirs(env, root) };
}

/**
 * {@link readSiteEnv} for the commands that run apart from the build (PDF, Moodle, lint): the same base the
 * build used, with `curso.yaml`'s `url` read when it can be (its mistakes are the build's to report).
 */
export function readCourseSiteEnv(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): SiteEnv {
  const { contentDir } = readContentDirs(env, root);
  let url: string | undefined;
  try {
    url = loadCourseConfig(contentDir).url;
  } catch {
    url = undefined;
  }
  return readSiteEnv(env, root, url);
}

const cache = new Map<string, { stamp: string; config: CourseConfig; problems: Problem[] }>();

const mtimeOf = (path: string) => (existsSync(path) ? String(statSync(path).mtimeMs) : "-");

/**
 * `curso.yaml`, read and validated once and again only when it or `_config.yml` changes (`astro dev`).
 * A mistake in it stops the build with a message, not a stack trace. A course without one gets a
 * title and units from its folders, and `warn` hears why. A Jekyll `_config.yml` copied beside it gives
 * what `curso.yaml` does not say: `permalink` and kramdown's code line numbers.
 */
export function loadCourseConfig(
  contentDir: string,
  warn: (problem: Problem) => void = () => {},
  /** `AULA_LANG`: the language of the messages about curso.yaml, before its own `lang:`. */
  envLang?: string,
): CourseConfig {
  const path = join(contentDir, courseConfigFileName);
  const jekyllPath = join(contentDir, jekyllConfigFileName);
  const file = relativeFilePath(path);
  const stamp = `${mtimeOf(path)} ${mtimeOf(jekyllPath)}`;
  const cached = cache.get(path);
  if (cached?.stamp === stamp) {
    cached.problems.forEach(warn);
    return cached.config;
  }
  const problems: Problem[] = [];
  let config: CourseConfig;
  if (existsSync(path)) {
    const parsed = parseCourseConfig(readFileSync(path, "utf8"), file, envLang);
    if (!parsed.config) throw new AuthorError(parsed.diagnostics);
    config = parsed.config;
    problems.push(...parsed.diagnostics);
  } else {
    const fallback = configFromFolders(file, authorLanguage(envLang, undefined));
    problems.push(fallback.diagnostic);
    config = fallback.config;
  }
  if (existsSync(jekyllPath)) {
    const jekyllFile = relativeFilePath(jekyllPath);
    const jekyll = parseJekyllConfig(readFileSync(jekyllPath, "utf8"), jekyllFile);
    problems.push(...jekyll.diagnostics);
    if (config.permalink === undefined && jekyll.settings.permalink !== undefined) {
      config = { ...config, permalink: jekyll.settings.permalink };
      problems.push(...permalinkProblems(config.permalink, jekyllFile));
    }
    if (config.lineNumbers === undefined && jekyll.settings.lineNumbers !== undefined)
      config = { ...config, lineNumbers: jekyll.settings.lineNumbers };
  }
  if (config.permalink !== undefined && !problems.some((p) => p.ruleId === "course/permalink"))
    problems.push(...permalinkProblems(config.permalink, file));
  cache.set(path, { stamp, config, problems });
  problems.forEach(warn);
  return config;
}
