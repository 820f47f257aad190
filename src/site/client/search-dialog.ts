import { t } from "../i18n.ts";
import { rankHits, toResultView, type SearchHit } from "../../core/search/results.ts";
import { withIndex } from "../../exporters/scorm/url.ts";
import { siteRoot, sitePackage } from "../../exporters/scorm/page.ts";

// What this module uses of Pagefind's Component UI (pagefind-component-ui.js, served from the site).
interface PagefindInstance {
  searchTerm: string;
  setTranslations(strings: Record<string, string>): void;
  triggerSearch(term: string): void;
  triggerLoad(): Promise<void>;
  /** The search engine (pagefind.js) once loaded. Not public API: checked before use. */
  __pagefind__?: PagefindEngine | null;
}
interface PagefindRawResult {
  data(): Promise<SearchHit>;
}
interface PagefindEngine {
  search(term: string | null, options?: unknown): Promise<{ results: PagefindRawResult[] } | null>;
}
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}
interface PagefindModalElement extends HTMLElement {
  dialogEl: HTMLDialogElement | null;
  isOpen: boolean;
  open(): void;
  close(): void;
}
interface PagefindResultsElement extends HTMLElement {
  resultTemplate: ((hit: SearchHit) => Element) | null;
}
declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

// The site's root at run time: the same script serves the public site and a SCORM package in an LMS.
const base = siteRoot();
const bundlePath = `${base}pagefind/`;
// In a SCORM package the LMS serves files, not folders.
const pageUrl = (url: string) => (sitePackage() ? withIndex(url) : url);

/** The course's texts, under the names Pagefind's components look up. */
const translations: Record<string, string> = {
  placeholder: t("search.placeholder"),
  search_label: t("search.inputLabel"),
  input_hint: t("search.inputHint"),
  clear_search: t("search.clear"),
  results_label: t("search.resultsLabel"),
  searching: t("search.searching"),
  zero_results: t("search.zeroResults"),
  one_result: t("search.oneResult"),
  many_results: t("search.manyResults"),
  loading: t("search.loading"),
  error_search: t("search.error"),
  keyboard_navigate: t("search.keyNavigate"),
  keyboard_select: t("search.keySelect"),
  // Pagefind's box says Esc clears it, but in the dialog Esc closes (the modal catches it first).
  keyboard_clear: t("search.keyClose"),
  keyboard_close: t("search.keyClose"),
  keyboard_search: t("search.keySearch"),
};

function load(element: HTMLLinkElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener("load", () => resolve(), { once: true });
    element.addEventListener("error", () => reject(new Error(`No se pudo cargar ${element.outerHTML}`)), {
      once: true,
    });
    document.head.append(element);
  });
}

async function loadComponents(): Promise<PagefindComponents> {
  const style = Object.assign(document.createElement("link"), {
    rel: "stylesheet",
    href: `${bundlePath}pagefind-component-ui.css`,
  });
  const script = Object.assign(document.createElement("script"), { src: `${bundlePath}pagefind-component-ui.js` });
  await Promise.all([load(style), load(script)]);
  if (!window.PagefindComponents) throw new Error("pagefind-component-ui.js no definió PagefindComponents");
  return window.PagefindComponents;
}

function renderResult(hit: SearchHit, query: string): Element {
  const view = toResultView(hit, query);
  const item = document.createElement("li");
  item.className = "search-result";
  const link = Object.assign(document.createElement("a"), {
    className: "search-result__link",
    href: pageUrl(view.url),
  });
  const title = Object.assign(document.createElement("span"), { className: "search-result__title" });
  title.textContent = view.lesson;
  link.append(title);
  if (view.section) {
    const section = Object.assign(document.createElement("span"), { className: "search-result__section" });
    section.textContent = view.section;
    link.append(section);
  }
  if (view.excerpt) {
    // results.ts escapes the page text and adds only <mark> around the matched terms.
    const excerpt = Object.assign(document.createElement("span"), { className: "search-result__excerpt" });
    excerpt.innerHTML = view.excerpt;
    link.append(excerpt);
  }
  item.append(link);
  if (view.others.length > 0) {
    const others = document.createElement("ul");
    others.className = "search-result__others";
    others.setAttribute("aria-label", t("search.moreSections"));
    for (const other of view.others) {
      const otherItem = document.createElement("li");
      const otherLink = Object.assign(document.createElement("a"), { href: pageUrl(other.url) });
      otherLink.textContent = other.title;
      otherItem.append(otherLink);
      others.append(otherItem);
    }
    item.append(others);
  }
  return item;
}

async function createModal(): Promise<{ modal: PagefindModalElement; instance: PagefindInstance }> {
  const components = await loadComponents();
  // Result URLs in the index are site-relative; the base makes them work under /Curso/ too.
  const instance = components.configureInstance("default", { bundlePath, baseUrl: base });
  instance.setTranslations(translations);
  await rankByTitle(instance);

  const modal = document.createElement("pagefind-modal") as PagefindModalElement;
  modal.setAttribute("reset-on-close", "false");
  modal.innerHTML = `<pagefind-modal-header><pagefind-input></pagefind-input></pagefind-modal-header>
    <pagefind-modal-body><pagefind-summary></pagefind-summary><pagefind-results></pagefind-results></pagefind-modal-body>
    <pagefind-modal-footer><pagefind-keyboard-hints></pagefind-keyboard-hints></pagefind-modal-footer>`;
  const results = modal.querySelector("pagefind-results") as PagefindResultsElement;
  results.resultTemplate = (hit) => renderResult(hit, instance.searchTerm);
  document.body.append(modal);
  await customElements.whenDefined("pagefind-modal");

  const dialog = modal.dialogEl;
  dialog?.setAttribute("aria-label", t("search.dialogLabel"));
  dialog?.classList.add("search-dialog");
  keepOneHeader(modal);
  for (const close of modal.querySelectorAll(".pf-modal-close")) close.setAttribute("aria-label", t("search.close"));
  if (dialog) keepFocusIn(dialog);
  // A link to a section of the page being read does not reload it: close the dialog ourselves.
  results.addEventListener("click", (event) => {
    if ((event.target as Element).closest("a")) modal.close();
  });
  // Enter in the box opens the first result, as readers expect from a search field.
  modal.querySelector("pagefind-input")?.addEventListener("keydown", (event) => {
    if ((event as KeyboardEvent).key !== "Enter") return;
    const first = results.querySelector<HTMLAnchorElement>("a[href]");
    if (!first) return;
    event.preventDefault();
    first.click();
  });
  dialog?.addEventListener("close", () => {
    const url = new URL(location.href);
    if (url.searchParams.has("q")) {
      url.searchParams.delete("q");
      history.replaceState(history.state, "", url);
    }
  });
  return { modal, instance };
}

/** Lessons re-ranked by title (their data is loaded for it); the rest keep Pagefind's order. */
const rerankedCount = 12;

/**
 * Puts lessons whose title names the query first (see `rankHits`). Pagefind's Component UI has no hook
 * between the search and the list, so this wraps the engine's `search`. If a Pagefind upgrade renames
 * the engine, results keep Pagefind's order, and the e2e ranking table fails.
 */
async function rankByTitle(instance: PagefindInstance): Promise<void> {
  await instance.triggerLoad();
  const engine = instance.__pagefind__;
  if (!engine || typeof engine.search !== "function") return;
  const search = engine.search.bind(engine);
  engine.search = async (term, options) => {
    const found = await search(term, options);
    if (!found || !term) return found;
    const top = found.results.slice(0, rerankedCount);
    const hits = await Promise.all(top.map((result) => result.data()));
    const results = rankHits(hits, term).map((hit) => ({ ...top[hits.indexOf(hit)], data: async () => hit }));
    return { ...found, results: [...results, ...found.results.slice(rerankedCount)] };
  };
}

/**
 * Pagefind's header sets itself up again when the modal moves it into its <dialog>, nesting a second
 * copy with a second close button. Unwrap it: one input, one close button.
 */
function keepOneHeader(modal: HTMLElement): void {
  const outer = modal.querySelector(".pf-modal-header-content");
  const inner = outer?.querySelector(":scope > .pf-modal-header-content");
  if (!outer || !inner) return;
  outer.querySelector(":scope > .pf-modal-close")?.remove();
  inner.replaceWith(...inner.childNodes);
}

/** Tab from the last control goes back to the first (and Shift+Tab the other way): the page behind is inert. */
function keepFocusIn(dialog: HTMLDialogElement): void {
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== "Tab") return;
    const controls = [...dialog.querySelectorAll<HTMLElement>("input, button, a[href]")].filter(
      (el) => el.tabIndex >= 0 && !el.matches(":disabled") && el.checkVisibility(),
    );
    const first = controls[0];
    const last = controls.at(-1);
    if (!first || !last) return;
    const edge = event.shiftKey ? first : last;
    if (document.activeElement !== edge) return;
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  });
}

let ready: ReturnType<typeof createModal> | undefined;

/** Shown when Pagefind's files are not there: in `astro dev`, or a site built without them. */
function showNotice(message: string): void {
  let notice = document.querySelector<HTMLDialogElement>("dialog.search-notice");
  if (!notice) {
    notice = document.createElement("dialog");
    notice.className = "search-notice";
    notice.setAttribute("aria-labelledby", "search-notice-title");
    notice.setAttribute("aria-describedby", "search-notice-text");
    const title = Object.assign(document.createElement("h2"), { id: "search-notice-title" });
    title.textContent = t("search.noticeTitle");
    const text = Object.assign(document.createElement("p"), { id: "search-notice-text" });
    const form = Object.assign(document.createElement("form"), { method: "dialog" });
    const close = Object.assign(document.createElement("button"), { className: "button", type: "submit" });
    close.textContent = t("search.close");
    form.append(close);
    notice.append(title, text, form);
    document.body.append(notice);
  }
  const text = notice.querySelector("#search-notice-text");
  if (text) text.textContent = message;
  if (!notice.open) notice.showModal();
}

/** Opens the search dialog, loading Pagefind's UI the first time; `query` prefills it (from `?q=`). */
export async function openSearch(query?: string): Promise<void> {
  ready ??= createModal();
  let opened: Awaited<ReturnType<typeof createModal>>;
  try {
    opened = await ready;
  } catch {
    // Checked at run time, not with import.meta.env.DEV: what matters is whether the index is served.
    ready = undefined;
    showNotice(t("search.notBuilt"));
    return;
  }
  const { modal, instance } = opened;
  // The first search keeps the whole index on this device (when the course's worker runs), for offline use.
  if (!sitePackage()) void import("./offline-copy.ts").then((copy) => copy.keepSearchIndex()).catch(() => {});
  const input = modal.querySelector("input");
  if (!modal.isOpen) modal.open();
  else input?.focus();
  if (query) {
    if (input) input.value = query;
    instance.triggerSearch(query);
  } else if (input) {
    // The last query stays, selected: typing replaces it, and the arrows still reach its results.
    // Pagefind focuses the box in the next frame; this runs right after it.
    requestAnimationFrame(() => {
      if (document.activeElement === input) input.select();
    });
  }
}
