import type { Page } from "playwright-core";
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
  it("shows light, dark and system at once; dark sticks after a reload without a flash of light", async () => {
    const page = await newPage({ colorScheme: "light", viewport: { width: 360, height: 780 } });
    await page.goto(`${siteUrl}tema2/tipos-de-hosting/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe("rgb(255, 255, 255)");
    const group = page.getByRole("radiogroup", { name: "Tema de color" });
    const radios = group.getByRole("radio");
    await expect(radios.count()).resolves.toBe(3);
    for (const name of ["Claro", "Oscuro", "Automático"]) {
      const box = await group.getByText(name).locator("..").boundingBox();
      expect(box && box.width >= 24 && box.height >= 24 && box.x + box.width <= 360, name).toBe(true);
    }
    await expect(group.getByRole("radio", { name: "Automático" }).isChecked()).resolves.toBe(true);
    await group.getByRole("radio", { name: "Oscuro" }).check();
    expect(await background()).toBe("rgb(20, 23, 28)");
    await page.reload({ waitUntil: "commit" });
    await page.waitForSelector("body");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await background()).toBe("rgb(20, 23, 28)");
    await expect(group.getByRole("radio", { name: "Oscuro" }).isChecked()).resolves.toBe(true);
    // The keyboard moves between the three, like any radio group.
    await group.getByRole("radio", { name: "Oscuro" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(group.getByRole("radio", { name: "Automático" }).isChecked()).resolves.toBe(true);
    expect(await background()).toBe("rgb(255, 255, 255)");
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
    await page.getByRole("radio", { name: "Oscuro" }).check();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(errors).toEqual([]);
  });
});

describe("a long lab on a phone", () => {
  const phone = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };
  const middle = (page: Page) =>
    page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));

  for (const javaScriptEnabled of [true, false])
    it(`keeps «En esta página» and «Volver arriba» in view in the middle of Laboratorio 1 (JS ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const page = await newPage({ ...phone, javaScriptEnabled });
      await page.goto(`${siteUrl}tema2/laboratorio-1/`);
      await middle(page);
      const bar = page.locator("[data-toc-bar]");
      const summary = bar.locator("summary");
      const top = bar.getByRole("link", { name: "Volver arriba" });
      for (const control of [summary, top]) {
        const box = (await control.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThan(140);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      if (javaScriptEnabled) {
        // It names the section being read.
        await expect.poll(() => bar.locator("[data-toc-current]").textContent()).toMatch(/\S/);
      }
      // The list opens over the text and jumps to a section, which lands below the bar.
      await summary.click();
      const toc = page.getByRole("navigation", { name: "Índice de la lección", exact: true });
      await toc.getByRole("link", { name: "Aislamiento del contenedor" }).click();
      await page.waitForURL(/#aislamiento-del-contenedor$/);
      const heading = await page.locator("#aislamiento-del-contenedor").boundingBox();
      const barBox = await bar.boundingBox();
      if (javaScriptEnabled) await expect(toc.isVisible()).resolves.toBe(false);
      else await summary.click();
      const below = await bar.boundingBox();
      expect(heading!.y).toBeGreaterThanOrEqual(Math.min(barBox!.y + barBox!.height, below!.y + below!.height) - 1);
      await top.click();
      await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    });

  it("lists the quizzes in the table of contents, each linked to its question", async () => {
    const page = await newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    const toc = page.getByRole("navigation", { name: "Índice de la lección (columna)" });
    const entries = toc.getByRole("link", { name: /^Pregunta \d+ · / });
    const count = await page.locator("aula-quiz").count();
    expect(count).toBeGreaterThan(1);
    await expect(entries.count()).resolves.toBe(count);
    await expect(entries.nth(1).textContent()).resolves.toMatch(/^Pregunta 2 · ¿Qué comando lista las imágenes/);
    for (let i = 0; i < count; i++) {
      const id = decodeURIComponent((await entries.nth(i).getAttribute("href"))!.slice(1));
      const legend = await page.locator(`[id="${id}"] legend`).textContent();
      expect(legend).toMatch(new RegExp(`^Pregunta ${i + 1}\\b`));
    }
  });

  it("reaches the first quiz from the top of the page in four key presses", async () => {
    const page = await newPage(phone);
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Saltar a las preguntas" });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const box = (await skip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(
      page.evaluate(() => document.activeElement?.closest("aula-quiz")?.querySelector("legend")?.textContent),
    ).resolves.toMatch(/^Pregunta 1\b/);
  });

  it("shows «Siguiente» as a short card: a long title stops after two lines, its link still says it all", async () => {
    const page = await newPage(phone);
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    const next = page.getByRole("link", { name: /Siguiente/ });
    await expect(next.getAttribute("href")).resolves.toMatch(/laboratorio-2\/$/);
    const { lines, name } = await next.evaluate((a) => {
      const title = a.querySelector<HTMLElement>(".pagination__title")!;
      return {
        lines: Math.round(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight)),
        name: a.textContent,
      };
    });
    expect(lines).toBeLessThanOrEqual(2);
    expect(name).toContain("Laboratorio 2: una aplicación Apache + PHP en un contenedor");
  });
});

describe("the 404 page", () => {
  it("lists every lesson and searches the course", async () => {
    const page = await newPage({ viewport: { width: 360, height: 780 } });
    await page.goto(`${siteUrl}tema2/una-leccion-que-ya-no-existe/`);
    await expect(page.locator("h1").textContent()).resolves.toBe("Página no encontrada");
    const lessons = page.locator("main ol a");
    await expect(lessons.count()).resolves.toBe(6);
    await expect(lessons.nth(4).getAttribute("href")).resolves.toBe("/Ciberseguridad-PePS/tema2/laboratorio-1/");
    await page.getByRole("searchbox", { name: "Buscar en el curso" }).fill("hipervisor");
    await page.getByRole("button", { name: "Buscar", exact: true }).last().click();
    await page.waitForURL(/\?q=hipervisor/);
    await page.getByRole("dialog", { name: "Buscar en el curso" }).locator(".search-result__link").first().waitFor();
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
