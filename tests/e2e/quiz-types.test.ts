import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./support/browser.ts";
import { gzipBytes, type PageScript, pageScripts } from "./support/scripts.ts";

// The sample course's short-answer and cloze questions (Laboratorio 1) and numeric one (Laboratorio 2).
const { siteUrl, newPage } = useBrowser();
const lab1 = `${siteUrl}tema2/laboratorio-1/`;
const lab2 = `${siteUrl}tema2/laboratorio-2/`;
const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

const ofType = (page: Page, type: string) => page.locator(`aula-quiz[data-quiz-type="${type}"]`).first();
const status = (page: Page, type: string) => ofType(page, type).getByRole("status").textContent();

async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

async function fillCloze(page: Page, values: string[]): Promise<void> {
  const quiz = ofType(page, "cloze");
  for (const [i, value] of values.entries()) await quiz.getByRole("textbox", { name: `Hueco ${i + 1}` }).fill(value);
  await quiz.getByRole("button", { name: "Comprobar" }).click();
}

async function typeAnswer(page: Page, type: string, value: string): Promise<void> {
  const quiz = ofType(page, type);
  await quiz.getByRole("textbox", { name: "Tu respuesta" }).fill(value);
  await quiz.getByRole("button", { name: "Comprobar" }).click();
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run(ctx: Element, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const found: string[] = [];
    for (const quiz of document.querySelectorAll("aula-quiz")) {
      const result = await axe.run(quiz, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      });
      found.push(...result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
    }
    return found;
  });
}

describe("cloze in the page (Laboratorio 1: docker run flags)", () => {
  it("renders the code with one labelled box per blank", async () => {
    const page = await newPage();
    await page.goto(lab1);
    const quiz = ofType(page, "cloze");
    await expect(quiz.locator(".quiz__typed-text pre").textContent()).resolves.toBe(
      "docker container run  alpine /bin/sh\ndocker container ls ",
    );
    await expect(quiz.getByRole("textbox").count()).resolves.toBe(2);
    await expect(page.getByText("[[").count()).resolves.toBe(0);
  });

  it("says a right answer is right, with the general explanation", async () => {
    const page = await newPage();
    const errors = await watchErrors(page);
    await page.goto(lab1);
    await fillCloze(page, ["-it", "--all"]);
    await expect(status(page, "cloze")).resolves.toBe("✓ ¡Correcto!");
    await expect(ofType(page, "cloze").locator("[data-general]").isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it("says which blanks are wrong when it is partly right, without giving the answer away", async () => {
    const page = await newPage();
    await page.goto(lab1);
    await fillCloze(page, ["-it", "-A"]);
    const quiz = ofType(page, "cloze");
    await expect(status(page, "cloze")).resolves.toMatch(/^◐ Casi: 1 de 2 huecos están bien/);
    await expect(quiz.getByRole("textbox", { name: "Hueco 2" }).getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(quiz.getByRole("textbox", { name: "Hueco 1" }).getAttribute("aria-invalid")).resolves.toBeNull();
    await expect(quiz.locator("[data-general]").isVisible()).resolves.toBe(false);
    // What the student sees (not the hidden solution) does not name the missing flag.
    await expect(quiz.evaluate((el) => (el as HTMLElement).innerText)).resolves.not.toMatch(/(^|\s)-a(\s|$)/);
  });

  it("says a wrong answer is wrong; code blanks count case", async () => {
    const page = await newPage();
    await page.goto(lab1);
    await fillCloze(page, ["-IT", "-x"]);
    await expect(status(page, "cloze")).resolves.toMatch(/^✗ Incorrecto/);
  });

  it("keeps the answer after a reload, and reveals the solution in the boxes", async () => {
    const page = await newPage();
    await page.goto(lab1);
    await fillCloze(page, ["-it", "-A"]);
    await page.reload();
    const quiz = ofType(page, "cloze");
    await expect(quiz.getByRole("textbox", { name: "Hueco 2" }).inputValue()).resolves.toBe("-A");
    await expect(quiz.getAttribute("data-state")).resolves.toBe("wrong");
    await quiz.getByRole("button", { name: "Ver solución" }).click();
    await expect(quiz.getByRole("textbox", { name: "Hueco 2" }).inputValue()).resolves.toBe("-a");
    await expect(status(page, "cloze")).resolves.toBe("Solución: la respuesta correcta está escrita en su sitio.");
    // «Reintentar» puts back the student's own answer, not the solution.
    await quiz.getByRole("button", { name: "Reintentar" }).click();
    await expect(quiz.getByRole("textbox", { name: "Hueco 1" }).inputValue()).resolves.toBe("-it");
    await expect(quiz.getByRole("textbox", { name: "Hueco 2" }).inputValue()).resolves.toBe("-A");
  });

  it("works with the keyboard alone", async () => {
    const page = await newPage();
    await page.goto(lab1);
    await ofType(page, "cloze").getByRole("textbox", { name: "Hueco 1" }).focus();
    await page.keyboard.type("-ti");
    await page.keyboard.press("Tab");
    await page.keyboard.type("-a");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Comprobar");
    await page.keyboard.press("Enter");
    await expect(status(page, "cloze")).resolves.toBe("✓ ¡Correcto!");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe("status");
  });
});

describe("short answer in the page (Laboratorio 1: docker container start)", () => {
  it("accepts any accepted answer, ignoring case and spaces, with its own feedback", async () => {
    const page = await newPage();
    await page.goto(lab1);
    await typeAnswer(page, "short", "  Docker   START ");
    await expect(status(page, "short")).resolves.toBe("✓ ¡Correcto!");
    const feedback = ofType(page, "short").locator("[data-answer]", { hasText: "También vale: es la forma corta" });
    await expect(feedback.isVisible()).resolves.toBe(true);
  });

  it("explains an anticipated wrong answer, and says nothing more of an unexpected one", async () => {
    const page = await newPage();
    await page.goto(lab1);
    const quiz = ofType(page, "short");
    await typeAnswer(page, "short", "docker container run");
    await expect(status(page, "short")).resolves.toMatch(/^✗ Incorrecto/);
    await expect(
      quiz.locator("[data-answer]", { hasText: "Esa orden crea un contenedor nuevo" }).isVisible(),
    ).resolves.toBe(true);
    await expect(quiz.locator("[data-general]").isVisible()).resolves.toBe(false);
    await quiz.getByRole("button", { name: "Reintentar" }).click();
    await typeAnswer(page, "short", "docker go");
    await expect(status(page, "short")).resolves.toMatch(/^✗ Incorrecto/);
    await expect(quiz.locator("[data-answer]:visible").count()).resolves.toBe(0);
  });

  it("asks for an answer before checking, keeps it after a reload, and works with the keyboard", async () => {
    const page = await newPage();
    await page.goto(lab1);
    const quiz = ofType(page, "short");
    await quiz.getByRole("button", { name: "Comprobar" }).click();
    await expect(status(page, "short")).resolves.toBe("Escribe una respuesta antes de comprobar.");
    await quiz.getByRole("textbox", { name: "Tu respuesta" }).focus();
    await page.keyboard.type("docker container start");
    await page.keyboard.press("Enter"); // checks, as in a form
    await expect(status(page, "short")).resolves.toBe("✓ ¡Correcto!");
    await page.reload();
    await expect(ofType(page, "short").getByRole("textbox").inputValue()).resolves.toBe("docker container start");
    await expect(status(page, "short")).resolves.toBe("✓ ¡Correcto!");
  });
});

describe("numeric in the page (Laboratorio 2: the published port)", () => {
  it("grades the number, says when it is not one, and keeps it after a reload", async () => {
    const page = await newPage();
    const errors = await watchErrors(page);
    await page.goto(lab2);
    const quiz = ofType(page, "numeric");
    await typeAnswer(page, "numeric", "ocho mil");
    await expect(status(page, "numeric")).resolves.toBe("Escribe solo un número, por ejemplo 1000.");
    await expect(quiz.locator(".quiz__hint").textContent()).resolves.toBe("Escribe un número.");
    await typeAnswer(page, "numeric", "80");
    await expect(status(page, "numeric")).resolves.toMatch(/^✗ Incorrecto/);
    const feedback = quiz.locator("[data-answer]", { hasText: "Eso es: el primer número" });
    await expect(feedback.isVisible()).resolves.toBe(false);
    await quiz.getByRole("button", { name: "Reintentar" }).click();
    await typeAnswer(page, "numeric", "8086");
    await expect(status(page, "numeric")).resolves.toBe("✓ ¡Correcto!");
    await expect(feedback.isVisible()).resolves.toBe(true);
    await page.reload();
    await expect(ofType(page, "numeric").getByRole("textbox").inputValue()).resolves.toBe("8086");
    await expect(ofType(page, "numeric").getAttribute("data-state")).resolves.toBe("correct");
    expect(errors).toEqual([]);
  });
});

describe("the new types without JavaScript, on paper, and for assistive technology", () => {
  it("read without JavaScript, with each solution in «Ver solución»", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(lab1);
    const cloze = ofType(page, "cloze");
    await expect(cloze.getByRole("button", { name: "Comprobar" }).isVisible()).resolves.toBe(false);
    await cloze.locator("summary").click();
    await expect(cloze.locator("details pre").textContent()).resolves.toBe(
      "docker container run -it alpine /bin/sh\ndocker container ls -a",
    );
    const short = ofType(page, "short");
    await short.locator("summary").click();
    await expect(short.locator("details li").first().textContent()).resolves.toBe("✓ Correcta: docker container start");
    await page.goto(lab2);
    const numeric = ofType(page, "numeric");
    await numeric.locator("summary").click();
    await expect(numeric.locator("details li").first().textContent()).resolves.toMatch(/^✓ Correcta: 8086/);
  });

  it("print blanks and answers as lines to write on, without marks or solutions", async () => {
    const page = await newPage();
    await page.goto(lab1);
    await fillCloze(page, ["-it", "-x"]);
    await page.emulateMedia({ media: "print" });
    const cloze = ofType(page, "cloze");
    for (const hidden of [".quiz__actions", ".quiz__feedback", ".quiz__solution", ".quiz__blank-mark"])
      await expect(cloze.locator(`${hidden}:visible`).count()).resolves.toBe(0);
    for (const box of [cloze.getByRole("textbox").first(), ofType(page, "short").getByRole("textbox")])
      await expect(
        box.evaluate((el) => [getComputedStyle(el).borderTopStyle, getComputedStyle(el).borderBottomStyle]),
      ).resolves.toEqual(["none", "solid"]);
  });

  it("have no WCAG 2.1 AA violation, answered or not", { timeout: 180_000 }, async () => {
    const page = await newPage({ bypassCSP: true });
    await page.goto(lab1);
    const found = await axeViolations(page);
    await fillCloze(page, ["-it", "-x"]);
    await typeAnswer(page, "short", "docker container run");
    found.push(...(await axeViolations(page)));
    await page.goto(lab2);
    await typeAnswer(page, "numeric", "80");
    found.push(...(await axeViolations(page)));
    expect(found).toEqual([]);
  });
});

describe("quiz JS per type", () => {
  const distDir = inject("distDir");

  it("loads each type's script only on pages with that type, and reports its weight", () => {
    const lab1 = pageScripts(distDir, "tema2/laboratorio-1");
    const lab2 = pageScripts(distDir, "tema2/laboratorio-2");
    const typesOf = (scripts: PageScript[]) => scripts.flatMap((s) => s.type ?? []).sort();
    expect(typesOf(lab1)).toEqual(["choice", "cloze", "short"]);
    expect(typesOf(lab2)).toEqual(["choice", "matching", "numeric", "ordering"]);
    expect(typesOf(pageScripts(distDir, "tema2/virtualizacion"))).toEqual([]);
    // A type's own bytes: its script and what it imports that the page's shared quiz script does not.
    const report: string[] = [];
    for (const [name, scripts] of [
      ["Laboratorio 1", lab1],
      ["Laboratorio 2", lab2],
    ] as const) {
      const shared = new Set(scripts.filter((s) => !s.type).flatMap((s) => s.files));
      for (const script of scripts.filter((s) => s.type))
        report.push(`${script.type} ${gzipBytes(distDir, [script], shared)} B`);
      const quiz = scripts.filter((s) => !s.files.some((f) => f.includes("SearchButton")));
      report.push(`${name}: ${gzipBytes(distDir, quiz)} B of quiz JS, ${gzipBytes(distDir, scripts)} B with search`);
    }
    console.log(`quiz JS gzip per type: ${report.join("; ")}`);
    expect(report).toHaveLength(9);
  });
});
