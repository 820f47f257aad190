import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { CourseManifest } from "../manifest/model.ts";
import { type BuiltFile, offlineFiles, saveList, webAppManifest } from "./plan.ts";
import { refreshScript, workerOptions } from "./worker.ts";
import { writeIcons } from "./icons.ts";
import { appColours } from "./colours.ts";

/** Regular expressions and functions as their source, so they count in the worker's cache key. */
const reviver = (_key: string, value: unknown) =>
  value instanceof RegExp || typeof value === "function" ? String(value) : value;

function builtFiles(root: string): BuiltFile[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(root, path).split(sep).join("/"), bytes: statSync(path).size };
    });
}

/**
 * Makes the built course installable and usable offline: the web app manifest and its icons, the list
 * «Guardar el curso…» reads, and the service worker (Workbox's `generateSW`). Only `aula build` runs it
 * (`astro:build:done`); `npm run dev` has no worker. Keep it after search and the CSP pass: it precaches pages
 * and the search index as they are finally written.
 */
export default function offline(courseManifest: () => CourseManifest | undefined, favicon: string): AstroIntegration {
  let cacheDir = "";
  return {
    name: "aula:offline",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), "offline");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const manifest = courseManifest();
        if (!manifest) return;
        const started = performance.now();
        const root = fileURLToPath(dir);
        const { base } = manifest.site;
        const { course } = manifest;
        const write = (path: string, text: string) => {
          mkdirSync(dirname(join(root, path)), { recursive: true });
          writeFileSync(join(root, path), text);
        };
        await writeIcons(readFileSync(favicon), root, appColours.light);
        const app = webAppManifest({
          base,
          title: course.title,
          shortTitle: course.shortTitle,
          description: course.description,
          lang: course.lang,
          themeColor: appColours.light,
          backgroundColor: appColours.light,
        });
        write(offlineFiles.manifest, `${JSON.stringify(app, null, 2)}\n`);
        const list = saveList(base, manifest.lessons, builtFiles(root));
        write(offlineFiles.saveList, JSON.stringify(list));
        const extra = offlineFiles.workerExtra;
        write(extra, refreshScript(base));
        const options = workerOptions(root, base, extra);
        // Bundling the worker is most of this step (seconds); what it precaches is a quick glob and hash. The same
        // precache list and options give the same worker: keep the last one and reuse it.
        // Node's require, not import(): see icons.ts (Vite's module runner is closed by now in a teacher's course).
        const requireHere = createRequire(import.meta.url);
        const { getManifest } = requireHere(
          "workbox-build/build/get-manifest.js",
        ) as typeof import("workbox-build/build/get-manifest.js");
        const precache = await getManifest({
          globDirectory: root,
          globPatterns: options.globPatterns,
          dontCacheBustURLsMatching: options.dontCacheBustURLsMatching,
        });
        const workboxVersion = (requireHere("workbox-build/package.json") as { version: string }).version;
        const key = createHash("sha256")
          .update(workboxVersion)
          .update(JSON.stringify([precache.manifestEntries, options, readFileSync(join(root, extra), "utf8")], reviver))
          .update(String(options.runtimeCaching?.map((entry) => String(entry.urlPattern))))
          .digest("hex");
        const kept = join(cacheDir, `${key}.js`);
        const worker = join(root, offlineFiles.worker);
        let result = { count: precache.count, size: precache.size, reused: false };
        if (cacheDir && existsSync(kept)) {
          copyFileSync(kept, worker);
          result.reused = true;
        } else {
          // workbox-build pulls in a bundler: loaded only when the worker must be written again.
          const { generateSW } = requireHere("workbox-build") as typeof import("workbox-build");
          const written = await generateSW(options);
          for (const warning of written.warnings) logger.warn(warning);
          if (!existsSync(worker)) throw new Error("Workbox no escribió el service worker");
          if (cacheDir) {
            rmSync(cacheDir, { recursive: true, force: true });
            mkdirSync(cacheDir, { recursive: true });
            copyFileSync(worker, kept);
          }
          result = { count: written.count, size: written.size, reused: false };
        }
        logger.info(
          `Sin conexión: ${result.count} archivos precargados (${Math.round(result.size / 1024)} KB); «Guardar el curso» descarga ${Math.round(list.bytes / 1024)} KB en ${Math.round(performance.now() - started)} ms${result.reused ? " (el service worker anterior)" : ""}`,
        );
      },
    },
  };
}
