import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchChromium } from "../../../src/core/browser/launch.ts";

/** One Chromium per test file; each test opens its own context. */
export function useBrowser() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    siteUrl: inject("siteUrl"),
    /**
     * A fresh context (own storage), closed with the browser. Its `goto` and `reload` return once
     * the page's quizzes are set up: each type's island is a chunk loaded after the page.
     */
    async newPage(options: BrowserContextOptions = {}) {
      if (!browser) throw new Error("El navegador no se ha iniciado");
      const context = await browser.newContext({ locale: "es-ES", ...options });
      contexts.push(context);
      const page = await context.newPage();
      if (options.javaScriptEnabled === false) return page;
      // Module scripts have run by `load`: a page without the quiz script (print pages) has nothing to wait for.
      const ready = () =>
        page.waitForFunction(
          () =>
            !customElements.get("aula-quiz") ||
            [...document.querySelectorAll("aula-quiz")].every((q) => q.hasAttribute("data-ready")),
        );
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await ready();
        return response;
      };
      page.reload = async (...args) => {
        const response = await reload(...args);
        await ready();
        return response;
      };
      return page;
    },
  };
}
