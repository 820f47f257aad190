import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchChromium } from "../../../src/browser/launch.ts";

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
    /** A fresh context (own storage), closed with the browser. */
    async newPage(options: BrowserContextOptions = {}) {
      if (!browser) throw new Error("El navegador no se ha iniciado");
      const context = await browser.newContext({ locale: "es-ES", ...options });
      contexts.push(context);
      return context.newPage();
    },
  };
}
