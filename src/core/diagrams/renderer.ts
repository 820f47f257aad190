import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../browser/launch.ts";
import type { ThemedSvg } from "./cache.ts";
import { mermaidConfig, type DiagramTheme } from "./config.ts";
import type { MermaidErrorLike } from "./errors.ts";

// The mermaid aula depends on, resolved from this package: not whatever the course's folder has.
const mermaidDir = dirname(createRequire(import.meta.url).resolve("mermaid/package.json"));

/** The browser build of the installed mermaid: loaded into the page from disk, never from a CDN. */
export const mermaidBundlePath = join(mermaidDir, "dist", "mermaid.min.js");

export function mermaidVersion(): string {
  return (JSON.parse(readFileSync(join(mermaidDir, "package.json"), "utf8")) as { version: string }).version;
}

/** The id mermaid renders with; each use on a page then gets its own prefix (see svg.ts). */
export const renderId = "aula";

export type RenderResult =
  { ok: true; svg: ThemedSvg; ms: number } | { ok: false; error: MermaidErrorLike; ms: number };

/** How long an unused browser stays open (`astro sync`, tools); the build closes it at the end, the dev server when it stops. */
const idleMs = 5_000;

/**
 * One headless Chromium with mermaid loaded, shared by every diagram of the build. It starts on the
 * first cache miss only, renders a batch in one page call, and closes when idle or when the build ends.
 */
export class MermaidRenderer {
  /** How many times Chromium was started: a warm rebuild must leave this at 0. */
  launches = 0;
  #keepOpen = false;
  #page?: Promise<{ browser: Browser; page: Page }>;
  #queue: Promise<unknown> = Promise.resolve();
  #idle?: NodeJS.Timeout;
  readonly log: (line: string) => void;

  constructor(log: (line: string) => void = () => {}) {
    this.log = log;
  }

  async #open(): Promise<{ browser: Browser; page: Page }> {
    const started = performance.now();
    this.launches++;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html lang="es"><body></body></html>');
      await page.addScriptTag({ path: mermaidBundlePath });
      this.log(
        `Chromium iniciado y mermaid ${mermaidVersion()} cargado en ${Math.round(performance.now() - started)} ms`,
      );
      return { browser, page };
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** Renders every source in light and dark; one result per source, in order. */
  renderAll(sources: string[]): Promise<RenderResult[]> {
    const run = this.#queue.then(() => this.#renderNow(sources));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #renderNow(sources: string[]): Promise<RenderResult[]> {
    if (this.#idle) clearTimeout(this.#idle);
    this.#page ??= this.#open();
    let page: Page;
    try {
      ({ page } = await this.#page);
    } catch (error) {
      this.#page = undefined;
      throw error;
    }
    const themes: DiagramTheme[] = ["light", "dark"];
    const configs = Object.fromEntries(themes.map((theme) => [theme, mermaidConfig(theme)]));
    try {
      return await page.evaluate(
        async ({ sources, configs, renderId }) => {
          type Mermaid = {
            initialize(config: unknown): void;
            render(id: string, text: string): Promise<{ svg: string }>;
          };
          const mermaid = (window as unknown as { mermaid: Mermaid }).mermaid;
          const results = sources.map(() => ({ ms: 0, svg: {} as Record<string, string>, error: undefined as any }));
          for (const theme of ["light", "dark"] as const) {
            mermaid.initialize(configs[theme]);
            for (const [i, source] of sources.entries()) {
              const result = results[i]!;
              if (result.error) continue;
              const started = performance.now();
              try {
                result.svg[theme] = (await mermaid.render(renderId, source)).svg;
              } catch (e) {
                const err = e as { message?: string; hash?: { loc?: { first_line?: number } } };
                result.error = { message: String(err?.message ?? e), line: err?.hash?.loc?.first_line };
              } finally {
                document.getElementById(`d${renderId}`)?.remove();
                document.getElementById(renderId)?.remove();
              }
              result.ms += performance.now() - started;
            }
          }
          return results.map((r) =>
            r.error
              ? { ok: false as const, error: r.error, ms: r.ms }
              : { ok: true as const, svg: { light: r.svg.light!, dark: r.svg.dark! }, ms: r.ms },
          );
        },
        { sources, configs, renderId },
      );
    } finally {
      if (!this.#keepOpen) {
        this.#idle = setTimeout(() => void this.close(), idleMs);
        this.#idle.unref();
      }
    }
  }

  /** The dev server keeps the browser until it stops, so an edit never pays the launch again. */
  keepUntilClosed(): void {
    this.#keepOpen = true;
    if (this.#idle) clearTimeout(this.#idle);
  }

  /** Closes the browser if it was started. Safe to call any number of times. */
  async close(): Promise<void> {
    if (this.#idle) clearTimeout(this.#idle);
    const opened = this.#page;
    this.#page = undefined;
    if (!opened) return;
    try {
      await (await opened).browser.close();
    } catch {
      // It never started (no browser on this machine) or it is already gone.
    }
  }
}
