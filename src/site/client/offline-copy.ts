// The offline copy as the page sees it: the list the build wrote (`sin-conexion.json`) and the caches the worker
// reads. Shared by «Guardar el curso…», the offline page and search (which keeps its index on first use).

import { cacheNames, offlineFiles, type SaveList } from "../../core/offline/plan.ts";
import { siteRoot } from "../../exporters/scorm/page.ts";

export const offlineCaches = () => cacheNames(siteRoot());
const match = { ignoreVary: true, ignoreSearch: true };

export async function readSaveList(): Promise<SaveList> {
  const response = await fetch(`${siteRoot()}${offlineFiles.saveList}`);
  if (!response.ok) throw new Error(`${response.status}`);
  return (await response.json()) as SaveList;
}

/** Which lessons' pages are kept, by address. */
export async function savedLessons(list: SaveList): Promise<Set<string>> {
  const pages = await caches.open(offlineCaches().pages);
  const found = await Promise.all(list.lessons.map(async (l) => ((await pages.match(l.url, match)) ? l.url : "")));
  return new Set(found.filter(Boolean));
}

/** Fetches each address into its cache, a few at a time; returns how many failed. */
export async function keep(
  files: { url: string; cache: string }[],
  progress: (done: number) => void = () => {},
): Promise<number> {
  let done = 0;
  let failed = 0;
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      try {
        const response = await fetch(file.url, { cache: "no-cache" });
        if (!response.ok) throw new Error(`${response.status}`);
        await (await caches.open(file.cache)).put(file.url, response);
      } catch {
        failed++;
      }
      progress(++done);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return failed;
}

/** Search keeps its whole index the first time it is used, so it finds any word offline afterwards. */
export async function keepSearchIndex(): Promise<void> {
  if (!("caches" in window) || !navigator.serviceWorker?.controller || !navigator.onLine) return;
  const cache = offlineCaches().search;
  const list = await readSaveList();
  const kept = await caches.open(cache);
  const missing = [];
  for (const url of list.search) if (!(await kept.match(url, match))) missing.push({ url, cache });
  await keep(missing);
}
