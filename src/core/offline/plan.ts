// What the course's service worker precaches and what «Guardar el curso…» downloads: pure decisions over the
// built site's file list, so the integration only reads the disk and writes the results.

/** A file of the built site, relative to the output folder with `/`, and its size. */
export interface BuiltFile {
  path: string;
  bytes: number;
}

/** A lesson as the course manifest lists it (only what the offline copy needs). */
export interface OfflineLesson {
  id: string;
  title: string;
  /** Its page's address with the base: `/curso/tema2/virtualizacion/`. */
  url: string;
  /** Its page's file: `tema2/virtualizacion/index.html`. */
  html: string;
  /** Files its body links or embeds (images, downloads), relative to the output folder. */
  assets: string[];
}

/** The list «Guardar el curso…» reads (`sin-conexion.json`): addresses with the base, and the bytes they weigh. */
export interface SaveList {
  /** Bytes of every file below, each counted once, as stored (before any HTTP compression). */
  bytes: number;
  lessons: { id: string; title: string; url: string; files: string[] }[];
  /** The search index: what search loads, cached whole on its first use and by «Guardar el curso…». */
  search: string[];
}

/** Where the worker and the files it reads are written in the output folder. */
export const offlineFiles = {
  worker: "sw.js",
  /** Imported by the worker: refreshes the kept pages when a new version takes over. */
  workerExtra: "sw-actualizar.js",
  manifest: "manifest.webmanifest",
  saveList: "sin-conexion.json",
  page: "sin-conexion/index.html",
  icons: { any192: "icono-192.png", any512: "icono-512.png", maskable512: "icono-maskable-512.png" },
} as const;

/** Files of the built site that only the public site's offline copy uses: a SCORM package leaves them out. */
export function isOfflineFile(path: string): boolean {
  const { worker, workerExtra, manifest, saveList, page, icons } = offlineFiles;
  return [worker, workerExtra, manifest, saveList, page, ...Object.values(icons)].includes(path as never);
}

/** The page's `<link rel="manifest">`, which a package, without the manifest, must not carry. */
export const manifestLink = /<link rel="manifest"[^>]*>/g;

/**
 * The app shell, precached at install: the layouts' CSS and JS (every hashed file under `_astro/` is one), the
 * home, «Mi progreso», the 404 and offline pages, the icons and the manifest. Lessons, images, search and PDFs are
 * cached as they are used (see `runtimeRules`), so a first visit on mobile data stays small.
 */
export function shellPatterns(): string[] {
  const { icons, manifest, page } = offlineFiles;
  return [
    "_astro/*.{js,css,woff2,woff}",
    "index.html",
    "progreso/index.html",
    "404.html",
    page,
    "favicon.svg",
    manifest,
    offlineFiles.saveList,
    ...Object.values(icons),
  ];
}

/** Pagefind's files that aula's search dialog never loads (the other UIs); everything else under `pagefind/` is. */
const unusedSearchFile = /^pagefind\/(pagefind-ui\.|pagefind-modular-ui\.|pagefind-highlight\.js$)/;

export function isSearchFile(path: string): boolean {
  return path.startsWith("pagefind/") && !unusedSearchFile.test(path);
}

const join = (base: string, path: string) => `${base}${path.replace(/^\/+/, "")}`;

/** What «Guardar el curso…» fetches: each lesson's page and files, and the search index, with their total size. */
export function saveList(base: string, lessons: readonly OfflineLesson[], files: readonly BuiltFile[]): SaveList {
  const size = new Map(files.map((f) => [f.path, f.bytes]));
  const counted = new Set<string>();
  let bytes = 0;
  const count = (path: string) => {
    if (counted.has(path) || !size.has(path)) return;
    counted.add(path);
    bytes += size.get(path) ?? 0;
  };
  const list = lessons.map((lesson) => {
    const assets = lesson.assets.filter((path) => size.has(path));
    [lesson.html, ...assets].forEach(count);
    return { id: lesson.id, title: lesson.title, url: lesson.url, files: assets.map((path) => join(base, path)) };
  });
  const search = files
    .map((f) => f.path)
    .filter(isSearchFile)
    .sort();
  search.forEach(count);
  return { bytes, lessons: list, search: search.map((path) => join(base, path)) };
}

/** The cache names of one course: two courses on one origin (`user.github.io/a/`, `…/b/`) keep apart. */
export function cacheNames(base: string) {
  const id = `aula${base.replace(/[^A-Za-z0-9]+/g, "-").replace(/-$/, "")}`;
  return { prefix: id, pages: `${id}-paginas`, files: `${id}-archivos`, search: `${id}-busqueda`, pdf: `${id}-pdf` };
}

/** The web app manifest (https://www.w3.org/TR/appmanifest/), its addresses under the site's base. */
export function webAppManifest(input: {
  base: string;
  title: string;
  shortTitle?: string;
  description?: string;
  lang: string;
  themeColor: string;
  backgroundColor: string;
}) {
  const { icons } = offlineFiles;
  const icon = (src: string, size: number, purpose: "any" | "maskable") => ({
    src: join(input.base, src),
    sizes: `${size}x${size}`,
    type: "image/png",
    purpose,
  });
  return {
    name: input.title,
    short_name: input.shortTitle ?? input.title.slice(0, 12),
    ...(input.description ? { description: input.description } : {}),
    lang: input.lang,
    dir: "ltr",
    start_url: input.base,
    scope: input.base,
    id: input.base,
    display: "standalone",
    theme_color: input.themeColor,
    background_color: input.backgroundColor,
    icons: [icon(icons.any192, 192, "any"), icon(icons.any512, 512, "any"), icon(icons.maskable512, 512, "maskable")],
  };
}

/** `740 KB`, `12 MB`, in the course's language. */
export function formatBytes(bytes: number, lang: string): string {
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "KB"] : [bytes / 1024 / 1024, "MB"];
  return `${Math.max(value, 1).toLocaleString(lang, { maximumFractionDigits: value < 10 ? 1 : 0 })} ${unit}`;
}
