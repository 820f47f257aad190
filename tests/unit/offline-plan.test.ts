import { describe, expect, it } from "vitest";
import {
  cacheNames,
  formatBytes,
  isOfflineFile,
  isSearchFile,
  saveList,
  shellPatterns,
  webAppManifest,
  type BuiltFile,
} from "../../src/core/offline/plan.ts";
import { workerOptions } from "../../src/core/offline/worker.ts";

const base = "/curso/";
const files: BuiltFile[] = [
  { path: "index.html", bytes: 9_000 },
  { path: "_astro/Base.abc.css", bytes: 30_000 },
  { path: "tema2/a/index.html", bytes: 40_000 },
  { path: "tema2/b/index.html", bytes: 60_000 },
  { path: "img/red.png", bytes: 5_000 },
  { path: "pagefind/pagefind.js", bytes: 47_000 },
  { path: "pagefind/fragment/es_1.pf_fragment", bytes: 2_000 },
  { path: "pagefind/pagefind-ui.js", bytes: 126_000 },
  { path: "pagefind/pagefind-highlight.js", bytes: 44_000 },
  { path: "pdf/tema2-a.pdf", bytes: 900_000 },
];
const lessons = [
  { id: "tema2/a", title: "A", url: "/curso/tema2/a/", html: "tema2/a/index.html", assets: ["img/red.png"] },
  // Both lessons show the same image: it is downloaded and counted once.
  {
    id: "tema2/b",
    title: "B",
    url: "/curso/tema2/b/",
    html: "tema2/b/index.html",
    assets: ["img/red.png", "gone.png"],
  },
];

describe("«Guardar el curso…»: what it downloads", () => {
  const list = saveList(base, lessons, files);

  it("lists each lesson's page and files under the base, and leaves out what the build did not write", () => {
    expect(list.lessons).toEqual([
      { id: "tema2/a", title: "A", url: "/curso/tema2/a/", files: ["/curso/img/red.png"] },
      { id: "tema2/b", title: "B", url: "/curso/tema2/b/", files: ["/curso/img/red.png"] },
    ]);
  });

  it("takes the search index aula's dialog loads, not Pagefind's other interfaces, nor PDFs", () => {
    expect(list.search).toEqual(["/curso/pagefind/fragment/es_1.pf_fragment", "/curso/pagefind/pagefind.js"]);
    expect(isSearchFile("pagefind/pagefind-component-ui.js")).toBe(true);
    expect(isSearchFile("pagefind/pagefind-modular-ui.css")).toBe(false);
  });

  it("weighs the pages, files and index, each file once, and none of the shell the worker already has", () => {
    expect(list.bytes).toBe(40_000 + 60_000 + 5_000 + 47_000 + 2_000);
  });

  it("says the size as a reader reads it, in the course's language", () => {
    expect(formatBytes(154_000, "es")).toBe("150 KB");
    expect(formatBytes(5_000, "es")).toBe("4,9 KB");
    expect(formatBytes(12.4 * 1024 * 1024, "es")).toBe("12 MB");
    expect(formatBytes(3.25 * 1024 * 1024, "en")).toBe("3.3 MB");
  });
});

describe("the service worker", () => {
  it("precaches the shell: styles and scripts, home, «Mi progreso», 404 and the offline page", () => {
    const patterns = shellPatterns();
    for (const page of ["index.html", "progreso/index.html", "404.html", "sin-conexion/index.html"])
      expect(patterns).toContain(page);
    expect(patterns).toContain("_astro/*.{js,css,woff2,woff}");
    expect(patterns.some((p) => p.includes("pagefind") || p.includes("pdf") || p.startsWith("tema"))).toBe(false);
  });

  it("keeps two courses on one host apart", () => {
    expect(cacheNames("/a/").pages).not.toBe(cacheNames("/b/").pages);
    expect(cacheNames("/").pages).toBe("aula-paginas");
  });

  it("waits for the reader before taking over, and sends an unsaved page offline to the offline page", () => {
    const options = workerOptions("/tmp/dist", base, "sw-actualizar.js");
    expect(options.skipWaiting).toBe(false);
    const navigation = options.runtimeCaching?.find((rule) => rule.options?.cacheName === cacheNames(base).pages);
    expect(navigation?.handler).toBe("NetworkFirst");
    expect(navigation?.options?.precacheFallback?.fallbackURL).toBe("sin-conexion/index.html");
    const pdf = options.runtimeCaching?.find((rule) => rule.options?.cacheName === cacheNames(base).pdf);
    expect(pdf?.urlPattern instanceof RegExp && pdf.urlPattern.test("http://x/curso/pdf/tema2-a.pdf")).toBe(true);
  });

  it("is left out of a SCORM package with everything that only serves it", () => {
    for (const path of ["sw.js", "sw-actualizar.js", "manifest.webmanifest", "sin-conexion.json", "icono-192.png"])
      expect(isOfflineFile(path), path).toBe(true);
    expect(isOfflineFile("index.html")).toBe(false);
  });
});

describe("the web app manifest", () => {
  const manifest = webAppManifest({
    base,
    title: "Puesta en producción segura",
    shortTitle: "PePS",
    lang: "es",
    themeColor: "#ffffff",
    backgroundColor: "#ffffff",
  });

  it("starts and stays under the base path", () => {
    expect(manifest.start_url).toBe("/curso/");
    expect(manifest.scope).toBe("/curso/");
    expect(manifest.short_name).toBe("PePS");
    expect(manifest.lang).toBe("es");
  });

  it("names icons of 192 and 512 px, and a maskable one", () => {
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      "192x192 any",
      "512x512 any",
      "512x512 maskable",
    ]);
    expect(manifest.icons.every((i) => i.src.startsWith("/curso/"))).toBe(true);
  });
});
