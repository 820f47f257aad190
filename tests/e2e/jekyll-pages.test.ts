import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useBrowser } from "./support/browser.ts";
import { search, resultLinks } from "./support/search.ts";
import { projectRoot, runBuild, serveSite } from "./support/site.ts";

const fixture = resolve(projectRoot, "tests/fixtures/jekyll-course");
const base = "/ciberseguridad/";
/** Where the screenshots of these pages go, to be looked at (not compared). */
const screensDir = resolve(projectRoot, "tests/.dist/screens/jekyll-pages");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".html") && statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join("/"));
}

/** Images on the page that did not load. */
const brokenImages = (page: Page) =>
  page.evaluate(() => [...document.images].filter((img) => !img.complete || img.naturalWidth === 0).map((i) => i.src));

describe("the teacher's home page, unit introductions and standalone pages (Jekyll course copied in)", () => {
  const outDir = mkdtempSync(join(tmpdir(), "aula-jekyll-pages-"));
  const build = runBuild({
    AULA_CONTENT_DIR: join(fixture, "content"),
    AULA_PUBLIC_DIR: join(fixture, "public"),
    AULA_OUT_DIR: outDir,
    BASE_PATH: base,
    SITE_URL: "",
  });
  const { newPage } = useBrowser();
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    site = await serveSite(outDir, base);
  });
  afterAll(async () => {
    await site?.close();
  });

  it("builds, and says nothing about the pages: they are the course's, not lessons", () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/(index|acerca-de|licencia)\.md.*(aviso|error)/);
  });

  it("shows content/index.md on the home page: the hero image and a paragraph per unit, above the units", async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url);
    const intro = page.locator("main .page-intro");
    await expect(intro.textContent()).resolves.toContain("Bienvenidos al curso de Puesta en producción segura");
    await expect(intro.getByRole("img", { name: "Un aula de informática" }).isVisible()).resolves.toBe(true);
    await expect(brokenImages(page)).resolves.toEqual([]);
    // The repeated «# Ciberseguridad PePS» is the page's one h1, not a second one.
    await expect(page.locator("h1").allTextContents()).resolves.toEqual(["Ciberseguridad PePS"]);
    const introBox = await intro.boundingBox();
    const firstUnit = await page.locator(".unit-card").first().boundingBox();
    expect(introBox!.y + introBox!.height).toBeLessThanOrEqual(firstUnit!.y);
    // The intro's links to the units lead to the units' pages.
    await intro.getByRole("link", { name: "Tema 2" }).click();
    await page.waitForURL(`${site.url}tema2/`);
    await expect(page.locator("h1").textContent()).resolves.toBe("Cabeceras y servidores");
  });

  it("shows content/tema2/index.md on the unit's page, with its image, its quiz and the unit's lessons", async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}tema2/`);
    const intro = page.locator("main .page-intro");
    await expect(intro.textContent()).resolves.toContain("qué cabeceras de seguridad debe enviar un servidor");
    await expect(intro.getByRole("img", { name: "Raíz del servidor" }).isVisible()).resolves.toBe(true);
    await expect(brokenImages(page)).resolves.toEqual([]);
    await expect(page.locator(".unit-lessons a").allTextContents()).resolves.toEqual([
      "Docker",
      "Cabeceras",
      "Servidores",
      "Despliegue",
      "Permisos y plantillas",
    ]);
    // The quiz works as in a lesson.
    await page.getByRole("radio", { name: "Strict-Transport-Security" }).check();
    await page.getByRole("button", { name: "Comprobar" }).click();
    await expect(page.locator(".quiz__feedback").first().textContent()).resolves.toContain("¡Correcto!");
    // The unit has a title only in its introduction (curso.yaml does not list it): the home page uses it too.
    await page.goto(site.url);
    await expect(page.locator(".unit-card h2").allTextContents()).resolves.toContain("Cabeceras y servidores");
  });

  it("gives a standalone page its own address, a header or footer link, and a place in search", async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}tema2/despliegue/`);
    const header = page.getByRole("navigation", { name: "Páginas del curso", exact: true });
    await header.getByRole("link", { name: "Acerca de" }).click();
    await page.waitForURL(`${site.url}acerca-de/`);
    await expect(page.locator("h1").allTextContents()).resolves.toEqual(["Acerca de"]);
    await expect(page.locator("main").textContent()).resolves.toContain("Estos apuntes los escribe Víctor Ponz");
    await expect(header.getByRole("link", { name: "Acerca de" }).getAttribute("aria-current")).resolves.toBe("page");
    const footer = page.getByRole("navigation", { name: "Más páginas del curso", exact: true });
    await footer.getByRole("link", { name: "Licencia" }).click();
    await page.waitForURL(`${site.url}licencia/`);
    await expect(page.locator("main").textContent()).resolves.toContain("Creative Commons BY-SA 4.0");

    await page.getByRole("button", { name: "Buscar" }).click();
    await search(page, "errata");
    await expect(resultLinks(page).first().getAttribute("href")).resolves.toContain(`${base}acerca-de/`);
  });

  it("on a phone, the header's page links are in the footer", async () => {
    const page = await newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(site.url);
    await expect(page.getByRole("navigation", { name: "Páginas del curso", exact: true }).isVisible()).resolves.toBe(
      false,
    );
    const footer = page.getByRole("navigation", { name: "Más páginas del curso", exact: true });
    await expect(footer.getByRole("link", { name: "Acerca de" }).isVisible()).resolves.toBe(true);
    const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrolls).toBe(false);
  });

  it("keeps pages out of the lessons: lists, previous/next and the course's reading order", () => {
    // Old Jekyll addresses (`redirect_from`) are redirect pages, not lessons.
    const lessonPages = htmlFiles(outDir).filter(
      (path) =>
        /^tema\d+\/[^/]+\/index\.html$/.test(path) &&
        !readFileSync(join(outDir, path), "utf8").includes('http-equiv="refresh"'),
    );
    expect(lessonPages.sort()).toEqual([
      "tema1/http/index.html",
      "tema10/final/index.html",
      "tema2/cabeceras/index.html",
      "tema2/despliegue/index.html",
      "tema2/docker/index.html",
      "tema2/permisos/index.html",
      "tema2/servidores/index.html",
    ]);
    const home = readFileSync(join(outDir, "index.html"), "utf8");
    const listed = [...home.matchAll(/<li data-lesson-id="([^"]+)"/g)].map((m) => m[1]);
    expect(listed).toEqual([
      "tema1/http",
      "tema2/docker",
      "tema2/cabeceras",
      "tema2/servidores",
      "tema2/despliegue",
      "tema2/permisos",
      "tema10/final",
    ]);
    for (const path of lessonPages) {
      const pagination = /<nav class="pagination"[\s\S]*?<\/nav>/.exec(readFileSync(join(outDir, path), "utf8"))?.[0];
      expect(pagination, path).not.toMatch(/acerca-de|licencia|"\/ciberseguridad\/tema\d+\/"/);
    }
  });

  it("never shows «YouTube video player» nor a repeated callout label", async () => {
    for (const path of htmlFiles(outDir)) {
      const html = readFileSync(join(outDir, path), "utf8");
      expect(html, path).not.toContain("YouTube video player");
    }
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}tema2/despliegue/`);
    await expect(page.locator("figure.video .video__title").textContent()).resolves.toBe(
      "Vídeo: Apache en cinco minutos",
    );
    const callout = (await page.locator(".callout--task").innerText()).replace(/\s+/g, " ");
    expect(callout).toBe("Tarea Crear cuenta en el proveedor de alojamiento y anota el usuario.");
    // A bare example host is text; a public one is a link.
    await expect(page.getByRole("link", { name: "www.website1.local" }).count()).resolves.toBe(0);
    await expect(page.getByRole("link", { name: "www.apache.org" }).count()).resolves.toBe(1);
  });

  it("screenshots of the home, a unit and a standalone page at 360 and 1280 px, light and dark", async () => {
    mkdirSync(screensDir, { recursive: true });
    for (const colorScheme of ["light", "dark"] as const)
      for (const width of [360, 1280]) {
        const page = await newPage({ colorScheme, viewport: { width, height: 900 } });
        for (const [name, path] of [
          ["home", ""],
          ["unit", "tema2/"],
          ["page", "acerca-de/"],
        ] as const) {
          await page.goto(`${site.url}${path}`);
          const file = join(screensDir, `${name}-${width}-${colorScheme}.png`);
          const png = await page.screenshot({ path: file, fullPage: true });
          expect(png.length).toBeGreaterThan(5000);
          const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
          expect(scrolls, `${name} ${width}`).toBe(false);
        }
      }
  }, 300_000);
});
