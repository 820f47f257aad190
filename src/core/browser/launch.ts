import { createRequire } from "node:module";
import type { Browser } from "playwright-core";
import { chromiumArgs, findChromium, installHint } from "./chromium.ts";

export class NoBrowserError extends Error {
  /** By name too: under Vite (MDX lessons) this module can be loaded twice, and `instanceof` then fails. */
  static is(error: unknown): error is NoBrowserError {
    return error instanceof Error && error.name === "NoBrowserError";
  }

  constructor(path?: string) {
    super(
      path
        ? `CHROMIUM_PATH apunta a «${path}», que no existe. ${installHint}`
        : `No se encuentra Chrome ni Chromium. ${installHint}`,
    );
    this.name = "NoBrowserError";
    this.stack = "";
  }
}

/** Starts the machine's Chromium through playwright-core. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new NoBrowserError(process.env.CHROMIUM_PATH?.trim() || undefined);
  // Loaded here, not with the module: every build imports this (diagrams), few start a browser. Required, not
  // import()ed: installed, this module runs in the Vite runner that loaded astro.config.mjs, closed by now.
  const { chromium } = createRequire(import.meta.url)("playwright-core") as typeof import("playwright-core");
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}
