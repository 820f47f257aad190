// «Guardar el curso para usarlo sin conexión» (home and «Mi progreso») and the offline page's list of what
// is available. Loaded only on those pages.

import { format } from "../../core/i18n/plural.ts";
import { formatBytes, type SaveList } from "../../core/offline/plan.ts";
import { sitePackage } from "../../exporters/scorm/page.ts";
import { keep, offlineCaches, readSaveList, savedLessons } from "./offline-copy.ts";

type Texts = Record<"size" | "saving" | "saved" | "failed" | "removed" | "lessons" | "available", string>;

const lang = () => document.documentElement.lang || navigator.language;

async function setUpSave(box: HTMLElement, list: SaveList): Promise<void> {
  const texts = JSON.parse(box.dataset.texts ?? "{}") as Texts;
  const q = <T extends Element>(selector: string) => box.querySelector<T>(selector);
  const save = q<HTMLButtonElement>('[data-offline-action="save"]');
  const remove = q<HTMLButtonElement>('[data-offline-action="remove"]');
  const bar = q<HTMLProgressElement>("[data-offline-progress]");
  const status = q<HTMLElement>("[data-offline-status]");
  const count = q<HTMLElement>("[data-offline-count]");
  const lessons = q<HTMLUListElement>("[data-offline-lessons]");
  if (!save || !remove || !bar || !status || !count || !lessons) return;
  q<HTMLElement>("[data-offline-size]")!.textContent = format(texts.size, { size: formatBytes(list.bytes, lang()) });

  const refresh = async () => {
    const saved = await savedLessons(list);
    count.textContent = format(texts.lessons, { count: saved.size, total: list.lessons.length });
    lessons.replaceChildren(
      ...list.lessons.map((lesson) => {
        const item = document.createElement("li");
        const link = Object.assign(document.createElement("a"), { href: lesson.url, textContent: lesson.title });
        item.append(link);
        if (saved.has(lesson.url)) {
          item.dataset.offlineSaved = "";
          item.append(` · ✓ ${texts.available}`);
        }
        return item;
      }),
    );
    remove.hidden = saved.size === 0;
  };
  box.hidden = false;
  await refresh();

  save.addEventListener("click", async () => {
    const names = offlineCaches();
    const files = [
      ...list.lessons.flatMap((l) => [
        { url: l.url, cache: names.pages },
        ...l.files.map((url) => ({ url, cache: names.files })),
      ]),
      ...list.search.map((url) => ({ url, cache: names.search })),
    ];
    save.disabled = true;
    bar.hidden = false;
    bar.max = files.length;
    const failed = await keep(files, (done) => {
      bar.value = done;
      status.textContent = format(texts.saving, { done, total: files.length });
    });
    bar.hidden = true;
    save.disabled = false;
    status.textContent = failed ? format(texts.failed, { failed }) : texts.saved;
    await refresh();
  });
  remove.addEventListener("click", async () => {
    const names = offlineCaches();
    await Promise.all([names.pages, names.files, names.search].map((name) => caches.delete(name)));
    status.textContent = texts.removed;
    await refresh();
    save.focus();
  });
}

/** The offline page lists only the lessons kept on this device (it is shown for a page that is not). */
async function setUpOfflinePage(page: HTMLElement, list: SaveList): Promise<void> {
  const saved = await savedLessons(list);
  for (const item of page.querySelectorAll<HTMLElement>("[data-offline-url]"))
    item.hidden = !saved.has(item.dataset.offlineUrl ?? "");
  for (const unit of page.querySelectorAll<HTMLElement>("[data-offline-unit]"))
    unit.hidden = !unit.querySelector("[data-offline-url]:not([hidden])");
  page.querySelector<HTMLElement>("[data-offline-none]")!.hidden = saved.size > 0;
  page.querySelector<HTMLElement>("[data-offline-some]")!.hidden = saved.size === 0;
}

const box = document.querySelector<HTMLElement>("[data-offline-save]");
const page = document.querySelector<HTMLElement>("[data-offline-page]");
// A SCORM package has no worker and no list: the control stays hidden there.
if ("caches" in window && "serviceWorker" in navigator && !sitePackage())
  void readSaveList()
    .then(async (list) => {
      if (page) await setUpOfflinePage(page, list);
      if (box && navigator.serviceWorker.controller) await setUpSave(box, list);
      else if (box) void navigator.serviceWorker.ready.then(() => setUpSave(box, list));
    })
    .catch(() => {});
