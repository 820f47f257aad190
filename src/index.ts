import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { unified } from "@astrojs/markdown-remark";
import type { AstroIntegration } from "astro";
import { astroCacheDir } from "./core/build/up-to-date.ts";
import {
  basePathProblem,
  loadCourseConfig,
  printPagesWanted,
  readContentDirs,
  readSiteEnv,
  siteBase,
} from "./core/course/env.ts";
import { courseConfigFileName } from "./core/course/config.ts";
import { inSitemap } from "./core/course/site.ts";
import { problemFormatter } from "./core/problems/format.ts";
import { authorLanguage } from "./core/i18n/author/index.ts";
import { relativeFilePath } from "./core/problems/report.ts";
import { isVerbose } from "./core/diagrams/session.ts";
import { enginePackage } from "./core/engine/package.ts";
import failOnAuthorErrors from "./core/integrations/author-errors.ts";
import diagrams from "./core/integrations/diagrams.ts";
import { createPipeline, shikiConfig } from "./core/markdown/pipeline.ts";
import search from "./core/search/integration.ts";
import offline from "./core/offline/integration.ts";
import contentSecurityPolicy from "./core/security/integration.ts";
import { type BuildSession, createBuildSession, sessionPlugin } from "./core/session.ts";
import type { SiteEnv } from "./core/course/env.ts";
import { createManifest } from "./core/manifest/create.ts";
import type { CourseManifest } from "./core/manifest/model.ts";
import { manifestPath, removeManifest, writeManifest } from "./core/manifest/file.ts";
import { canonicalSiteUrl, devPdfPath } from "./core/print/model.ts";
import { settingsPlugin, type SiteSettings } from "./core/settings.ts";
import { sourceLanguage, translatorFor } from "./core/i18n/index.ts";

/** Options of {@link aula}. The course itself is described in `content/curso.yaml`. */
export interface AulaOptions {
  /**
   * Style sheets of the course, loaded after aula's own on every page, to change colours or fonts:
   * paths from the project's root, such as `"./src/estilos.css"`.
   */
  customCss?: string[];
}

const folderUrl = (path: string) => pathToFileURL(path.endsWith("/") ? path : `${path}/`);
const route = (path: string) => fileURLToPath(new URL(`./site/routes/${path}`, import.meta.url));

/**
 * aula as an Astro integration: a course in `content/` becomes the whole site. It sets the Markdown
 * chain, the caches and the address, adds MDX, the sitemap, diagrams, search and the security policy,
 * and injects every page. `BASE_PATH`, `SITE_URL` and the `AULA_*` variables override it from the CLI.
 */
export default function aula(options: AulaOptions = {}): AstroIntegration {
  /** What the course manifest is written from, once the build is done. */
  let build: {
    manifest: string;
    session: BuildSession;
    site: SiteEnv;
    url?: string;
    outDir: string;
    printPages: boolean;
    /** The course manifest once written: the offline pass, which runs after, reads it. */
    course?: CourseManifest;
  };
  return {
    name: "aula",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig, injectRoute, logger }) => {
        const root = fileURLToPath(config.root);
        // The environment is read here only; everything below gets it as values.
        const env = process.env;
        const { contentDir } = readContentDirs(env, root);
        // Its warnings (and curso.yaml's errors, with file:line) are the course loader's to print, once.
        const course = loadCourseConfig(contentDir, undefined, env.AULA_LANG);
        const site = readSiteEnv(env, root, course.url);
        const authorLang = authorLanguage(env.AULA_LANG, course.lang);
        const { conflict } = siteBase(env.BASE_PATH, [env.SITE_URL, course.url]);
        if (conflict)
          logger.warn(
            problemFormatter(authorLang)(
              basePathProblem(site.base, conflict, relativeFilePath(join(contentDir, courseConfigFileName))),
            ),
          );
        const outDir = resolve(root, env.AULA_OUT_DIR?.trim() || "dist");
        const cacheDir = astroCacheDir(root, outDir);
        const printPages = printPagesWanted(env);
        // The app's icons are drawn from the course's own favicon when public/ has one, else aula's.
        const courseFavicon = join(site.publicDir, "favicon.svg");
        const favicon = existsSync(courseFavicon)
          ? courseFavicon
          : fileURLToPath(new URL("./site/assets/favicon.svg", import.meta.url));
        const session = createBuildSession(site, { verbose: isVerbose(env), authorLang });
        const url = canonicalSiteUrl(site.site, course.url);
        build = { manifest: manifestPath(root, outDir), session, site, url, outDir, printPages };
        const lang = course.lang ?? sourceLanguage;
        const settings: SiteSettings = {
          site,
          printPages,
          engine: enginePackage(),
          devServer: command === "dev",
          lang,
          strings: course.strings ?? {},
        };
        const pipeline = createPipeline({
          base: site.base,
          publicDir: site.publicDir,
          legacyBase: course.legacyBase,
          i18n: translatorFor(settings),
          session: { lessonContexts: session.lessonContexts, diagrams: session.diagrams, problems: session.problems },
        });

        injectRoute({ pattern: "/", entrypoint: route("index.astro") });
        injectRoute({ pattern: "/progreso", entrypoint: route("progreso.astro") });
        injectRoute({ pattern: "/404", entrypoint: route("404.astro") });
        if (command !== "dev") injectRoute({ pattern: "/sin-conexion", entrypoint: route("sin-conexion.astro") });
        injectRoute({ pattern: "/[unit]/[lesson]", entrypoint: route("[unit]/[lesson].astro") });
        // A lesson as slides: the same blocks, one section per `##` (src/core/slides/).
        injectRoute({
          pattern: "/diapositivas/[unit]/[lesson]",
          entrypoint: route("diapositivas/[unit]/[lesson].astro"),
        });
        // A unit's page (`/tema2/`) and a standalone page (`/acerca-de/`): one route, see its getStaticPaths.
        injectRoute({ pattern: "/[slug]", entrypoint: route("[slug].astro") });
        injectRoute({ pattern: "/favicon.ico", entrypoint: route("favicon.ico.ts") });
        injectRoute({ pattern: "/favicon.svg", entrypoint: route("favicon.svg.ts") });
        injectRoute({ pattern: "/robots.txt", entrypoint: route("robots.txt.ts") });
        if (command === "dev") injectRoute({ pattern: `/${devPdfPath}`, entrypoint: route("pdf-en-desarrollo.astro") });
        // The old Jekyll addresses: each is the file it names (`…/Docker.html`), so an endpoint, never in the sitemap.
        injectRoute({ pattern: "/[...old]", entrypoint: route("[...old].ts") });
        if (printPages) {
          injectRoute({ pattern: "/imprimir/[...course]", entrypoint: route("imprimir/[...course].astro") });
          injectRoute({ pattern: "/imprimir/[unit]/[lesson]", entrypoint: route("imprimir/[unit]/[lesson].astro") });
        }

        updateConfig({
          // The public address: SITE_URL, else curso.yaml's url; never localhost (no canonical links then).
          site: url,
          base: site.base,
          // Astro has validated the config by now: folders are given as it keeps them, as file URLs.
          publicDir: folderUrl(site.publicDir),
          trailingSlash: "always",
          outDir: folderUrl(outDir),
          cacheDir: folderUrl(cacheDir),
          markdown: { processor: unified({ ...pipeline, smartypants: false }), shikiConfig },
          // The CSP pass rewrites every page; the offline pass precaches pages as written, so it runs last.
          integrations: [
            mdx(),
            // Without a public address there is nothing to list: no sitemap, rather than Astro's warning.
            ...(url ? [sitemap({ filter: inSitemap })] : []),
            diagrams(session),
            failOnAuthorErrors(session),
            search(),
            contentSecurityPolicy(),
            offline(() => build.course, favicon),
          ],
          devToolbar: { enabled: false },
          vite: {
            plugins: [sessionPlugin(session), settingsPlugin(settings, options.customCss ?? [], root)],
            cacheDir: resolve(cacheDir, "vite"),
            // Scripts find what they load from their own address, never the base: the same build works in
            // a SCORM package, served by an LMS at an address nobody knows in advance.
            experimental: {
              renderBuiltUrl: (_file: string, { hostType }: { hostType: "js" | "css" | "html" }) =>
                hostType === "js" ? { relative: true } : undefined,
            },
            // The lesson HTML the loader writes under .aula/ is read by the pages, never a module to reload.
            server: { watch: { ignored: ["**/.aula/**"] } },
          },
          // An unchanged lesson page is copied from the last build (its cacheKey: src/site/content.ts).
          experimental: { incrementalBuild: true },
          // Four pages in flight: their file reads and writes overlap (generating 1,200 lesson pages: 6.3 s → 3.9 s).
          build: { concurrency: 4 },
        });
      },
      // A failed build leaves no manifest behind to describe the site it did not make.
      "astro:build:start": () => removeManifest(build.manifest),
      "astro:build:done": () => {
        const { session, site } = build;
        const engine = enginePackage();
        const manifest = createManifest({
          config: loadCourseConfig(site.contentDir),
          lessons: [...session.lessons.values()],
          site: {
            base: site.base,
            url: build.url,
            outDir: build.outDir,
            contentDir: site.contentDir,
            publicDir: site.publicDir,
            printPages: build.printPages,
          },
          engine: { version: engine.version, fingerprint: engine.fingerprint },
          builtAt: new Date(),
        });
        writeManifest(build.manifest, manifest);
        build.course = manifest;
      },
    },
  };
}
