import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, findChromium } from "../../src/core/browser/chromium.ts";

export type LighthouseScores = Record<string, number>;

const categories = ["performance", "accessibility", "best-practices", "seo"];

/** Lighthouse's four category scores (0–100) for each URL, with the machine's Chromium, mobile settings. */
export async function lighthouseScores(urls: string[]): Promise<LighthouseScores[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error("No hay Chromium para Lighthouse");
  const chrome = await launch({ chromePath, chromeFlags: chromiumArgs, logLevel: "silent" });
  try {
    const results: LighthouseScores[] = [];
    for (const url of urls) {
      const run = await lighthouse(url, {
        port: chrome.port,
        onlyCategories: categories,
        logLevel: "error",
        output: "json",
      });
      const scores: LighthouseScores = {};
      for (const id of categories) scores[id] = Math.round((run?.lhr.categories[id]?.score ?? 0) * 100);
      results.push(scores);
    }
    return results;
  } finally {
    chrome.kill();
  }
}
