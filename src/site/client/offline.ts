// Registers the course's service worker and shows its two notices: «Sin conexión» while offline, and
// «Hay una versión nueva del curso» once a new build's worker waits. The page reloads only when the reader asks,
// so no page mixes two builds. Nothing here runs in a SCORM package, in `npm run dev` (no manifest link) or
// without service workers: then the site is exactly as before.

import { cacheNames, offlineFiles } from "../../core/offline/plan.ts";
import { siteRoot, sitePackage } from "../../exporters/scorm/page.ts";

const show = (element: HTMLElement | null, visible: boolean) => {
  if (!element) return;
  element.hidden = !visible;
  const box = element.parentElement;
  if (box) box.hidden = [...box.children].every((child) => (child as HTMLElement).hidden);
};

export function startOffline(): void {
  if (!("serviceWorker" in navigator) || sitePackage() || !document.querySelector('link[rel="manifest"]')) return;
  const root = siteRoot();
  const notice = document.querySelector<HTMLElement>("[data-offline-notice]");
  const update = document.querySelector<HTMLElement>("[data-update-notice]");
  const connection = () => show(notice, !navigator.onLine);
  addEventListener("online", connection);
  addEventListener("offline", connection);
  connection();

  const workers = navigator.serviceWorker;
  // The first page a reader opens comes before the worker: keep it (and its images) as if the worker had seen it.
  if (!workers.controller)
    void workers.ready
      .then(async () => {
        const { pages, files } = cacheNames(root);
        const images = performance
          .getEntriesByType("resource")
          .map((entry) => entry.name)
          .filter((url) => url.startsWith(location.origin + root) && /\.(png|jpe?g|gif|webp|avif|svg)$/i.test(url));
        await (await caches.open(pages)).add(location.href.split("#")[0] ?? location.href);
        if (images.length) await (await caches.open(files)).addAll(images);
      })
      .catch(() => {});

  // Chromium hands `<a download>` straight to its download manager, past the worker: fetch the PDF through the
  // worker instead (which keeps it), then save it. One download, and it works again offline.
  document.addEventListener("click", (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[download][href$=".pdf"]');
    if (!link || !workers.controller || event.defaultPrevented || event.button || event.ctrlKey || event.metaKey)
      return;
    event.preventDefault();
    void fetch(link.href)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        const url = URL.createObjectURL(await response.blob());
        const save = Object.assign(document.createElement("a"), { href: url, download: link.href.split("/").pop() });
        save.click();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      })
      .catch(() => location.assign(link.href));
  });

  let asked = false;
  workers.addEventListener("controllerchange", () => {
    if (asked) location.reload();
  });
  const register = async () => {
    const registration = await workers.register(`${root}${offlineFiles.worker}`, { scope: root });
    const waiting = () => show(update, !!registration.waiting && !!workers.controller);
    waiting();
    registration.addEventListener("updatefound", () =>
      registration.installing?.addEventListener("statechange", waiting),
    );
    update?.querySelector("button")?.addEventListener("click", () => {
      asked = true;
      if (registration.waiting) registration.waiting.postMessage({ type: "SKIP_WAITING" });
      else location.reload();
    });
  };
  // From the second page on (the worker runs), keep the search index while the reader reads, so search works
  // offline without having been opened online. Not when the reader asked the browser to save data.
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
  const keepSearch = () => {
    // The home page and «Mi progreso» have «Guardar el curso…», which keeps the index itself: no second download.
    if (!workers.controller || saveData || !navigator.onLine || document.querySelector("[data-offline-save]")) return;
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 2000));
    idle(() => void import("./offline-copy.ts").then((copy) => copy.keepSearchIndex()).catch(() => {}));
  };
  // After the page has loaded: the worker's own download never delays a lesson.
  const start = () => {
    void register().catch(() => {});
    keepSearch();
  };
  if (document.readyState === "complete") start();
  else addEventListener("load", start, { once: true });
}
