import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { zipSync } from "fflate";
import type { CourseManifest } from "../../core/manifest/model.ts";
import { isOfflineFile, manifestLink } from "../../core/offline/plan.ts";
import { fileSize } from "../size.ts";
import { outlineOf, scorm12Manifest, scorm2004Manifest } from "./manifest.ts";
import { cssReferences, markPackage, relativeCss, relativeHtml, scriptNamesBase, withoutPdfLinks } from "./relative.ts";

export type ScormVersion = "1.2" | "2004";

export interface ScormExportOptions {
  version: ScormVersion;
  /** Where the zip goes: `exports/scorm/curso-scorm12.zip` by default. */
  zipPath: string;
  log: (line: string) => void;
  /** One line per thing the package lacks or leaves out. */
  warn: (line: string) => void;
}

export interface ScormExport {
  zipPath: string;
  bytes: number;
  files: number;
  /** Whether the package carries the course's PDFs (else their links were removed). */
  pdfs: boolean;
  /** Files of `public/` no lesson uses, left out. */
  leftOut: { files: number; bytes: number };
}

export class ScormExportError extends Error {}

/** Past this size an LMS may refuse the upload (Moodle's default limits are often not far above). */
export const sizeWarning = 50 * 1024 * 1024;

/** What the built site has for search engines and printing, not for a learner in an LMS. */
const notForLms = (path: string) =>
  ["robots.txt", "sitemap-index.xml"].includes(path) ||
  /^sitemap-\d+\.xml$/.test(path) ||
  path.startsWith("imprimir/") ||
  // The LMS serves the package: no service worker, no install, no offline copy of the public site.
  isOfflineFile(path);

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

/** Formats that are compressed already: stored as they are, which zips a course with videos in a fraction. */
const stored = /\.(png|jpe?g|gif|webp|avif|pdf|woff2?|mp4|webm|mp3|ogg|zip|gz|pagefind|pf_\w+)$/i;
const versionTag = { "1.2": "scorm12", "2004": "scorm2004" } as const;

/**
 * The course as a SCORM package, from the built site and its manifest: no build of its own. Every link becomes
 * relative (the LMS serves the package at an address nobody knows in advance); the package holds the site's
 * own files, the files the lessons use and the course's PDFs (or, without them, no link to them), and none of
 * the other files of `public/`.
 */
export function exportScorm(manifest: CourseManifest, options: ScormExportOptions): ScormExport {
  const { outDir, publicDir, base } = manifest.site;
  if (!existsSync(join(outDir, manifest.lessons[0]?.html ?? "index.html")))
    throw new ScormExportError(`el sitio construido no está en ${outDir}: ejecuta «npm run build»`);
  const tag = versionTag[options.version];

  const pdfPaths = [manifest.course.pdf, ...manifest.lessons.map((l) => l.pdf)];
  const pdfs = pdfPaths.every((p) => existsSync(join(outDir, p)));
  const fromPublic = new Set(walk(publicDir).filter((p) => !/(^|\/)\./.test(p)));
  const used = new Set(manifest.lessons.flatMap((l) => l.assets));
  // Dot files (`.gitkeep`, `.DS_Store`) are nobody's content.
  const site = walk(outDir).filter((p) => !notForLms(p) && !/(^|\/)\./.test(p));
  for (const path of site.filter((p) => p.endsWith(".css")))
    for (const ref of cssReferences(readFileSync(join(outDir, path), "utf8"), base)) used.add(ref);

  const files = new Map<string, Uint8Array>();
  const leftOut = { files: 0, bytes: 0 };
  let removedLinks = 0;
  const encode = (text: string) => new TextEncoder().encode(text);
  for (const path of site) {
    if (fromPublic.has(path) && !used.has(path)) {
      leftOut.files++;
      leftOut.bytes += readFileSync(join(outDir, path)).length;
      continue;
    }
    if (path.startsWith("pdf/") && !fromPublic.has(path) && (!pdfs || !pdfPaths.includes(path))) continue;
    const bytes = readFileSync(join(outDir, path));
    if (path.endsWith(".html")) {
      let html = markPackage(relativeHtml(bytes.toString("utf8").replace(manifestLink, ""), path, base), tag);
      if (!pdfs) {
        const without = withoutPdfLinks(html);
        html = without.html;
        removedLinks += without.removed;
      }
      files.set(path, encode(html));
    } else if (path.endsWith(".css")) files.set(path, encode(relativeCss(bytes.toString("utf8"), path, base)));
    else if (/\.m?js$/.test(path) && scriptNamesBase(bytes.toString("utf8"), base))
      throw new ScormExportError(`${path} nombra rutas de ${base}: no funcionaría dentro de la plataforma`);
    else files.set(path, bytes);
  }
  if (!pdfs && removedLinks > 0)
    options.warn(
      `aviso  el paquete no lleva los PDF del curso (no están construidos en ${relative(process.cwd(), join(outDir, "pdf")) || "pdf"}/): ` +
        `se quitan los ${removedLinks} enlaces «Descargar PDF»; «npm run build» con Chromium o «npm run pdf» los genera`,
    );
  if (leftOut.files > 0)
    options.log(
      `${leftOut.files} ${leftOut.files === 1 ? "archivo" : "archivos"} de public/ (${fileSize(leftOut.bytes)}) no se usan en ninguna lección: quedan fuera del paquete`,
    );

  const outline = outlineOf(manifest);
  const identifier = `aula-${(manifest.site.url ?? manifest.course.title).replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
  const write = options.version === "1.2" ? scorm12Manifest : scorm2004Manifest;
  files.set("imsmanifest.xml", encode(write(outline, [...files.keys()], identifier)));

  const zip = zipSync(
    Object.fromEntries([...files].map(([path, data]) => [path, [data, { level: stored.test(path) ? 0 : 6 }]])),
  );
  mkdirSync(dirname(options.zipPath), { recursive: true });
  writeFileSync(options.zipPath, zip);
  if (zip.length > sizeWarning)
    options.warn(
      `aviso  el paquete ocupa ${fileSize(zip.length)}: muchas plataformas limitan la subida a 50 MB o menos; revisa los archivos grandes que usan las lecciones`,
    );
  return { zipPath: options.zipPath, bytes: zip.length, files: files.size, pdfs, leftOut };
}
