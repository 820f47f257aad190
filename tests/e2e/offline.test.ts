import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import type { BrowserContext, Page } from "playwright-core";
import sirv from "sirv";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cacheNames, formatBytes, type SaveList } from "../../src/core/offline/plan.ts";
import { chromiumArgs, findChromium } from "../../src/core/browser/chromium.ts";
import { useBrowser } from "./support/browser.ts";
import { resultLinks, search } from "./support/search.ts";
import { fixtureCourse, projectRoot, runBuild, testBase, testSiteUrl } from "./support/site.ts";

const { siteUrl, newPage } = useBrowser();
const distDir = inject("distDir");
const list = JSON.parse(readFileSync(join(distDir, "sin-conexion.json"), "utf8")) as SaveList;
const names = cacheNames(testBase);
const screenshots = resolve(projectRoot, "tests/.dist/screenshots-offline");
mkdirSync(screenshots, { recursive: true });

/** What every page of a test asked for from another host, and every CSP complaint in its console. */
function watch(context: BrowserContext, origin: string) {
  const thirdParty: string[] = [];
  const csp: string[] = [];
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) thirdParty.push(url.href);
  });
  context.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) csp.push(message.text());
  });
  return { thirdParty, csp };
}

/** Opens the home page and waits until the course's worker controls it. */
async function controlled(page: Page, url = siteUrl) {
  await page.goto(url);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
}

const cachedCount = (page: Page, cache: string) =>
  page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, cache);

/** Each diagram of the page drawn (an SVG with a box) and each image loaded. */
async function drawn(page: Page) {
  return page.evaluate(() => ({
    diagrams: [...document.querySelectorAll("figure.diagram")].map((figure) => {
      const svg = [...figure.querySelectorAll("svg")].find((s) => s.getBoundingClientRect().width > 0);
      return !!svg && svg.getBoundingClientRect().height > 20;
    }),
    images: [...document.images].map((img) => img.complete && img.naturalWidth > 0),
  }));
}

const diagramsBuilt = (lesson: string) =>
  (readFileSync(join(distDir, lesson, "index.html"), "utf8").match(/<figure class="diagram"/g) ?? []).length;

describe("the course offline (built site, non-root base)", () => {
  it("reloads a visited lesson, answers its quiz, searches and shows the offline page for an unvisited one", async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    const seen = watch(page.context(), new URL(siteUrl).origin);
    await controlled(page);
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    // The second page a reader opens keeps the search index while they read: search was never opened online.
    await expect.poll(() => cachedCount(page, names.search), { timeout: 30_000 }).toBe(list.search.length);

    await page.context().setOffline(true);
    await page.reload();
    await expect(page.locator("h1").first().textContent()).resolves.toMatch(/Laboratorio/i);
    await expect(page.getByText("Sin conexión", { exact: true }).isVisible()).resolves.toBe(true);
    const quiz = page.locator("aula-quiz").first();
    await quiz.getByRole("radio", { name: "Docker Hub" }).check();
    await quiz.getByRole("button", { name: "Comprobar" }).click();
    await quiz.locator("[data-feedback]:not(:empty)").waitFor();
    await page.reload();
    await expect(page.locator("aula-quiz").first().locator("[data-feedback]").textContent()).resolves.not.toBe("");
    expect((await drawn(page)).diagrams.every(Boolean)).toBe(true);

    // A word that is not on this lesson, so the index and its fragments come from the cache.
    await page.getByRole("button", { name: "Buscar" }).click();
    await search(page, "hipervisor");
    expect(await resultLinks(page).count()).toBeGreaterThan(0);
    await page.keyboard.press("Escape");

    await page.goto(`${siteUrl}tema2/virtualizacion/`);
    await expect(page.locator("h1").textContent()).resolves.toBe("Esta página no está guardada");
    const available = page.locator("[data-offline-url]:not([hidden]) a");
    await expect.poll(() => available.allTextContents()).toContain("Laboratorio 1: tu primer contenedor");
    await expect(available.allTextContents()).resolves.not.toContain("Virtualización");
    for (const [width, scheme] of [
      [360, "light"],
      [1280, "dark"],
    ] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(screenshots, `offline-page-${width}-${scheme}.png`) });
    }
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    for (const [width, scheme] of [
      [360, "light"],
      [360, "dark"],
      [1280, "light"],
      [1280, "dark"],
    ] as const) {
      await page.setViewportSize({ width, height: 700 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(screenshots, `offline-notice-${width}-${scheme}.png`) });
    }
    expect(seen.thirdParty).toEqual([]);
    expect(seen.csp).toEqual([]);
  });

  it("saves the whole course with «Guardar el curso…», then opens every lesson offline with its diagrams", async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    const seen = watch(page.context(), new URL(siteUrl).origin);
    await controlled(page);
    const box = page.locator("[data-offline-save]");
    // The size is said before anything is downloaded.
    await expect(box.getByText(/^Ocupa /).textContent()).resolves.toBe(`Ocupa ${formatBytes(list.bytes, "es")}.`);
    // The progress bar's states, as the page goes through them (on 127.0.0.1 it is too quick to catch by polling).
    await page.evaluate(() => {
      const bar = document.querySelector<HTMLProgressElement>("[data-offline-progress]")!;
      const seen: number[] = [];
      Object.assign(window, { barStates: seen });
      new MutationObserver(() => seen.push(bar.hidden ? -1 : bar.value)).observe(bar, { attributes: true });
    });
    await box.getByRole("button", { name: "Guardar el curso para usarlo sin conexión" }).click();
    await box.getByText("El curso está guardado: puedes usarlo sin conexión.").waitFor({ timeout: 60_000 });
    // The count follows the status line: the script reads the caches again after saving.
    await expect
      .poll(() => box.locator("summary").textContent())
      .toBe(`Lecciones disponibles sin conexión: ${list.lessons.length} de ${list.lessons.length}`);
    const states = await page.evaluate(() => (window as unknown as { barStates: number[] }).barStates);
    expect(states.some((value) => value > 0)).toBe(true);
    expect(states.at(-1)).toBe(-1);
    await box.locator("summary").click();
    for (const [width, scheme] of [
      [360, "light"],
      [360, "dark"],
      [1280, "light"],
      [1280, "dark"],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await box.screenshot({ path: join(screenshots, `save-${width}-${scheme}.png`) });
    }

    await page.context().setOffline(true);
    for (const lesson of list.lessons) {
      await page.goto(lesson.url.replace(testBase, siteUrl));
      await expect(page.locator("h1").first().textContent(), lesson.id).resolves.toBe(lesson.title);
      const { diagrams, images } = await drawn(page);
      expect(diagrams.length, lesson.id).toBe(diagramsBuilt(lesson.id));
      expect([...diagrams, ...images].every(Boolean), lesson.id).toBe(true);
    }
    await page.getByRole("button", { name: "Buscar" }).click();
    await search(page, "volumen");
    expect(await resultLinks(page).count()).toBeGreaterThan(0);
    await page.keyboard.press("Escape");

    // Undo, back online: the copy is gone, the control says so.
    await page.context().setOffline(false);
    await page.goto(siteUrl);
    await box.getByRole("button", { name: "Borrar la copia sin conexión" }).click();
    await box.getByText(/Copia sin conexión borrada/).waitFor();
    await expect(box.locator("summary").textContent()).resolves.toBe(
      `Lecciones disponibles sin conexión: 0 de ${list.lessons.length}`,
    );
    await expect(cachedCount(page, names.search)).resolves.toBe(0);
    expect(seen.thirdParty).toEqual([]);
    expect(seen.csp).toEqual([]);
  });

  it("keeps a PDF only once it is downloaded, and then offers it offline", async () => {
    const page = await newPage();
    await controlled(page);
    await page.goto(`${siteUrl}tema2/virtualizacion/`);
    await expect(cachedCount(page, names.pdf)).resolves.toBe(0);
    const link = page.getByRole("link", { name: "Descargar PDF" });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    await expect.poll(() => cachedCount(page, names.pdf)).toBe(1);
    const href = await link.getAttribute("href");
    await page.context().setOffline(true);
    const status = await page.evaluate(async (url) => (await fetch(url!)).status, href);
    expect(status).toBe(200);
  });

  it("publishes a valid manifest whose icons exist at their sizes, and Chromium finds the course installable", async () => {
    const manifest = JSON.parse(readFileSync(join(distDir, "manifest.webmanifest"), "utf8"));
    expect(manifest.name).toBe("Puesta en producción segura");
    expect(manifest.short_name).toBeTruthy();
    expect(manifest.lang).toBe("es");
    expect(manifest.start_url.startsWith(manifest.scope)).toBe(true);
    expect(manifest.scope).toBe(testBase);
    expect(new Set(manifest.icons.map((i: { purpose: string }) => i.purpose))).toEqual(new Set(["any", "maskable"]));
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const response = await fetch(new URL(icon.src, siteUrl));
      expect(response.status, icon.src).toBe(200);
      const png = Buffer.from(await response.arrayBuffer());
      // PNG's IHDR: width and height, big-endian, at bytes 16 and 20.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
    // Lighthouse 13 has no installability audit any more; this is the check it ran, in a profile of its own
    // (Chromium reports every incognito context as not installable).
    const profile = mkdtempSync(join(tmpdir(), "aula-install-"));
    const { chromium } = await import("playwright-core");
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      args: chromiumArgs,
      headless: true,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await controlled(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(installabilityErrors).toEqual([]);
      const { errors } = (await cdp.send("Page.getAppManifest")) as { errors: { message: string }[] };
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it("adds at most 3 KB gzip to a lesson's first load, and no worker to print pages", async () => {
    // The registration and notices' code as the build minifies it, the manifest Chromium fetches, and the markup.
    const bundle = await esbuild({
      entryPoints: [resolve(projectRoot, "src/site/client/offline.ts")],
      bundle: true,
      minify: true,
      format: "esm",
      write: false,
    });
    const code = gzipSync(bundle.outputFiles[0]!.contents, { level: 9 }).length;
    const manifest = gzipSync(readFileSync(join(distDir, "manifest.webmanifest")), { level: 9 }).length;
    const html = readFileSync(join(distDir, "tema2/virtualizacion/index.html"), "utf8");
    const markup = [
      ...html.matchAll(
        /<link rel="manifest"[^>]*>|<meta name="theme-color"[^>]*>|<div class="offline-notices"[\s\S]*?<\/div>/g,
      ),
    ]
      .map((m) => m[0])
      .join("");
    const total = code + manifest + gzipSync(markup, { level: 9 }).length;
    console.log(`offline on a lesson's first load: ${code} B code + ${manifest} B manifest + markup = ${total} B gzip`);
    expect(markup).toContain('rel="manifest"');
    expect(total).toBeLessThanOrEqual(3 * 1024);
    const print = readFileSync(join(distDir, "imprimir/tema2/virtualizacion/index.html"), "utf8");
    expect(print).not.toMatch(/rel="manifest"|serviceWorker|sw\.js/);
  });
});

/** A copy of the fixture course built twice into one folder, served by a server that follows the rebuild. */
describe("a new version of the course", () => {
  const work = join(tmpdir(), `aula-offline-${process.pid}`);
  const course = join(work, "curso");
  const dist = resolve(projectRoot, "tests/.dist/offline-update");
  let files: ReturnType<typeof sirv> | undefined;
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (!url.startsWith(testBase)) return void res.writeHead(404).end();
    req.url = `/${url.slice(testBase.length)}`;
    const missing = () => void res.writeHead(404).end();
    if (files) files(req, res, missing);
    else missing();
  });
  let url = "";
  beforeAll(async () => {
    cpSync(fixtureCourse, course, { recursive: true });
    build();
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${testBase}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    rmSync(work, { recursive: true, force: true });
  });
  const build = () => {
    const result = runBuild({
      AULA_CONTENT_DIR: course,
      AULA_OUT_DIR: dist,
      BASE_PATH: testBase,
      SITE_URL: testSiteUrl,
    });
    if (result.status !== 0) throw new Error(result.output);
    files = sirv(dist, { dev: false, etag: true, extensions: ["html"] });
  };

  it("shows «Hay una versión nueva del curso», and after «Recargar» the changed lesson with progress kept", async () => {
    const page = await newPage({ viewport: { width: 360, height: 740 } });
    const seen = watch(page.context(), new URL(url).origin);
    await controlled(page, url);
    await page.goto(`${url}tema2/laboratorio-1/`);
    const quiz = page.locator("aula-quiz").first();
    await quiz.getByRole("radio", { name: "Docker Hub" }).check();
    await quiz.getByRole("button", { name: "Comprobar" }).click();
    await quiz.locator("[data-feedback]:not(:empty)").waitFor();

    const lesson = join(course, "tema2/02-virtualizacion.md");
    const changed = "Frase nueva de la segunda versión del curso.";
    writeFileSync(lesson, `${readFileSync(lesson, "utf8")}\n\n${changed}\n`);
    build();

    await page.goto(url);
    const notice = page.getByRole("status").filter({ hasText: "Hay una versión nueva del curso." });
    await notice.waitFor({ timeout: 30_000 });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(screenshots, `update-360-${scheme}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(screenshots, `update-1280-${scheme}.png`) });
    }
    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Recargar" }).click()]);
    await expect(notice.isVisible()).resolves.toBe(false);
    await page.goto(`${url}tema2/virtualizacion/`);
    await expect(page.getByText(changed).isVisible()).resolves.toBe(true);
    await page.goto(`${url}tema2/laboratorio-1/`);
    await expect(page.locator("aula-quiz").first().locator("[data-feedback]").textContent()).resolves.not.toBe("");
    expect(seen.thirdParty).toEqual([]);
    expect(seen.csp).toEqual([]);
    // A second build runs inside this test.
  }, 180_000);
});
