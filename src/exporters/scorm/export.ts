import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { zipSync } from "fflate";
import { astroCommand } from "../../core/build/astro.ts";
import { loadCourseConfig } from "../../core/course/env.ts";
import { scorm12Manifest, type Outline } from "./manifest.ts";
import { placeholderBase, relativeCss, relativeHtml, relativeJs } from "./relative.ts";

export interface ScormExportOptions {
  root: string;
  /** The course folder (`AULA_CONTENT_DIR`, else `content`). */
  contentDir: string;
  /** Where the zip goes: `exports/scorm/curso-scorm12.zip` by default. */
  zipPath: string;
  log: (line: string) => void;
}

export class ScormExportError extends Error {}

/** Files an LMS has no use for: search-engine files of the public site. */
const left = new Set(["robots.txt", "sitemap-index.xml", "sitemap-0.xml"]);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

/** The course's lessons in reading order, from the built pages (the sidebar's order, the page's h1). */
export function outlineFromSite(site: Map<string, string>, config: ReturnType<typeof loadCourseConfig>): Outline {
  const lessonPage = /^([a-z0-9-]+)\/([^/]+)\/index\.html$/;
  const order: string[] = [];
  for (const [path, html] of site) {
    if (!lessonPage.test(path)) continue;
    for (const m of html.matchAll(/<a href="([a-z0-9-]+\/[^"/]+)\/index\.html"/g))
      if (!order.includes(`${m[1]}/index.html`)) order.push(`${m[1]}/index.html`);
  }
  const lessons = [...site.keys()]
    .filter((p) => lessonPage.test(p) && site.get(p)!.includes("data-pagefind-body"))
    .sort((a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9) || a.localeCompare(b));
  const units = config.units.map((u) => ({ id: u.id, title: u.title, lessons: [] as Outline["units"][0]["lessons"] }));
  for (const launch of lessons) {
    const [, unitId] = lessonPage.exec(launch)!;
    const html = site.get(launch)!;
    const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]?.trim() ?? launch;
    const unit = units.find((u) => u.id === unitId);
    unit?.lessons.push({
      path: launch.replace(/\/index\.html$/, ""),
      title: title
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"'),
      launch,
      quizzes: html.split("<aula-quiz").length - 1,
    });
  }
  return {
    title: config.title,
    description: config.description,
    author: config.author,
    masteryScore: config.masteryScore,
    units: units.filter((u) => u.lessons.length > 0),
  };
}

/**
 * Builds the site with a placeholder base into a temporary folder, makes every URL relative (the LMS
 * serves the package at an address nobody knows in advance) and zips it with its `imsmanifest.xml`.
 */
export async function exportScorm(
  options: ScormExportOptions,
): Promise<{ zipPath: string; bytes: number; files: number }> {
  const { root, log } = options;
  const config = loadCourseConfig(options.contentDir);
  const outDir = mkdtempSync(join(tmpdir(), "aula-scorm-"));
  try {
    log("Compilando el sitio para SCORM…");
    const astro = astroCommand(root, ["build"]);
    const result = spawnSync(astro.command, astro.args, {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: "1",
        AULA_CONTENT_DIR: options.contentDir,
        AULA_OUT_DIR: outDir,
        BASE_PATH: placeholderBase,
        PUBLIC_AULA_SCORM: "1",
      },
    });
    if (result.status !== 0) throw new ScormExportError(`la compilación falló (código ${result.status})`);

    const files = new Map<string, Uint8Array>();
    const pages = new Map<string, string>();
    let missingPdf = false;
    const paths = walk(outDir).filter((p) => !left.has(p));
    const hasPdf = paths.some((p) => p.endsWith(".pdf"));
    for (const path of paths) {
      const bytes = readFileSync(join(outDir, path));
      if (path.endsWith(".html")) {
        let html = relativeHtml(bytes.toString("utf8"), path, config.url);
        // Without the PDFs (AULA_PDF=off, no browser) their links would lead nowhere in the LMS.
        if (!hasPdf && html.includes('class="lesson-pdf"')) {
          html = html.replace(/<p class="lesson-pdf"[\s\S]*?<\/p>/g, "");
          missingPdf = true;
        }
        pages.set(path, html);
        files.set(path, new TextEncoder().encode(html));
      } else if (path.endsWith(".css"))
        files.set(path, new TextEncoder().encode(relativeCss(bytes.toString("utf8"), path)));
      else if (path.endsWith(".js") || path.endsWith(".mjs")) {
        const { code, left: unresolved } = relativeJs(bytes.toString("utf8"), path);
        if (unresolved > 0) throw new ScormExportError(`${path}: ${unresolved} rutas absolutas sin convertir`);
        files.set(path, new TextEncoder().encode(code));
      } else files.set(path, bytes);
    }
    if (missingPdf) log("aviso: el paquete no lleva PDF (compilado sin ellos): se quitan los enlaces «Descargar PDF»");

    const outline = outlineFromSite(pages, config);
    const identifier = `aula-${(config.url ?? config.title).replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
    const manifest = scorm12Manifest(outline, [...files.keys()], identifier);
    files.set("imsmanifest.xml", new TextEncoder().encode(manifest));

    const zip = zipSync(Object.fromEntries(files), { level: 9 });
    mkdirSync(dirname(options.zipPath), { recursive: true });
    writeFileSync(options.zipPath, zip);
    return { zipPath: options.zipPath, bytes: zip.length, files: files.size };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
