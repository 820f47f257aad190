import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./support/browser.ts";
import { projectRoot } from "./support/site.ts";

const { siteUrl, newPage } = useBrowser();
const progressUrl = `${siteUrl}progreso/`;

// Quiz counts come from the built pages, so adding a question to the course does not break these tests.
const distDir = inject("distDir");
const built = (path: string) => readFileSync(join(distDir, path, "index.html"), "utf8");
const quizCount = (lesson: string) => (built(`tema2/${lesson}`).match(/<aula-quiz\b/g) ?? []).length;
const lab1Count = quizCount("laboratorio-1");
const lab2Count = quizCount("laboratorio-2");
const courseCount = (built("progreso").match(/<li data-quiz-id=/g) ?? []).length;
const word = (n: number, one: string, other: string) => (n === 1 ? one : other);
const total = (correct: number, answered: number) =>
  `Total: ${correct} de ${courseCount} ${word(courseCount, "correcta", "correctas")} · ${answered} ${word(answered, "respondida", "respondidas")}.`;
const lessonScore = (correct: number, count: number) =>
  `${correct} de ${count} ${word(count, "correcta", "correctas")}`;

async function answer(page: Page, lesson: string, n: number, choices: (string | RegExp)[]): Promise<void> {
  if (!page.url().endsWith(`${lesson}/`)) await page.goto(`${siteUrl}tema2/${lesson}/`);
  const quiz = page.locator("aula-quiz").nth(n);
  for (const name of choices)
    await quiz.getByRole(n === 0 && lesson === "laboratorio-2" ? "checkbox" : "radio", { name }).check();
  await quiz.getByRole("button", { name: "Comprobar" }).click();
  await quiz.locator("[data-feedback]:not(:empty)").waitFor();
}

/** Lab 1: one right, one wrong; lab 2: a partial (so wrong) answer. */
async function answerSome(page: Page): Promise<void> {
  await answer(page, "laboratorio-1", 0, ["Docker Hub"]);
  await answer(page, "laboratorio-1", 1, ["docker run"]);
  await answer(page, "laboratorio-2", 0, [/se pierde cuando se elimina/]);
}

/** What a student of the first release has in storage (format v1). */
const v1File = resolve(projectRoot, "tests/fixtures/progress-v1.json");
const v1Store = readFileSync(v1File, "utf8");

const lessonSection = (page: Page, title: string) =>
  page.locator("[data-progress-lesson]", { has: page.getByRole("heading", { name: title }) });

describe("«Mi progreso»", () => {
  it("is linked from the header and left out of search", async () => {
    const page = await newPage();
    await page.goto(`${siteUrl}tema2/tipos-de-hosting/`);
    await page.getByRole("link", { name: "Mi progreso" }).click();
    await page.waitForURL(progressUrl);
    await expect(page.locator("h1").textContent()).resolves.toBe("Mi progreso");
    await expect(page.locator("[data-pagefind-body]").count()).resolves.toBe(0);
  });

  it("lists every lesson's quizzes with scores and totals", async () => {
    const page = await newPage();
    await page.goto(progressUrl);
    await expect(page.locator("[data-progress-total]").textContent()).resolves.toBe(total(0, 0));
    await answerSome(page);
    await page.goto(progressUrl);
    await expect(page.locator("[data-progress-total]").textContent()).resolves.toBe(total(1, 3));
    const lab1 = lessonSection(page, "Laboratorio 1: tu primer contenedor");
    await expect(lab1.locator("[data-progress-score]").textContent()).resolves.toBe(lessonScore(1, lab1Count));
    const items = await lab1.locator("li").allTextContents();
    expect(items).toHaveLength(lab1Count);
    expect(items.slice(0, 2)).toEqual([
      "¿De dónde se extraen las imágenes por defecto cuando no se encuentran localmente? ✓ Correcta",
      "¿Qué comando lista las imágenes de tu Docker? ✗ Intentada, sin acertar",
    ]);
    for (const item of items.slice(2)) expect(item).toMatch(/ – Sin responder$/);
    const lab2 = lessonSection(page, "Laboratorio 2: una aplicación Apache + PHP en un contenedor");
    await expect(lab2.locator("[data-progress-score]").textContent()).resolves.toBe(lessonScore(0, lab2Count));
  });

  it("resets one lesson, then everything", async () => {
    const page = await newPage();
    await answerSome(page);
    await page.goto(progressUrl);
    const lab1 = lessonSection(page, "Laboratorio 1: tu primer contenedor");
    // Both resets ask first; saying no keeps the answers.
    const asked: string[] = [];
    page.once("dialog", (dialog) => void (asked.push(dialog.message()), dialog.dismiss()));
    await lab1.getByRole("button", { name: "Reiniciar esta lección" }).click();
    expect(asked).toEqual(["¿Borrar tus respuestas de «Laboratorio 1: tu primer contenedor»? No se puede deshacer."]);
    await expect(lab1.locator("[data-progress-score]").textContent()).resolves.toBe(lessonScore(1, lab1Count));
    page.once("dialog", (dialog) => void dialog.accept());
    await lab1.getByRole("button", { name: "Reiniciar esta lección" }).click();
    await expect(lab1.locator("[data-progress-score]").textContent()).resolves.toBe(lessonScore(0, lab1Count));
    await expect(page.locator("[data-progress-total]").textContent()).resolves.toBe(total(0, 1));
    page.once("dialog", (dialog) => void dialog.dismiss());
    await page.getByRole("button", { name: "Reiniciar todo" }).click();
    await expect(page.locator("[data-progress-total]").textContent()).resolves.toBe(total(0, 1));
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Reiniciar todo" }).click();
    await expect(page.locator("[data-progress-total]").textContent()).resolves.toBe(total(0, 0));
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    await expect(page.locator("aula-quiz").first().getByRole("radio", { checked: true }).count()).resolves.toBe(0);
  });

  it("exports progress to a JSON file and imports it back", async () => {
    const page = await newPage();
    await answerSome(page);
    await page.goto(progressUrl);
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Exportar progreso" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^aula-progreso-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(tmpdir(), `aula-progreso-${process.pid}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, "utf8")) as { answers: Record<string, unknown> };
    expect(Object.keys(exported.answers)).toHaveLength(3);

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Reiniciar todo" }).click();
    await expect(page.locator("[data-progress-total]").textContent()).resolves.toContain("0 respondidas");

    await page.locator("input[type=file]").setInputFiles(file);
    await page.locator("[data-progress-message]", { hasText: "Progreso importado: 3 respuestas." }).waitFor();
    await expect(page.locator("[data-progress-total]").textContent()).resolves.toBe(total(1, 3));
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    await expect(
      page.locator("aula-quiz").first().getByRole("radio", { name: "Docker Hub" }).isChecked(),
    ).resolves.toBe(true);
  });

  it("validates an import before using it", async () => {
    const page = await newPage();
    await answerSome(page);
    await page.goto(progressUrl);
    for (const [name, content] of [
      ["roto.json", "{no es json"],
      ["ajeno.json", JSON.stringify({ format: "aula-progreso", version: 1, answers: { x: { selected: "todo" } } })],
    ]) {
      const file = join(tmpdir(), `${process.pid}-${name}`);
      writeFileSync(file, content ?? "");
      await page.locator("input[type=file]").setInputFiles(file);
      await page
        .locator("[data-progress-message]", {
          hasText: "Ese archivo no es un progreso de aula válido; tu progreso no ha cambiado.",
        })
        .waitFor();
      await expect(page.locator("[data-progress-total]").textContent()).resolves.toBe(total(1, 3));
    }
  });

  it("survives corrupt storage and storage that throws", async () => {
    const corrupt = await newPage();
    const errors: string[] = [];
    corrupt.on("pageerror", (e) => errors.push(e.message));
    await corrupt.addInitScript(() => localStorage.setItem("aula:progreso:v1", "[[["));
    await corrupt.goto(progressUrl);
    await expect(corrupt.locator("[data-progress-total]").textContent()).resolves.toContain(
      `0 de ${courseCount} correctas`,
    );
    await expect(corrupt.getByText("Activa JavaScript").count()).resolves.toBe(0);

    const blocked = await newPage();
    blocked.on("pageerror", (e) => errors.push(e.message));
    await blocked.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("bloqueado", "SecurityError");
        },
      });
    });
    await blocked.goto(progressUrl);
    await expect(blocked.locator("[data-progress-total]").textContent()).resolves.toContain(
      `0 de ${courseCount} correctas`,
    );
    blocked.once("dialog", (dialog) => void dialog.accept());
    await blocked.getByRole("button", { name: "Reiniciar esta lección" }).first().click();
    await expect(blocked.locator("[data-progress-storage]").isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it("keeps a v1 store of the first release: the lesson shows its answers, and it moves to the current key", async () => {
    const page = await newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript((v) => {
      if (!sessionStorage.getItem("seeded")) localStorage.setItem("aula:progreso:v1", v);
      sessionStorage.setItem("seeded", "1");
    }, v1Store);
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    const [first, second] = [0, 1].map((n) => page.locator("aula-quiz").nth(n));
    await expect(first!.getByRole("radio", { name: "Docker Hub" }).isChecked()).resolves.toBe(true);
    await expect(first!.getByRole("status").textContent()).resolves.toBe("✓ ¡Correcto!");
    await expect(first!.getAttribute("data-state")).resolves.toBe("correct");
    await expect(second!.getByRole("radio", { name: "docker run" }).isChecked()).resolves.toBe(true);
    await expect(second!.getByRole("status").textContent()).resolves.toMatch(/^✗ Incorrecto/);
    await expect(page.locator("[data-quiz-summary]").textContent()).resolves.toContain(lessonScore(1, lab1Count));
    await page.goto(`${siteUrl}tema2/laboratorio-2/`);
    await expect(page.locator("aula-quiz").first().getAttribute("data-state")).resolves.toBe("revealed");
    await page.goto(progressUrl);
    await expect(page.locator("[data-progress-total]").textContent()).resolves.toBe(total(1, 3));
    // The first answer saved writes the current format and leaves no stale v1 copy behind.
    await page.goto(`${siteUrl}tema2/laboratorio-1/`);
    const retried = page.locator("aula-quiz").nth(1);
    await retried.getByRole("button", { name: "Reintentar" }).click();
    await retried.getByRole("radio", { name: "docker image ls" }).check();
    await retried.getByRole("button", { name: "Comprobar" }).click();
    await expect(retried.getByRole("status").textContent()).resolves.toBe("✓ ¡Correcto!");
    const stored = await page.evaluate(() => [
      localStorage.getItem("aula:progreso:v2"),
      localStorage.getItem("aula:progreso:v1"),
    ]);
    expect(stored[1]).toBeNull();
    const v2 = JSON.parse(stored[0] ?? "{}") as { version: number; answers: Record<string, unknown> };
    expect(v2.version).toBe(2);
    expect(Object.keys(v2.answers)).toHaveLength(3);
    expect(v2.answers).toHaveProperty(["tema2/laboratorio-1#q14s9kvz"], {
      type: "choice",
      v: 1,
      value: { selected: [1] },
      correct: true,
    });
    expect(errors).toEqual([]);
  });

  it("imports a v1 progress file exported by the first release", async () => {
    const page = await newPage();
    await page.goto(progressUrl);
    await page.locator("input[type=file]").setInputFiles(v1File);
    await page.locator("[data-progress-message]", { hasText: "Progreso importado: 3 respuestas." }).waitFor();
    await expect(page.locator("[data-progress-total]").textContent()).resolves.toBe(total(1, 3));
  });

  it("lists the lessons without JavaScript", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(progressUrl);
    await expect(page.locator("[data-progress-lesson] h3").allTextContents()).resolves.toEqual([
      "Laboratorio 1: tu primer contenedor",
      "Laboratorio 2: una aplicación Apache + PHP en un contenedor",
    ]);
    await expect(page.getByText("Activa JavaScript").isVisible()).resolves.toBe(true);
    await expect(page.locator("[data-progress-score]").allTextContents()).resolves.toEqual(
      [lab1Count, lab2Count].map((n) => `${n} ${word(n, "pregunta", "preguntas")}`),
    );
    // Buttons that need JS stay hidden rather than doing nothing.
    await expect(page.locator("main").getByRole("button").count()).resolves.toBe(0);
  });
});
