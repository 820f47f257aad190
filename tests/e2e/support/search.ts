import type { Page } from "playwright-core";

export const dialog = (page: Page) => page.getByRole("dialog", { name: "Buscar en el curso" });
export const resultLinks = (page: Page) => page.locator(".search-result__link");

export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export async function search(page: Page, query: string): Promise<void> {
  await dialog(page).getByRole("searchbox").fill(query);
  await page.waitForFunction(
    (q) =>
      document.querySelector("pagefind-summary")?.textContent?.includes(`«${q}»`) &&
      document.querySelector(".search-result__link, pagefind-results [aria-busy=false]") !== null,
    query,
  );
  await resultLinks(page).first().waitFor();
}

/** Text of the section a URL's fragment points at: its heading up to the next heading of the same or higher level. */
export async function sectionText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const start = id ? document.getElementById(id) : document.querySelector("article h1");
    if (!start) return "";
    const level = Number(start.tagName.slice(1)) || 1;
    let text = start.textContent ?? "";
    const walker = document.createTreeWalker(document.querySelector("article")!, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = start;
    let inSection = true;
    for (let node = walker.nextNode(); node && inSection; node = walker.nextNode()) {
      const el = node as HTMLElement;
      if (/^H[1-6]$/.test(el.tagName) && Number(el.tagName.slice(1)) <= level && id) inSection = false;
      else if (/^(P|LI|PRE|BLOCKQUOTE|TD|FIGCAPTION)$/.test(el.tagName)) text += ` ${el.textContent}`;
    }
    return text;
  });
}

/** Folded words of a query, as `fold` in src/search/results.ts: no accents, case or punctuation. */
export function terms(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => fold(word).replace(/[^\p{L}\p{N}]/gu, ""))
    .filter(Boolean);
}
