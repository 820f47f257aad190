import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./support/browser.ts";

// Ordering and matching, the hint and shuffling, on the sample course's Laboratorio 2 (its quizzes 2 and 3).
const { siteUrl, newPage } = useBrowser();
const lab2 = `${siteUrl}tema2/laboratorio-2/`;
const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

const quizById = (page: Page, id: string) => page.locator(`aula-quiz[data-quiz-id="tema2/laboratorio-2#${id}"]`);
const ordering = (page: Page) => quizById(page, "publicar-la-imagen");
const matching = (page: Page) => quizById(page, "scripts-del-laboratorio");
const steps = [
  "Escribir el Dockerfile",
  "Construir la imagen",
  "Darle el nombre",
  "Subirla a Docker Hub",
  "En el otro equipo",
];
const pairs: [string, string][] = [
  ["build.sh", "Construye la imagen chapter2 a partir del Dockerfile"],
  ["debug.sh", "Lanza el contenedor en primer plano, con el código montado en /home/app"],
  ["persist.sh", "Como debug.sh, pero con un volumen con nombre en /data"],
  ["run.sh", "Lanza el contenedor en segundo plano (--detach), como en producción"],
];
const spare = "Sube la imagen a Docker Hub";

/** Opens (or reloads) the lesson and waits for its two new quizzes to be ready. */
async function open(page: Page, reload = false): Promise<void> {
  if (reload) await page.reload();
  else await page.goto(lab2);
  for (const quiz of [ordering(page), matching(page)]) await quiz.locator("[data-actions]:not([hidden])").waitFor();
}

const orderOf = (quiz: Locator) =>
  quiz.locator("ol.quiz__order > li").evaluateAll((lis) => lis.map((li) => Number((li as HTMLElement).dataset.key)));
const status = (quiz: Locator) => quiz.locator("[data-feedback]").textContent();
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");

/** Puts the items in `target` order (written positions) with «Subir», as a student would. */
async function arrange(quiz: Locator, target: number[]): Promise<void> {
  for (const [place, key] of target.entries()) {
    for (let guard = 0; guard < 10; guard++) {
      const order = await orderOf(quiz);
      if (order.indexOf(key) <= place) break;
      await quiz.locator(`li[data-key="${key}"] [data-move=up]`).click();
    }
  }
  expect(await orderOf(quiz)).toEqual(target);
}

async function match(quiz: Locator, chosen: (string | undefined)[]): Promise<void> {
  for (const [i, right] of chosen.entries())
    if (right) await quiz.getByRole("combobox", { name: pairs[i]![0] }).selectOption({ label: right });
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

describe("ordering in the page", () => {
  it("starts scrambled, with «Subir»/«Bajar» per item, and a right order is right", async () => {
    const page = await newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await open(page);
    const quiz = ordering(page);
    expect(await orderOf(quiz)).not.toEqual([0, 1, 2, 3, 4]);
    await expect(quiz.getByRole("button", { name: /^Subir/ }).count()).resolves.toBe(5);
    await expect(quiz.getByRole("button", { name: /^Bajar Escribir el Dockerfile/ }).isVisible()).resolves.toBe(true);
    await arrange(quiz, [0, 1, 2, 3, 4]);
    await quiz.getByRole("button", { name: "Comprobar" }).click();
    await expect(status(quiz)).resolves.toBe("✓ ¡Correcto!");
    await expect(quiz.locator(".quiz__mark").allTextContents()).resolves.toEqual(Array(5).fill("✓ En su lugar"));
    await expect(quiz.locator("[data-general]").isVisible()).resolves.toBe(true);
    await expect(quiz.locator("[data-move]:visible").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it("says how many are in place when partly right, and marks each item; the solution shows the order", async () => {
    const page = await newPage();
    await open(page);
    const quiz = ordering(page);
    await arrange(quiz, [0, 1, 2, 4, 3]);
    await quiz.getByRole("button", { name: "Comprobar" }).click();
    await expect(status(quiz)).resolves.toBe(
      "◐ Casi: 3 de 5 elementos están en su lugar. Pulsa «Reintentar» para probar otra vez, o «Ver solución».",
    );
    await expect(quiz.locator(".quiz__mark").allTextContents()).resolves.toEqual([
      ...Array(3).fill("✓ En su lugar"),
      ...Array(2).fill("✗ Fuera de su lugar"),
    ]);
    await expect(quiz.locator("[data-general]").isVisible()).resolves.toBe(false);
    await quiz.getByRole("button", { name: "Ver solución" }).click();
    expect(await orderOf(quiz)).toEqual([0, 1, 2, 3, 4]);
    await expect(quiz.locator("[data-general]").isVisible()).resolves.toBe(true);
  });

  it("says a wrong order is wrong; «Reintentar» keeps the student's order, unmarked", async () => {
    const page = await newPage();
    await open(page);
    const quiz = ordering(page);
    await arrange(quiz, [1, 0, 3, 4, 2]);
    await quiz.getByRole("button", { name: "Comprobar" }).click();
    await expect(status(quiz)).resolves.toMatch(/^✗ Incorrecto/);
    await expect(quiz.locator(".quiz__mark").allTextContents()).resolves.toEqual(Array(5).fill("✗ Fuera de su lugar"));
    await quiz.getByRole("button", { name: "Reintentar" }).click();
    expect(await orderOf(quiz)).toEqual([1, 0, 3, 4, 2]);
    await expect(quiz.locator(".quiz__mark").allTextContents()).resolves.toEqual(Array(5).fill(""));
    await expect(quiz.locator("[data-move]:enabled").count()).resolves.toBe(8);
  });

  it("keeps the answer after a reload", async () => {
    const page = await newPage();
    await open(page);
    await arrange(ordering(page), [0, 1, 2, 4, 3]);
    await ordering(page).getByRole("button", { name: "Comprobar" }).click();
    await open(page, true);
    expect(await orderOf(ordering(page))).toEqual([0, 1, 2, 4, 3]);
    await expect(status(ordering(page))).resolves.toMatch(/^◐ Casi: 3 de 5/);
  });

  it("works with the keyboard alone: focus follows the moved item and its new place is announced", async () => {
    const page = await newPage();
    await open(page);
    const quiz = ordering(page);
    const [firstKey] = await orderOf(quiz);
    await quiz.locator("ol.quiz__order > li").first().locator("[data-move=down]").focus();
    await page.keyboard.press("Enter");
    expect((await orderOf(quiz))[1]).toBe(firstKey);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return [el.dataset.move, el.closest("li")?.dataset.key];
    });
    expect(focused).toEqual(["down", String(firstKey)]);
    await expect(quiz.locator("[data-order-status]").textContent()).resolves.toMatch(/, ahora en el lugar 2 de 5\.$/);
    // At the bottom, «Bajar» is disabled: focus moves to «Subir» of the same item.
    for (let i = 0; i < 3; i++) await page.keyboard.press(" ");
    expect((await orderOf(quiz))[4]).toBe(firstKey);
    await expect(activeText(page)).resolves.toMatch(/^Subir/);
    for (let i = 0; i < 6 && (await activeText(page)) !== "Comprobar"; i++) await page.keyboard.press("Tab");
    await expect(activeText(page)).resolves.toBe("Comprobar");
    await page.keyboard.press("Enter");
    await expect(status(quiz)).resolves.not.toBe("");
    await expect(activeText(page)).resolves.toBe("Reintentar");
    await page.keyboard.press("Enter");
    // Back to the first thing to do: the first enabled move button.
    await expect(activeText(page)).resolves.toMatch(/^Bajar/);
  });

  it("reads without JavaScript, with the order in «Ver solución»", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(lab2);
    const quiz = ordering(page);
    await expect(quiz.getByRole("button").count()).resolves.toBe(0);
    await expect(quiz.locator("ol.quiz__order > li").count()).resolves.toBe(5);
    const solution = quiz.locator("details.quiz__solution");
    await solution.locator("summary").click();
    const written = await solution.locator("ol > li").allTextContents();
    expect(written.map((t, i) => t.startsWith(steps[i]!))).toEqual(Array(5).fill(true));
  });
});

describe("matching in the page", () => {
  it("has a labelled <select> per left item, with every right item; a right answer is right", async () => {
    const page = await newPage();
    await open(page);
    const quiz = matching(page);
    await expect(quiz.getByRole("combobox").count()).resolves.toBe(4);
    const options = await quiz.getByRole("combobox", { name: "build.sh" }).locator("option").allTextContents();
    expect(options[0]).toBe("Elige…");
    expect(options.slice(1).sort()).toEqual([...pairs.map((p) => p[1]), spare].sort());
    await match(
      quiz,
      pairs.map((p) => p[1]),
    );
    await quiz.getByRole("button", { name: "Comprobar" }).click();
    await expect(status(quiz)).resolves.toBe("✓ ¡Correcto!");
    await expect(quiz.locator(".quiz__mark").allTextContents()).resolves.toEqual(Array(4).fill("✓ Pareja correcta"));
    await expect(quiz.locator("select:disabled").count()).resolves.toBe(4);
  });

  it("says how many pairs are right when partly right, and marks each pair; the solution fills them in", async () => {
    const page = await newPage();
    await open(page);
    const quiz = matching(page);
    await match(quiz, [pairs[0]![1], pairs[1]![1], spare, undefined]);
    await quiz.getByRole("button", { name: "Comprobar" }).click();
    await expect(status(quiz)).resolves.toBe(
      "◐ Casi: 2 de 4 parejas están bien. Pulsa «Reintentar» para probar otra vez, o «Ver solución».",
    );
    await expect(quiz.locator(".quiz__mark").allTextContents()).resolves.toEqual([
      "✓ Pareja correcta",
      "✓ Pareja correcta",
      "✗ Pareja incorrecta",
      "✗ Pareja incorrecta",
    ]);
    await expect(quiz.locator("select[aria-invalid=true]").count()).resolves.toBe(2);
    await quiz.getByRole("button", { name: "Ver solución" }).click();
    for (const [left, right] of pairs)
      await expect(
        quiz.getByRole("combobox", { name: left }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text),
      ).resolves.toBe(right);
  });

  it("says a wrong answer is wrong, keeps it after a reload, and «Reintentar» keeps the choices", async () => {
    const page = await newPage();
    await open(page);
    await match(matching(page), [spare, pairs[0]![1], undefined, undefined]);
    await matching(page).getByRole("button", { name: "Comprobar" }).click();
    await expect(status(matching(page))).resolves.toMatch(/^✗ Incorrecto/);
    await open(page, true);
    const quiz = matching(page);
    await expect(status(quiz)).resolves.toMatch(/^✗ Incorrecto/);
    await expect(
      quiz.getByRole("combobox", { name: "build.sh" }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text),
    ).resolves.toBe(spare);
    await quiz.getByRole("button", { name: "Reintentar" }).click();
    await expect(
      quiz
        .locator("select:enabled")
        .evaluateAll((s) => s.map((x) => (x as HTMLSelectElement).selectedOptions[0]?.text)),
    ).resolves.toEqual([spare, pairs[0]![1], "Elige…", "Elige…"]);
    await expect(quiz.locator(".quiz__mark").allTextContents()).resolves.toEqual(Array(4).fill(""));
  });

  it("works with the keyboard alone", async () => {
    const page = await newPage();
    await open(page);
    const quiz = matching(page);
    await quiz.getByRole("combobox", { name: "build.sh" }).focus();
    for (let i = 0; i < 4; i++) {
      // A closed <select> changes with the arrow keys; pick the right item by its text.
      const select = quiz.getByRole("combobox", { name: pairs[i]![0] });
      for (let k = 0; k < 6; k++) {
        const text = await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text);
        if (text === pairs[i]![1]) break;
        await page.keyboard.press("ArrowDown");
      }
      await page.keyboard.press("Tab");
    }
    for (let i = 0; i < 4 && (await activeText(page)) !== "Comprobar"; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(status(quiz)).resolves.toBe("✓ ¡Correcto!");
  });

  it("works without JavaScript: the selects and the pairs in «Ver solución»", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(lab2);
    const quiz = matching(page);
    await expect(quiz.getByRole("combobox").count()).resolves.toBe(4);
    await expect(quiz.getByRole("button").count()).resolves.toBe(0);
    const solution = quiz.locator("details.quiz__solution");
    await solution.locator("summary").click();
    await expect(solution.locator("li").allTextContents()).resolves.toEqual(pairs.map(([l, r]) => `${l} → ${r}`));
    await expect(solution.getByText(`Sobran: ${spare}`).isVisible()).resolves.toBe(true);
  });
});

describe("«Mi progreso»", () => {
  it("lists the new types' answers: right, and tried without getting it right", async () => {
    const page = await newPage();
    await open(page);
    await arrange(ordering(page), [0, 1, 2, 4, 3]);
    await ordering(page).getByRole("button", { name: "Comprobar" }).click();
    await match(
      matching(page),
      pairs.map((p) => p[1]),
    );
    await matching(page).getByRole("button", { name: "Comprobar" }).click();
    await page.goto(`${siteUrl}progreso/`);
    const status = (text: RegExp) =>
      page.locator("[data-progress-lesson] li", { hasText: text }).locator("[data-progress-status]").textContent();
    await expect(status(/Ordena los pasos/)).resolves.toBe("✗ Intentada, sin acertar");
    await expect(status(/Qué hace cada script/)).resolves.toBe("✓ Correcta");
  });
});

describe("hint", () => {
  it("is behind «Ver pista», a toggle button with JavaScript and a <details> without", async () => {
    const page = await newPage();
    await open(page);
    const quiz = ordering(page);
    const button = quiz.getByRole("button", { name: "Ver pista" });
    await expect(button.getAttribute("aria-expanded")).resolves.toBe("false");
    const tip = quiz.locator("[data-tip]");
    await expect(tip.isVisible()).resolves.toBe(false);
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button.getAttribute("aria-expanded")).resolves.toBe("true");
    await expect(tip.textContent()).resolves.toMatch(/^Pista: no se puede subir una imagen/);
    await expect(tip.isVisible()).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await expect(tip.isVisible()).resolves.toBe(false);
    await expect(quiz.locator("details.quiz__tip-details").isVisible()).resolves.toBe(false);

    const noJs = await newPage({ javaScriptEnabled: false });
    await noJs.goto(lab2);
    const details = ordering(noJs).locator("details.quiz__tip-details");
    await details.getByText("Ver pista").click();
    await expect(details.getByText(/no se puede subir una imagen/).isVisible()).resolves.toBe(true);
  });
});

describe("shuffle (.barajar, on the matching quiz)", () => {
  const rights = (page: Page) =>
    matching(page).getByRole("combobox", { name: "build.sh" }).locator("option").allTextContents();

  it("gives each browser its own order, the same on every reload", async () => {
    const seeded = async (seed: string) => {
      const page = await newPage();
      await page.addInitScript((s) => localStorage.setItem("aula:barajar", s), seed);
      await open(page);
      return { page, order: await rights(page) };
    };
    const a = await seeded("alumno-a");
    const b = await seeded("alumno-b");
    expect(a.order).not.toEqual(b.order);
    expect(a.order.slice().sort()).toEqual(b.order.slice().sort());
    await open(a.page, true);
    await expect(rights(a.page)).resolves.toEqual(a.order);

    // A first visit draws a seed and keeps it.
    const fresh = await newPage();
    await open(fresh);
    const first = await rights(fresh);
    const seed = await fresh.evaluate(() => localStorage.getItem("aula:barajar"));
    expect(seed).toMatch(/^[0-9a-z]+$/);
    await open(fresh, true);
    await expect(rights(fresh)).resolves.toEqual(first);
    // An answer given in this order is read back by value, whatever the order.
    await match(matching(fresh), [pairs[0]![1], undefined, undefined, undefined]);
    await matching(fresh).getByRole("button", { name: "Comprobar" }).click();
    await open(fresh, true);
    await expect(
      matching(fresh)
        .getByRole("combobox", { name: "build.sh" })
        .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text),
    ).resolves.toBe(pairs[0]![1]);
  });

  it("keeps the page's fixed order without JavaScript and in print", async () => {
    const noJs = await newPage({ javaScriptEnabled: false });
    await noJs.goto(lab2);
    const built = await rights(noJs);
    const page = await newPage();
    await page.addInitScript(() => localStorage.setItem("aula:barajar", "alumno-a"));
    await open(page);
    const printed = await matching(page).locator("ol.quiz__rights > li").allTextContents();
    expect(printed).toEqual(built.slice(1));
  });
});

describe("print", () => {
  it("prints ordering with a box per item and matching with a line per item and the lettered right items", async () => {
    const page = await newPage();
    await open(page);
    await page.emulateMedia({ media: "print" });
    const order = ordering(page);
    await expect(order.locator(".quiz__slot:visible").count()).resolves.toBe(5);
    await expect(order.locator("button:visible, .quiz__tip:visible, .quiz__solution:visible").count()).resolves.toBe(0);
    const pairsQuiz = matching(page);
    await expect(pairsQuiz.locator("select:visible").count()).resolves.toBe(0);
    await expect(pairsQuiz.locator(".quiz__slot:visible").count()).resolves.toBe(4);
    await expect(pairsQuiz.locator("ol.quiz__rights > li:visible").count()).resolves.toBe(5);
    const box = await order
      .locator(".quiz__slot")
      .first()
      .evaluate((el) => [getComputedStyle(el).borderTopStyle, el.getBoundingClientRect().width > 10]);
    expect(box).toEqual(["solid", true]);
  });
});

describe("accessibility and weight", () => {
  it(
    "has no WCAG 2.1 AA violation before, during and after answering (light and dark)",
    { timeout: 180_000 },
    async () => {
      for (const colorScheme of ["light", "dark"] as const) {
        const page = await newPage({ colorScheme, bypassCSP: true, viewport: { width: 360, height: 740 } });
        await open(page);
        expect(await axeViolations(page)).toEqual([]);
        await ordering(page).getByRole("button", { name: "Ver pista" }).click();
        await arrange(ordering(page), [0, 1, 2, 4, 3]);
        await ordering(page).getByRole("button", { name: "Comprobar" }).click();
        await match(matching(page), [pairs[0]![1], spare, undefined, undefined]);
        await matching(page).getByRole("button", { name: "Comprobar" }).click();
        expect(await axeViolations(page)).toEqual([]);
        await ordering(page).getByRole("button", { name: "Ver solución" }).click();
        await matching(page).getByRole("button", { name: "Ver solución" }).click();
        expect(await axeViolations(page)).toEqual([]);
      }
    },
  );

  it("reports the quiz JS of a lesson with every type", () => {
    const distDir = inject("distDir");
    const html = readFileSync(join(distDir, "tema2/laboratorio-2/index.html"), "utf8");
    const scripts = [...html.matchAll(/<script type="module" src="[^"]*\/(_astro\/[^"]+)"/g)].map((m) => m[1] ?? "");
    const files = new Set<string>();
    const walk = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      const code = readFileSync(join(distDir, file), "utf8");
      for (const m of code.matchAll(/from\s*"\.\/([^"]+)"|import\s*"\.\/([^"]+)"|import\("\.\/([^"]+)"\)/g))
        walk(`_astro/${m[1] ?? m[2] ?? m[3]}`);
    };
    for (const s of scripts.filter((f) => /quiz|Quiz/.test(f))) walk(s);
    const sizes = [...files].map((f) => [f, gzipSync(readFileSync(join(distDir, f)), { level: 9 }).length] as const);
    console.log(`laboratorio-2 quiz JS (gzip): ${sizes.map(([f, n]) => `${f} ${n} B`).join(", ")}`);
    expect(sizes.length).toBeGreaterThan(0);
  });
});
