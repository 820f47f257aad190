import { describe, expect, it } from "vitest";
import { useBrowser } from "../e2e/support/browser.ts";
import { dialog, fold, resultLinks, search, sectionText, terms } from "../e2e/support/search.ts";
import { requireSampleCourse } from "./support/sample.ts";

requireSampleCourse();
const { siteUrl, newPage } = useBrowser();

describe("the sample course's search table (built site, non-root base)", () => {
  // What a student looking for each thing would want first, from reading the lessons in content/tema2/.
  const table = [
    {
      query: "contenedores",
      lesson: "contenedores-y-sandboxing",
      section: "usar-contenedores-para-optimizar-aún-más-los-recursos-de-los-data-center",
    },
    { query: "docker run", lesson: "laboratorio-1", section: "docker-container-run" },
    // Where «-v» is explained: «Un volumen puede ser un directorio o un archivo en el host, o un volumen con nombre…».
    { query: "volumen", lesson: "laboratorio-2", section: "primer-contenedor-en-docker" },
    {
      query: "hipervisor",
      lesson: "virtualizacion",
      section: "usar-virtualización-para-economizar-el-uso-de-recursos",
    },
    { query: "imagen", lesson: "laboratorio-1", section: "imágenes-del-docker" },
    { query: "Dockerfile", lesson: "laboratorio-2", section: "primer-contenedor-en-docker" },
    {
      query: "virtualizacion",
      lesson: "virtualizacion",
      section: "usar-virtualización-para-economizar-el-uso-de-recursos",
    },
    { query: "sandboxing", lesson: "contenedores-y-sandboxing", section: "sandboxing-o-aislamiento-de-procesos" },
    { query: "docker exec", lesson: "laboratorio-1", section: "aislamiento-del-contenedor" },
    { query: "hosting compartido", lesson: "tipos-de-hosting", section: "tipos-de-hosting" },
    { query: "desarrollo", lesson: "docker-para-desarrollo", section: "usar-docker-para-desarrollo" },
    { query: "terminologia", lesson: "laboratorio-1", section: "terminología" },
    { query: "zona horaria", lesson: "laboratorio-2", section: "primer-contenedor-en-docker" },
    {
      query: "kernel",
      lesson: "contenedores-y-sandboxing",
      section: "usar-contenedores-para-optimizar-aún-más-los-recursos-de-los-data-center",
    },
    { query: "docker container ls -a", lesson: "laboratorio-1", section: "docker-container-run" },
  ];

  for (const { query, lesson, section } of table) {
    it(`«${query}» opens ${lesson}#${section} first, a section that has it`, async () => {
      const page = await newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${siteUrl}tema2/tipos-de-hosting/`);
      await page.getByRole("button", { name: "Buscar" }).click();
      await search(page, query);
      const first = resultLinks(page).first();
      const href = decodeURIComponent((await first.getAttribute("href")) ?? "");
      const seen = await resultLinks(page).evaluateAll((links) =>
        links.map((a) => decodeURIComponent(a.getAttribute("href") ?? "")),
      );
      expect(href, seen.join("  ")).toBe(`/Ciberseguridad-PePS/tema2/${lesson}/#${section}`);
      await expect(first.locator("mark").count()).resolves.toBeGreaterThan(0);

      await first.click();
      await page.waitForURL((url) => url.pathname === `/Ciberseguridad-PePS/tema2/${lesson}/`);
      await expect(dialog(page).isVisible()).resolves.toBe(false);
      const text = fold(await sectionText(page));
      for (const term of terms(query)) expect(text).toContain(term);
      const top = await page.evaluate(
        () => document.getElementById(decodeURIComponent(location.hash.slice(1)))!.getBoundingClientRect().top,
      );
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(200);
    });
  }
});
