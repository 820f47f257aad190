import { describe, expect, it } from "vitest";
import { useBrowser } from "./support/browser.ts";

const { siteUrl, newPage } = useBrowser();

describe("course navigation", () => {
  it("lists the unit's lessons in order on the home page", async () => {
    const page = await newPage();
    await page.goto(siteUrl);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("es");
    const titles = await page.locator(".unit-card ol > li > a").allTextContents();
    expect(titles).toEqual([
      "Tipos de hosting",
      "Virtualización",
      "Contenedores y sandboxing",
      "Docker para desarrollo",
      "Laboratorio 1: tu primer contenedor",
      "Laboratorio 2: una aplicación Apache + PHP en un contenedor",
    ]);
  });

  it("marks the current lesson and walks the course with previous/next", async () => {
    const page = await newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${siteUrl}tema2/virtualizacion/`);
    await expect(page.locator(".sidebar a[aria-current=page]").textContent()).resolves.toBe("Virtualización");
    await page.getByRole("link", { name: /Siguiente/ }).click();
    await page.waitForURL(`${siteUrl}tema2/contenedores-y-sandboxing/`);
    await expect(page.locator("h1").textContent()).resolves.toBe("Contenedores y sandboxing");
    await page.getByRole("link", { name: /Anterior/ }).click();
    await page.waitForURL(`${siteUrl}tema2/virtualizacion/`);
  });

  it("jumps to a section from the table of contents", async () => {
    const page = await newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    const toc = page.getByRole("navigation", { name: "Índice de la lección (columna)" });
    await toc.getByRole("link", { name: "Aislamiento del contenedor" }).click();
    expect(page.url()).toBe(`${siteUrl}tema2/laboratorio-1/#aislamiento-del-contenedor`);
    const top = await page.locator("#aislamiento-del-contenedor").evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
  });

  it("fits a 360 px phone: no horizontal scroll, menu collapsed until opened", async () => {
    const page = await newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${siteUrl}tema2/laboratorio-2/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Header controls keep their icon and stay on one line.
    const searchIcon = await page.getByRole("button", { name: "Buscar" }).locator("svg").boundingBox();
    expect(searchIcon?.width).toBeGreaterThan(10);
    const progress = await page.locator(".site-header").getByRole("link", { name: "Mi progreso" }).boundingBox();
    expect(progress?.height).toBeLessThan(48);
    const lessonLink = page.locator(".sidebar nav a", { hasText: "Virtualización" });
    await expect(lessonLink.isVisible()).resolves.toBe(false);
    await page.getByText("Menú del curso").click();
    await expect(lessonLink.isVisible()).resolves.toBe(true);
  });
});

describe("theme", () => {
  it("switches to dark, and keeps it after a reload without a flash of light", async () => {
    const page = await newPage({ colorScheme: "light" });
    await page.goto(`${siteUrl}tema2/tipos-de-hosting/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe("rgb(255, 255, 255)");
    const toggle = page.getByRole("button", { name: /Tema de color/ });
    await toggle.click(); // auto → claro
    await toggle.click(); // claro → oscuro
    await expect(toggle.getAttribute("aria-label")).resolves.toBe("Tema de color: Oscuro");
    expect(await background()).toBe("rgb(20, 23, 28)");
    await page.reload({ waitUntil: "commit" });
    await page.waitForSelector("body");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await background()).toBe("rgb(20, 23, 28)");
  });

  it("follows the system's dark mode when the reader chose nothing", async () => {
    const page = await newPage({ colorScheme: "dark" });
    await page.goto(siteUrl);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(20, 23, 28)");
  });

  it("survives corrupt or unavailable storage", async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("bloqueado", "SecurityError");
        },
      });
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${siteUrl}tema2/tipos-de-hosting/`);
    await page.getByRole("button", { name: /Tema de color/ }).click();
    expect(errors).toEqual([]);
  });
});

describe("without JavaScript", () => {
  it("reads the lesson, its code and its navigation", async () => {
    const page = await newPage({ javaScriptEnabled: false, viewport: { width: 1400, height: 900 } });
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    await expect(page.locator("h1").textContent()).resolves.toBe("Laboratorio 1: tu primer contenedor");
    await expect(page.getByText("docker container run hello-world").first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: /Siguiente/ }).isVisible()).resolves.toBe(true);
    // Buttons that need JS stay hidden rather than doing nothing.
    await expect(page.getByRole("button", { name: "Copiar el código al portapapeles" }).count()).resolves.toBe(0);
  });
});

describe("code blocks", () => {
  it("copies a terminal command without its prompt", async () => {
    const page = await newPage({ permissions: ["clipboard-read", "clipboard-write"] });
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    const block = page.locator("figure.code-block--commands").first();
    await block.getByRole("button", { name: "Copiar el código al portapapeles" }).click();
    // The label changes once the clipboard write resolves.
    await block
      .getByRole("button", { name: "Copiar el código al portapapeles" })
      .filter({ hasText: "Copiado" })
      .waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("docker container run hello-world");
  });
});
