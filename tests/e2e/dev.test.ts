import {
  appendFileSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../src/core/browser/launch.ts";
import { descendants, isAlive, startDevServer, type DevServer } from "../../scripts/dev/server.ts";

// `astro dev` on a copy of a small course: every edit is made while the server and the page stay open.
const fixture = resolve(import.meta.dirname, "../fixtures/dev-course");
const wait = { timeout: 90_000 };
let dir: string;
let publicDir: string;
let server: DevServer;
let browser: Browser;
let page: Page;

const lesson = (name: string) => join(dir, "tema1", name);
const write = (name: string, text: string) => writeFileSync(lesson(name), text);
const original = (name: string) => readFileSync(join(fixture, "tema1", name), "utf8");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "aula-dev-"));
  cpSync(fixture, dir, { recursive: true });
  publicDir = mkdtempSync(join(tmpdir(), "aula-dev-public-"));
  server = await startDevServer({ contentDir: dir, env: { AULA_PUBLIC_DIR: publicDir } });
  browser = await launchChromium();
  page = await (await browser.newContext({ locale: "es-ES" })).newPage();
  await page.goto(`${server.url}tema1/inicio/`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(publicDir, { recursive: true, force: true });
});

describe("npm run dev while a teacher writes", () => {
  it("shows a new paragraph in the open page without a reload by hand", async () => {
    await page.getByText("Primer párrafo de la lección de inicio.").waitFor(wait);
    appendFileSync(lesson("01-inicio.md"), "\nUn párrafo escrito con el servidor en marcha.\n");
    await page.getByText("Un párrafo escrito con el servidor en marcha.").waitFor(wait);
  });

  it("shows a new quiz that can be answered", async () => {
    appendFileSync(
      lesson("01-inicio.md"),
      "\n{:.quiz}\n¿Qué comando lista los contenedores?\n\n- (x) docker ps\n- ( ) docker images\n",
    );
    const quiz = page.locator("aula-quiz").first();
    await quiz.getByRole("radio", { name: "docker ps" }).waitFor(wait);
    await quiz.getByRole("radio", { name: "docker ps" }).check();
    await quiz.getByRole("button", { name: "Comprobar" }).click();
    await expect(quiz.getByRole("status").textContent()).resolves.toContain("Correcto");
  });

  it("draws a new diagram as inline SVG", async () => {
    // A label of its own, so the diagram is not in the disk cache and the server's Chromium draws it.
    const node = `Imagen${Date.now().toString(36)}`;
    appendFileSync(
      lesson("01-inicio.md"),
      `\n\`\`\`mermaid\ngraph LR\n  accTitle: Del código a la imagen\n  Codigo --> ${node}\n\`\`\`\n`,
    );
    await page.locator("svg", { hasText: node }).first().waitFor(wait);
  });

  it("lists a quiz without a correct option on its page, with file:line, and other lessons still load", async () => {
    const broken = page.context();
    const other = await broken.newPage();
    await other.goto(`${server.url}tema1/siguiente/`);
    write(
      "02-siguiente.md",
      `${original("02-siguiente.md")}\n{:.quiz}\n¿Cuál es la buena?\n\n- ( ) Esta\n- ( ) Aquella\n`,
    );
    const banner = other.locator("[data-author-errors]");
    await banner.waitFor(wait);
    await expect(banner.textContent()).resolves.toMatch(
      /tema1\/02-siguiente\.md:8:1\s+error\s+.*\[quiz\/no-correct-option\]/,
    );
    await expect(other.getByText("La segunda lección sigue funcionando.").count()).resolves.toBe(0);
    expect(server.output()).toMatch(/02-siguiente\.md:8:1 {2}error {2}.*\[quiz\/no-correct-option\]/);

    const response = await page.goto(`${server.url}tema1/inicio/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Un párrafo escrito con el servidor en marcha.").count()).resolves.toBe(1);

    write(
      "02-siguiente.md",
      `${original("02-siguiente.md")}\n{:.quiz}\n¿Cuál es la buena?\n\n- (x) Esta\n- ( ) Aquella\n`,
    );
    await other.getByRole("radio", { name: "Esta" }).waitFor(wait);
    await expect(other.locator("[data-author-errors]").count()).resolves.toBe(0);
    await expect(other.getByText("La segunda lección sigue funcionando.").count()).resolves.toBe(1);
    await other.close();
  });

  it("puts a new lesson file in the sidebar", async () => {
    write("03-nueva.md", "---\ntitle: Una lección recién creada\ncategories: tema1\n---\n\nHola.\n");
    await page.locator("nav").getByRole("link", { name: "Una lección recién creada" }).first().waitFor(wait);
  });
  it("shows an image as soon as its file is copied into public/", async () => {
    await page.goto(`${server.url}tema1/inicio/`);
    appendFileSync(lesson("01-inicio.md"), "\n![Esquema de capas](/img/esquema.png)\n");
    await page.getByText("Figura no disponible").first().waitFor(wait);
    mkdirSync(join(publicDir, "img"));
    copyFileSync(
      resolve(import.meta.dirname, "../fixtures/jekyll-course/public/assets/img/tema2/raiz.png"),
      join(publicDir, "img/esquema.png"),
    );
    const image = page.getByRole("img", { name: "Esquema de capas" });
    await image.waitFor(wait);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth), wait).toBeGreaterThan(0);
  });

  it("forgets a deleted lesson: gone from the sidebar, and its errors are not printed again", async () => {
    write(
      "04-rota.md",
      "---\ntitle: Una lección con un error\ncategories: tema1\n---\n\n{:.quiz}\n¿Cuál?\n\n- ( ) Esta\n",
    );
    await expect.poll(() => server.output().includes("04-rota.md:6:1"), wait).toBe(true);
    unlinkSync(lesson("04-rota.md"));
    // The watcher picks the deletion up in its own time: reload until the sidebar follows it.
    const linksNamed = async (name: string) => {
      await page.reload();
      return page.locator("nav").getByRole("link", { name }).count();
    };
    await expect.poll(() => linksNamed("Una lección con un error"), wait).toBe(0);
    await expect(
      page.locator("nav").getByRole("link", { name: "Una lección recién creada" }).count(),
    ).resolves.toBeGreaterThan(0);
    // Adding a lesson runs the whole course again; the deleted file's error must not come back.
    const before = server.output().length;
    write("05-otra.md", "---\ntitle: Otra lección más\ncategories: tema1\n---\n\nAdiós.\n");
    await expect.poll(() => linksNamed("Otra lección más"), wait).toBeGreaterThan(0);
    expect(server.output().slice(before)).not.toContain("04-rota.md");
    // Three course re-runs in one test: on a loaded 2-core machine each can take most of a minute.
  }, 240_000);

  it("«Descargar PDF» says the PDF is made by npm run build, instead of a 404", async () => {
    await page.goto(`${server.url}tema1/inicio/`);
    const link = page.getByRole("link", { name: "Descargar PDF" });
    await expect(link.getAttribute("download")).resolves.toBeNull();
    await link.click();
    await page.getByRole("heading", { name: "Los PDF se hacen al compilar" }).waitFor(wait);
    await expect(page.locator("[data-dev-pdf]").textContent()).resolves.toContain("npm run build");
    await page.getByRole("link", { name: "Volver a la página anterior" }).click();
    await page.waitForURL(`${server.url}tema1/inicio/`, wait);
  });

  it("registers no service worker and offers no offline copy: a teacher always sees the page as it is now", async () => {
    await page.goto(server.url);
    await page.waitForLoadState("load");
    await expect(page.locator('link[rel="manifest"]').count()).resolves.toBe(0);
    await expect(page.locator("[data-offline-save]").count()).resolves.toBe(0);
    await expect(page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).resolves.toBe(0);
  });

  it("publishes a new standalone page at its own address, linked from the header", async () => {
    writeFileSync(
      join(dir, "acerca-de.md"),
      "---\ntitle: Acerca de este curso\nnav: header\n---\nLo escribe un profesor.\n",
    );
    await expect
      .poll(async () => {
        await page.goto(`${server.url}tema1/inicio/`);
        return page.getByRole("link", { name: "Acerca de este curso" }).count();
      }, wait)
      .toBeGreaterThan(0);
    await page.getByRole("link", { name: "Acerca de este curso" }).first().click();
    await page.waitForURL(`${server.url}acerca-de/`, wait);
    await page.getByText("Lo escribe un profesor.").waitFor(wait);
  });
});

describe("stopping the dev server", () => {
  it("leaves no Chromium or watcher process behind", async () => {
    const tree = descendants(server.process.pid!);
    const commands = tree.map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8");
      } catch {
        return "";
      }
    });
    // The diagram above started the server's own Chromium; it is still open for the next edit.
    expect(commands.some((c) => c.includes("chromium"))).toBe(true);
    await server.stop();
    await expect.poll(() => tree.filter(isAlive), { timeout: 30_000, interval: 250 }).toEqual([]);
    expect(isAlive(server.process.pid!)).toBe(false);
  });
});
