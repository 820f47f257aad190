import type { GenerateSWOptions } from "workbox-build";
import { cacheNames, offlineFiles, shellPatterns } from "./plan.ts";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Workbox's `generateSW` options for the course in `outDir`, published at `base`. The worker precaches the app
 * shell and caches the rest as it is used: pages network first (a school Wi-Fi that hangs falls back to the copy
 * after 4 s), an unsaved page offline gets the offline page, files and the search index from the cache, PDFs only
 * once downloaded. It waits until the reader accepts an update (`SKIP_WAITING`), so no page mixes two builds.
 */
export function workerOptions(outDir: string, base: string, extraScript: string): GenerateSWOptions {
  const caches = cacheNames(base);
  const ignore = { ignoreSearch: false, ignoreVary: true };
  return {
    globDirectory: outDir,
    globPatterns: shellPatterns(),
    swDest: `${outDir}/${offlineFiles.worker}`,
    cacheId: caches.prefix,
    // Astro names its files by content: no revision query needed for them.
    dontCacheBustURLsMatching: /^_astro\//,
    directoryIndex: "index.html",
    ignoreURLParametersMatching: [/.*/],
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: "production",
    importScripts: [extraScript],
    runtimeCaching: [
      {
        urlPattern: new RegExp(`${escape(base)}pdf/.+\\.pdf$`),
        handler: "NetworkFirst",
        options: { cacheName: caches.pdf, matchOptions: ignore },
      },
      {
        urlPattern: new RegExp(`${escape(base)}pagefind/`),
        handler: "CacheFirst",
        // Pagefind asks for its entry file with a `?ts=` to skip the HTTP cache; the copy is stored without it.
        options: { cacheName: caches.search, matchOptions: { ignoreSearch: true, ignoreVary: true } },
      },
      {
        urlPattern: ({ request }) => request.mode === "navigate",
        handler: "NetworkFirst",
        options: {
          cacheName: caches.pages,
          networkTimeoutSeconds: 4,
          matchOptions: ignore,
          precacheFallback: { fallbackURL: offlineFiles.page },
        },
      },
      {
        urlPattern: ({ request, sameOrigin }) =>
          sameOrigin && ["image", "font", "style", "script", "video", "audio"].includes(request.destination),
        handler: "StaleWhileRevalidate",
        options: { cacheName: caches.files, matchOptions: ignore },
      },
    ],
  };
}

/**
 * Imported by the worker (`importScripts`): when a new version takes over, the pages and files a reader saved are
 * fetched again, so the offline copy is of the build they now run, never old pages on new styles.
 */
export function refreshScript(base: string): string {
  const { pages, files } = cacheNames(base);
  return `// Not in waitUntil: the reload the reader asked for must not wait for the whole copy.
self.addEventListener("activate", () => {
  void (async () => {
    for (const name of ${JSON.stringify([pages, files])}) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        try {
          const response = await fetch(request.url, { cache: "no-cache" });
          if (response.ok) await cache.put(request, response);
        } catch (e) {}
      }
    }
  })();
});
`;
}
