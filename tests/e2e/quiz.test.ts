import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./support/browser.ts";
import { gzipBytes, pageScripts } from "./support/scripts.ts";

const { siteUrl, newPage } = useBrowser();
const lab1 = `${siteUrl}tema2/laboratorio-1/`;
const lab2 = `${siteUrl}tema2/laboratorio-2/`;

const quiz = (page: Page, n: number) => page.locator("aula-quiz").nth(n);
// From the built page, so adding a question to the lesson does not break these tests.
const lab1Quizzes = (
  readFileSync(join(inject("distDir"), "tema2/laboratorio-1/index.html"), "utf8").match(/<aula-quiz\b/g) ?? []
).length;

async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

describe("a quiz in the page", () => {
  it("shows both seed quizzes where they were written, as fieldsets with native inputs", async () => {
    const page = await newPage();
    await page.goto(lab1);
    const legends = await page.locator("aula-quiz fieldset legend").allTextContents();
    expect(legends.slice(0, 2)).toEqual([
      "Pregunta 1 ¿De dónde se extraen las imágenes por defecto cuando no se encuentran localmente?",
      "Pregunta 2 ¿Qué comando lista las imágenes de tu Docker?",
    ]);
    // The questions of the other types follow, numbered on.
    legends.slice(2).forEach((legend, i) => expect(legend).toMatch(new RegExp(`^Pregunta ${i + 3} `)));
    await expect(quiz(page, 0).getByRole("radio").count()).resolves.toBe(4);
    await expect(quiz(page, 1).getByRole("radio", { name: "docker image ls" }).count()).resolves.toBe(1);
    await expect(page.getByText("{:.quiz}").count()).resolves.toBe(0);
  });

  it("says a right answer is right, with its explanation", async () => {
    const page = await newPage();
    const errors = await watchErrors(page);
    await page.goto(lab1);
    const first = quiz(page, 0);
    await first.getByRole("radio", { name: "Docker Hub" }).check();
    await first.getByRole("button", { name: "Comprobar" }).click();
    await expect(first.getByRole("status").textContent()).resolves.toBe("✓ ¡Correcto!");
    const chosen = first.locator(".quiz__option").nth(1);
    await expect(chosen.locator(".quiz__mark").textContent()).resolves.toBe("✓ Correcta");
    await expect(chosen.getByText(/docker\.io\/library\/alpine:latest/).isVisible()).resolves.toBe(true);
    await expect(
      first
        .getByText(/Si el nombre no indica ninguno/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    // Nothing to reveal after a right answer: everything is shown, why the others are wrong too.
    await expect(first.getByRole("button", { name: "Ver solución" }).isVisible()).resolves.toBe(false);
    await expect(first.locator(".quiz__option .quiz__explanation:visible").count()).resolves.toBe(4);
    await expect(page.locator("[data-quiz-summary]").textContent()).resolves.toContain(
      `Cuestionarios de esta página: 1 de ${lab1Quizzes} correctas. Ver «Mi progreso»`,
    );
    expect(errors).toEqual([]);
  });

  it("says a wrong answer is wrong, by text and icon, without giving away the right one", async () => {
    const page = await newPage();
    await page.goto(lab1);
    const first = quiz(page, 0);
    await first.getByRole("radio", { name: "Docker Trusted Registry" }).check();
    await first.getByRole("button", { name: "Comprobar" }).click();
    await expect(first.getByRole("status").textContent()).resolves.toMatch(/^✗ Incorrecto/);
    const chosen = first.locator(".quiz__option", { hasText: "Docker Trusted Registry" });
    await expect(chosen.locator(".quiz__mark").textContent()).resolves.toBe("✗ Incorrecta");
    await expect(chosen.getByText(/nunca se usa por defecto/).isVisible()).resolves.toBe(true);
    const right = first.locator(".quiz__option").nth(1);
    await expect(right.locator(".quiz__mark").textContent()).resolves.toBe("");
    await expect(first.getByRole("radio", { name: "Docker Hub" }).isChecked()).resolves.toBe(false);
    await expect(first.locator(".quiz__explanation:visible").count()).resolves.toBe(1);
    // The general explanation names the answer: not shown until the solution.
    const general = first.locator("[data-general]");
    await expect(general.isVisible()).resolves.toBe(false);
    // The chosen option stays plain to see: drawn in the text colour, not a disabled grey.
    const look = await first
      .getByRole("radio", { name: "Docker Trusted Registry" })
      .evaluate((el) => [
        getComputedStyle(el).borderTopColor,
        getComputedStyle(el).opacity,
        getComputedStyle(document.body).color,
      ]);
    expect(look).toEqual([look[2], "1", look[2]]);

    await first.getByRole("button", { name: "Ver solución" }).click();
    await expect(right.locator(".quiz__mark").textContent()).resolves.toBe("✓ Correcta");
    await expect(first.getByRole("radio", { name: "Docker Hub" }).isChecked()).resolves.toBe(true);
    await expect(general.isVisible()).resolves.toBe(true);
    await expect(first.locator(".quiz__explanation:visible").count()).resolves.toBe(4);
  });

  it("keeps back an explanation that names the right answer until the solution", async () => {
    const page = await newPage();
    await page.goto(lab1);
    const first = quiz(page, 0);
    await first.getByRole("radio", { name: "Docker Store" }).check();
    await first.getByRole("button", { name: "Comprobar" }).click();
    const chosen = first.locator(".quiz__option", { hasText: "Docker Store" });
    await expect(chosen.locator(".quiz__mark").textContent()).resolves.toBe("✗ Incorrecta");
    // «…se integró en Docker Hub» would give the answer away.
    await expect(chosen.getByText(/en 2018 se integró en Docker Hub/).isVisible()).resolves.toBe(false);
    await first.getByRole("button", { name: "Ver solución" }).click();
    await expect(chosen.getByText(/en 2018 se integró en Docker Hub/).isVisible()).resolves.toBe(true);
  });

  it("scores a partial answer to a multiple-choice question", async () => {
    const page = await newPage();
    await page.goto(lab2);
    const multiple = quiz(page, 0);
    await expect(multiple.getByRole("checkbox").count()).resolves.toBe(4);
    await multiple.getByRole("checkbox", { name: /se pierde cuando se elimina/ }).check();
    await multiple.getByRole("checkbox", { name: /--detach/ }).check();
    await multiple.getByRole("button", { name: "Comprobar" }).click();
    await expect(multiple.getByRole("status").textContent()).resolves.toBe(
      "◐ Casi: has marcado 1 de 2 respuestas correctas y 1 incorrecta.",
    );
    // Each ticked box is marked right or wrong, with the wrong one's explanation; a right box left
    // unticked is not marked, and the general explanation waits for a right answer.
    await expect(multiple.locator(".quiz__mark").allTextContents()).resolves.toEqual([
      "✓ Correcta",
      "",
      "",
      "✗ Incorrecta",
    ]);
    await expect(multiple.locator(".quiz__explanation:visible").allTextContents()).resolves.toEqual([
      expect.stringMatching(/^--detach solo ejecuta/),
    ]);
    await expect(multiple.locator("[data-general]:visible").count()).resolves.toBe(0);
    await expect(multiple.getByRole("checkbox", { checked: true }).count()).resolves.toBe(2);
    // «Reintentar» keeps both boxes ticked: the student changes only what they want.
    await multiple.getByRole("button", { name: "Reintentar" }).click();
    await expect(multiple.getByRole("checkbox", { checked: true }).count()).resolves.toBe(2);
    await expect(multiple.locator(".quiz__mark").allTextContents()).resolves.toEqual(["", "", "", ""]);
    await multiple.getByRole("checkbox", { name: /se pierde cuando se elimina/ }).uncheck();
    await multiple.getByRole("checkbox", { name: /docker restart/ }).check();
    await multiple.getByRole("button", { name: "Comprobar" }).click();
    await expect(multiple.getByRole("status").textContent()).resolves.toBe(
      "✗ Incorrecto. Pulsa «Reintentar» para probar otra vez, o «Ver solución».",
    );
    await multiple.getByRole("button", { name: "Ver solución" }).click();
    await expect(multiple.locator(".quiz__mark").allTextContents()).resolves.toEqual([
      "✓ Correcta",
      "✓ Correcta",
      "✗ Incorrecta",
      "✗ Incorrecta",
    ]);
    await expect(multiple.locator("[data-general]").isVisible()).resolves.toBe(true);
  });

  it("retries, and reveals the solution", async () => {
    const page = await newPage();
    await page.goto(lab1);
    const second = quiz(page, 1);
    await second.getByRole("radio", { name: "docker run" }).check();
    await second.getByRole("button", { name: "Comprobar" }).click();
    await second.getByRole("button", { name: "Ver solución" }).click();
    await expect(second.getByRole("status").textContent()).resolves.toBe(
      "Solución: las respuestas correctas están marcadas.",
    );
    await expect(second.getByRole("radio", { name: "docker image ls" }).isChecked()).resolves.toBe(true);
    await expect(second.locator(".quiz__option .quiz__explanation:visible").count()).resolves.toBe(3);
    // «Reintentar» puts back the student's own answer, not the solution.
    await second.getByRole("button", { name: "Reintentar" }).click();
    await expect(second.getByRole("radio", { name: "docker run" }).isChecked()).resolves.toBe(true);
    await expect(second.getByRole("radio", { checked: true }).count()).resolves.toBe(1);
    await expect(second.locator("[data-general]").isVisible()).resolves.toBe(false);
    await expect(second.getByRole("radio", { name: "docker run" }).isEnabled()).resolves.toBe(true);
    await expect(second.getByRole("status").textContent()).resolves.toBe("");
    await expect(second.locator(".quiz__explanation:visible").count()).resolves.toBe(0);
    await second.getByRole("radio", { name: "docker image ls" }).check();
    await second.getByRole("button", { name: "Comprobar" }).click();
    await expect(second.getByRole("status").textContent()).resolves.toBe("✓ ¡Correcto!");
    // A right answer is done: neither «Reintentar» nor «Ver solución».
    await expect(second.getByRole("button", { name: /Reintentar|Ver solución|Comprobar/ }).count()).resolves.toBe(0);
  });

  it("keeps the last attempt in «Mi progreso» after «Reintentar», until the next check", async () => {
    const page = await newPage();
    await page.goto(lab1);
    const second = quiz(page, 1);
    await second.getByRole("radio", { name: "docker run" }).check();
    await second.getByRole("button", { name: "Comprobar" }).click();
    await second.getByRole("button", { name: "Reintentar" }).click();
    const status = (p: Page) =>
      p.locator("[data-progress-lesson] li", { hasText: "¿Qué comando lista" }).locator("[data-progress-status]");
    const progress = await page.context().newPage(); // same storage
    await progress.goto(`${siteUrl}progreso/`);
    await expect(status(progress).textContent()).resolves.toBe("✗ Intentada, sin acertar");
    await second.getByRole("radio", { name: "docker image ls" }).check();
    await second.getByRole("button", { name: "Comprobar" }).click();
    await progress.reload();
    await expect(status(progress).textContent()).resolves.toBe("✓ Correcta");
  });

  it("keeps answers after a reload", async () => {
    const page = await newPage();
    await page.goto(lab1);
    await quiz(page, 0).getByRole("radio", { name: "Docker Trusted Registry" }).check();
    await quiz(page, 0).getByRole("button", { name: "Comprobar" }).click();
    await quiz(page, 1).getByRole("radio", { name: "docker image ls" }).check();
    await quiz(page, 1).getByRole("button", { name: "Comprobar" }).click();
    await page.reload();
    await expect(quiz(page, 0).getByRole("radio", { name: "Docker Trusted Registry" }).isChecked()).resolves.toBe(true);
    await expect(quiz(page, 0).getByRole("status").textContent()).resolves.toMatch(/^✗ Incorrecto/);
    await expect(quiz(page, 1).getByRole("status").textContent()).resolves.toBe("✓ ¡Correcto!");
    await expect(page.locator("[data-quiz-summary]").textContent()).resolves.toContain(`1 de ${lab1Quizzes} correctas`);
  });

  it("works with the keyboard alone", async () => {
    const page = await newPage();
    await page.goto(lab1);
    await quiz(page, 0).getByRole("radio").first().focus();
    await page.keyboard.press("ArrowDown"); // Docker Hub
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Comprobar");
    await page.keyboard.press("Enter");
    await expect(quiz(page, 0).getByRole("status").textContent()).resolves.toBe("✓ ¡Correcto!");
    // Nothing is left to do, so focus goes to the verdict instead of getting lost on a hidden button.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("✓ ¡Correcto!");
    await expect(quiz(page, 0).getByRole("button", { name: "Reintentar" }).count()).resolves.toBe(0);
    // A wrong answer: focus on «Reintentar», which unlocks the radios with the answer still chosen.
    await quiz(page, 1).getByRole("radio").first().focus();
    await page.keyboard.press("ArrowDown"); // docker run
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Reintentar");
    await page.keyboard.press(" ");
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).resolves.toBe(true);
    await expect(quiz(page, 1).getByRole("radio", { checked: true }).count()).resolves.toBe(1);
  });

  it.each([
    ["a corrupt stored value", "{no es json"],
    ["a foreign stored value", JSON.stringify({ format: "otro", answers: [1, 2] })],
  ])("survives %s", async (_name, value) => {
    const page = await newPage();
    const errors = await watchErrors(page);
    await page.addInitScript((v) => localStorage.setItem("aula:progreso:v1", v), value);
    await page.goto(lab1);
    await quiz(page, 0).getByRole("radio", { name: "Docker Hub" }).check();
    await quiz(page, 0).getByRole("button", { name: "Comprobar" }).click();
    await expect(quiz(page, 0).getByRole("status").textContent()).resolves.toBe("✓ ¡Correcto!");
    expect(errors).toEqual([]);
  });

  it("survives storage that throws, keeping answers for the page", async () => {
    const page = await newPage();
    const errors = await watchErrors(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("bloqueado", "SecurityError");
        },
      });
    });
    await page.goto(lab1);
    await quiz(page, 1).getByRole("radio", { name: "docker image ls" }).check();
    await quiz(page, 1).getByRole("button", { name: "Comprobar" }).click();
    await expect(quiz(page, 1).getByRole("status").textContent()).resolves.toBe("✓ ¡Correcto!");
    await expect(page.locator("[data-quiz-summary]").textContent()).resolves.toContain(`1 de ${lab1Quizzes} correctas`);
    expect(errors).toEqual([]);
  });

  it("reads well without JavaScript, with the solution one click away", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(lab1);
    const first = quiz(page, 0);
    await expect(first.getByText("¿De dónde se extraen las imágenes").isVisible()).resolves.toBe(true);
    await expect(first.getByRole("radio", { name: "Docker Hub" }).isVisible()).resolves.toBe(true);
    await expect(first.getByRole("button").count()).resolves.toBe(0);
    const solution = first.locator("details");
    await expect(solution.getByText(/✓ Correcta: Docker Hub/).isVisible()).resolves.toBe(false);
    await solution.getByText("Ver solución").click();
    await expect(solution.getByText(/✓ Correcta: Docker Hub/).isVisible()).resolves.toBe(true);
    await expect(solution.getByText(/en 2018 se integró/).isVisible()).resolves.toBe(true);
  });

  it("prints as a numbered exercise with empty boxes", async () => {
    const page = await newPage();
    await page.goto(lab1);
    await quiz(page, 0).getByRole("radio", { name: "Docker Hub" }).check();
    await quiz(page, 0).getByRole("button", { name: "Comprobar" }).click();
    await page.emulateMedia({ media: "print" });
    const first = quiz(page, 0);
    await expect(first.locator(".quiz__number").textContent()).resolves.toBe("Pregunta 1");
    await expect(first.locator(".quiz__number").isVisible()).resolves.toBe(true);
    for (const hidden of [".quiz__actions", ".quiz__feedback", ".quiz__solution", ".quiz__explanation", ".quiz__mark"])
      await expect(first.locator(`${hidden}:visible`).count()).resolves.toBe(0);
    const box = await first
      .getByRole("radio", { name: "Docker Hub" })
      .evaluate((el) => [getComputedStyle(el).appearance, getComputedStyle(el).borderTopStyle]);
    expect(box).toEqual(["none", "solid"]);
  });
});

describe("quiz script", () => {
  const distDir = inject("distDir");
  const scriptsOf = (html: string) =>
    [...html.matchAll(/<script type="module" src="[^"]*\/(_astro\/[^"]+)"/g)].map((m) => m[1] ?? "");

  it("is loaded only on pages with quizzes", () => {
    const withQuiz = scriptsOf(readFileSync(join(distDir, "tema2/laboratorio-1/index.html"), "utf8"));
    const without = scriptsOf(readFileSync(join(distDir, "tema2/virtualizacion/index.html"), "utf8"));
    expect(withQuiz.some((f) => f.includes("QuizIsland"))).toBe(true);
    // Pages without quizzes load only the site-wide scripts (search loader), nothing of the quiz.
    expect(without.filter((f) => /quiz|storage/i.test(f))).toEqual([]);
  });

  it("weighs at most 5.5 KB gzip for all quiz behaviour of a choice lesson and the progress page", () => {
    // A page loads the shared quiz script and one script per question type it has (`<Type>Script.astro`).
    // The budget is the shared part, choice and «Mi progreso»; tests/e2e/quiz-types.test.ts weighs the rest.
    // What every page loads (the search button's loader) is not quiz behaviour: a page without quizzes has it too.
    const everyPage = new Set(pageScripts(distDir, "tema2/virtualizacion").flatMap((s) => s.files));
    expect(everyPage.size).toBeGreaterThan(0);
    const lab1 = pageScripts(distDir, "tema2/laboratorio-1");
    expect(lab1.some((s) => s.type === "choice")).toBe(true);
    const scripts = [...lab1.filter((s) => !s.type || s.type === "choice"), ...pageScripts(distDir, "progreso")];
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    const gzip = gzipBytes(distDir, scripts, everyPage);
    console.log(`quiz JS (shared, choice, progress page): ${gzip} B gzip`);
    // 5.5 KB since per-item marks, the kept attempt (issue 26) and SCORM package detection; the LMS bridge
    // itself is a separate chunk that only a SCORM package loads.
    expect(gzip).toBeLessThanOrEqual(5.5 * 1024);
    expect(readdirSync(join(distDir, "_astro")).length).toBeGreaterThan(0);
  });
});
