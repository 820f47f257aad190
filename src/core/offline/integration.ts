import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { CourseManifest } from "../manifest/model.ts";
import { type BuiltFile, offlineFiles, saveList, webAppManifest } from "./plan.ts";
import { refreshScript, workerOptions } from "./worker.ts";
import { writeIcons } from "./icons.ts";
import { appColours } from "./colours.ts";

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
  return {
    name: "aula:offline",
    hooks: {
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
        // workbox-build pulls in a bundler: loaded only by a build that gets this far.
        const { generateSW } = await import("workbox-build");
        const result = await generateSW(workerOptions(root, base, extra));
        for (const warning of result.warnings) logger.warn(warning);
        if (!existsSync(join(root, offlineFiles.worker))) throw new Error("Workbox no escribió el service worker");
        logger.info(
          `Sin conexión: ${result.count} archivos precargados (${Math.round(result.size / 1024)} KB); «Guardar el curso» descarga ${Math.round(list.bytes / 1024)} KB en ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
