import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./support/browser.ts";

// Issue 26, as a student on a phone and a laptop: «Reintentar» keeps the attempt, wrong items are
// marked one by one, the matching answer reads in full, the home badge and «Mi progreso» agree,
// and the paper key answers the paper question. Sample course copy: Laboratorio 1 and 2.
const { siteUrl, newPage } = useBrowser();
const lab1 = `${siteUrl}tema2/laboratorio-1/`;
const lab2 = `${siteUrl}tema2/laboratorio-2/`;
const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const phone = { width: 360, height: 780 };
const laptop = { width: 1280, height: 800 };

const ofType = (page: Page, type: string) => page.locator(`aula-quiz[data-quiz-type="${type}"]`).first();
const byId = (page: Page, id: string) => page.locator(`aula-quiz[data-quiz-id="tema2/laboratorio-2#${id}"]`);
const check = (quiz: Locator) => quiz.getByRole("button", { name: "Comprobar" }).click();
const retry = (quiz: Locator) => quiz.getByRole("button", { name: "Reintentar" }).click();
const marks = (quiz: Locator) => quiz.locator(".quiz__mark").allTextContents();
const chosenTexts = (quiz: Locator) =>
  quiz.locator("select").evaluateAll((s) => s.map((x) => (x as HTMLSelectElement).selectedOptions[0]?.text ?? ""));
const orderOf = (quiz: Locator) =>
  quiz.locator("ol.quiz__order > li").evaluateAll((lis) => lis.map((li) => Number((li as HTMLElement).dataset.key)));

const pairs: [string, string][] = [
  ["build.sh", "Construye la imagen chapter2 a partir del Dockerfile"],
  ["debug.sh", "Lanza el contenedor en primer plano, con el código montado en /home/app"],
  ["persist.sh", "Como debug.sh, pero con un volumen con nombre en /data"],
  ["run.sh", "Lanza el contenedor en segundo plano (--detach), como en producción"],
];
const spare = "Sube la imagen a Docker Hub";

async function arrange(quiz: Locator, target: number[]): Promise<void> {
  for (const [place, key] of target.entries())
    for (let guard = 0; guard < 10 && (await orderOf(quiz)).indexOf(key) > place; guard++)
      await quiz.locator(`li[data-key="${key}"] [data-move=up]`).click();
  expect(await orderOf(quiz)).toEqual(target);
}

async function match(quiz: Locator, chosen: (string | undefined)[]): Promise<void> {
  for (const [i, right] of chosen.entries())
    if (right) await quiz.getByRole("combobox", { name: pairs[i]![0] }).selectOption({ label: right });
}

/** Wrong answers to every type of both labs, as a student would give them. */
async function answerWrong(page: Page): Promise<void> {
  await page.goto(lab2);
  const multiple = ofType(page, "choice");
  await multiple.getByRole("checkbox", { name: /se pierde cuando se elimina/ }).check();
  await multiple.getByRole("checkbox", { name: /--detach/ }).check();
  await check(multiple);
  await ofType(page, "numeric").getByRole("textbox").fill("80");
  await check(ofType(page, "numeric"));
  await match(byId(page, "scripts-del-laboratorio"), [pairs[0]![1], spare, pairs[2]![1], undefined]);
  await check(byId(page, "scripts-del-laboratorio"));
  await arrange(byId(page, "publicar-la-imagen"), [0, 1, 2, 4, 3]);
  await check(byId(page, "publicar-la-imagen"));
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    // WCAG 2.2 AA too, for target-size (24 px).
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

describe("«Reintentar» keeps the student's last answer; wrong items are marked one by one", () => {
  for (const viewport of [phone, laptop]) {
    it(`matching, ordering, multiple choice and numeric (${viewport.width} px)`, { timeout: 120_000 }, async () => {
      const page = await newPage({ viewport });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await answerWrong(page);

      const multiple = ofType(page, "choice");
      await expect(marks(multiple)).resolves.toEqual(["✓ Correcta", "", "", "✗ Incorrecta"]);
      await retry(multiple);
      await expect(multiple.getByRole("checkbox", { checked: true }).count()).resolves.toBe(2);
      await expect(multiple.getByRole("checkbox", { name: /--detach/ }).isEnabled()).resolves.toBe(true);
      await expect(marks(multiple)).resolves.toEqual(["", "", "", ""]);

      const numeric = ofType(page, "numeric");
      await expect(numeric.locator(".quiz__mark").textContent()).resolves.toBe("✗ Incorrecta");
      await retry(numeric);
      await expect(numeric.getByRole("textbox").inputValue()).resolves.toBe("80");
      await expect(numeric.getByRole("textbox").isEditable()).resolves.toBe(true);

      const matching = byId(page, "scripts-del-laboratorio");
      await expect(marks(matching)).resolves.toEqual([
        "✓ Pareja correcta",
        "✗ Pareja incorrecta",
        "✓ Pareja correcta",
        "✗ Pareja incorrecta",
      ]);
      await retry(matching);
      await expect(chosenTexts(matching)).resolves.toEqual([pairs[0]![1], spare, pairs[2]![1], "Elige…"]);
      await expect(matching.locator("select:enabled").count()).resolves.toBe(4);
      await expect(marks(matching)).resolves.toEqual(["", "", "", ""]);
      // The student fixes only the two wrong pairs.
      await match(matching, [undefined, pairs[1]![1], undefined, pairs[3]![1]]);
      await check(matching);
      await expect(matching.getByRole("status").textContent()).resolves.toBe("✓ ¡Correcto!");
      // Done: nothing to retry or reveal, and focus is on the verdict, not lost.
      await expect(matching.getByRole("button", { name: /Reintentar|Ver solución/ }).count()).resolves.toBe(0);
      await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe("status");

      const ordering = byId(page, "publicar-la-imagen");
      await expect(marks(ordering)).resolves.toEqual([
        "✓ En su lugar",
        "✓ En su lugar",
        "✓ En su lugar",
        "✗ Fuera de su lugar",
        "✗ Fuera de su lugar",
      ]);
      await retry(ordering);
      expect(await orderOf(ordering)).toEqual([0, 1, 2, 4, 3]);
      await expect(marks(ordering)).resolves.toEqual(["", "", "", "", ""]);
      expect(errors).toEqual([]);
    });

    it(`short answer and cloze (${viewport.width} px)`, { timeout: 60_000 }, async () => {
      const page = await newPage({ viewport });
      await page.goto(lab1);
      const short = ofType(page, "short");
      await short.getByRole("textbox", { name: "Tu respuesta" }).fill("docker container run");
      await check(short);
      await expect(short.locator(".quiz__mark").textContent()).resolves.toBe("✗ Incorrecta");
      await retry(short);
      await expect(short.getByRole("textbox").inputValue()).resolves.toBe("docker container run");
      await expect(short.getByRole("textbox").isEditable()).resolves.toBe(true);

      const cloze = ofType(page, "cloze");
      await cloze.getByRole("textbox", { name: "Hueco 1" }).fill("-it");
      await cloze.getByRole("textbox", { name: "Hueco 2" }).fill("-A");
      await check(cloze);
      await expect(cloze.locator("[data-mark]").allTextContents()).resolves.toEqual(["✓", "✗"]);
      await retry(cloze);
      await expect(cloze.getByRole("textbox", { name: "Hueco 1" }).inputValue()).resolves.toBe("-it");
      await expect(cloze.getByRole("textbox", { name: "Hueco 2" }).inputValue()).resolves.toBe("-A");
      await expect(cloze.locator("[data-mark]").allTextContents()).resolves.toEqual(["", ""]);
    });
  }

  it("draws a checked box after «Comprobar» as a tick, not as a filled square", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await newPage({ viewport: phone, colorScheme });
      await page.goto(lab2);
      const multiple = ofType(page, "choice");
      await multiple.getByRole("checkbox", { name: /se pierde cuando se elimina/ }).check();
      await check(multiple);
      const box = multiple.getByRole("checkbox", { name: /se pierde cuando se elimina/ });
      await expect(box.isDisabled()).resolves.toBe(true);
      const png = (await box.screenshot({ scale: "device" })).toString("base64");
      // The middle of the box: a tick crosses it in two colours; a ▣ is one solid colour there.
      const colours = await page.evaluate(async (data) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = Object.assign(document.createElement("canvas"), { width: img.width, height: img.height });
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        const [x0, y0] = [Math.round(img.width * 0.3), Math.round(img.height * 0.3)];
        const { data: px } = ctx.getImageData(x0, y0, Math.round(img.width * 0.4), Math.round(img.height * 0.4));
        const luma = [];
        for (let i = 0; i < px.length; i += 4) luma.push(0.3 * px[i]! + 0.59 * px[i + 1]! + 0.11 * px[i + 2]!);
        return {
          dark: luma.filter((l) => l < 100).length,
          light: luma.filter((l) => l > 160).length,
          all: luma.length,
        };
      }, png);
      expect(colours.dark / colours.all, colorScheme).toBeGreaterThan(0.1);
      expect(colours.light / colours.all, colorScheme).toBeGreaterThan(0.1);
    }
  });
});

describe("matching reads on a phone", () => {
  for (const viewport of [phone, laptop])
    it(`shows each chosen answer whole, code as code, inside the screen (${viewport.width} px)`, async () => {
      const page = await newPage({ viewport });
      await page.goto(lab2);
      const matching = byId(page, "scripts-del-laboratorio");
      await match(
        matching,
        pairs.map((p) => p[1]),
      );
      for (const [i, [left, right]] of pairs.entries()) {
        const chosen = matching.locator(".quiz__pair").nth(i).locator(".quiz__chosen");
        await expect(chosen.textContent()).resolves.toBe(right);
        const fits = await chosen.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return {
            scrolls: el.scrollWidth > el.clientWidth,
            ellipsis: style.textOverflow === "ellipsis" && style.overflow !== "visible",
            inside: box.left >= 0 && box.right <= window.innerWidth,
            code: el.querySelectorAll("code").length,
          };
        });
        expect(fits, `${left} at ${viewport.width}`).toMatchObject({ scrolls: false, ellipsis: false, inside: true });
        expect(fits.code, left).toBeGreaterThan(0);
      }
      // Checked and retried, the answer is still shown whole.
      await check(matching);
      await expect(matching.locator(".quiz__chosen").first().textContent()).resolves.toBe(pairs[0]![1]);
    });
});

describe("the home badge and «Mi progreso» agree", () => {
  it("counts the right answers in both, and the answered ones on the home page", { timeout: 90_000 }, async () => {
    const page = await newPage({ viewport: phone });
    await page.goto(lab1);
    const quizzes = page.locator("aula-quiz");
    await quizzes.nth(0).getByRole("radio", { name: "Docker Hub" }).check();
    await check(quizzes.nth(0));
    await quizzes.nth(1).getByRole("radio", { name: "docker image ls" }).check();
    await check(quizzes.nth(1));
    const cloze = ofType(page, "cloze");
    await cloze.getByRole("textbox", { name: "Hueco 1" }).fill("-it");
    await cloze.getByRole("textbox", { name: "Hueco 2" }).fill("-a");
    await check(cloze);
    await ofType(page, "short").getByRole("textbox").fill("docker container run");
    await check(ofType(page, "short"));
    await page.goto(siteUrl);
    const badge = await page.locator('[data-lesson-id="tema2/laboratorio-1"] [data-lesson-progress]').textContent();
    expect(badge).toMatch(/^\s*Tus respuestas:\s*4 de 4 respondidas · 3 correctas\s*$/);
    await page.goto(`${siteUrl}progreso/`);
    const score = await page
      .locator('[data-progress-lesson="tema2/laboratorio-1"] [data-progress-score]')
      .textContent();
    expect(score).toBe("3 de 4 correctas");
    // «3 correctas» on the home page, «3 de 4 correctas» in «Mi progreso».
    const correct = (text: string | null) => /(\d+)(?: de \d+)? correctas?/.exec(text ?? "")?.[1];
    expect(correct(badge)).toBe(correct(score));
  });
});

describe("accessibility of the changed views", () => {
  for (const colorScheme of ["light", "dark"] as const)
    for (const viewport of [phone, laptop])
      it(
        `axe finds nothing, target-size included, after wrong answers and «Reintentar» (${colorScheme}, ${viewport.width} px)`,
        {
          timeout: 180_000,
        },
        async () => {
          const page = await newPage({ viewport, colorScheme, bypassCSP: true });
          await answerWrong(page);
          expect(await axeViolations(page)).toEqual([]);
          const wrong = await page
            .locator("aula-quiz[data-state=wrong]")
            .evaluateAll((quizzes) => quizzes.map((q) => (q as HTMLElement).dataset.quizId ?? ""));
          expect(wrong).toHaveLength(4);
          for (const id of wrong) await retry(page.locator(`aula-quiz[data-quiz-id="${id}"]`));
          expect(await axeViolations(page)).toEqual([]);
          await page.goto(`${siteUrl}progreso/`);
          expect(await axeViolations(page)).toEqual([]);
        },
      );
});

describe("quiz styles only where quizzes are", () => {
  const distDir = inject("distDir");
  const stylesheets = (page: string) => {
    const html = readFileSync(join(distDir, page, "index.html"), "utf8");
    return [...html.matchAll(/<link rel="stylesheet" href="[^"]*\/(_astro\/[^"]+\.css)"/g)].map((m) =>
      readFileSync(join(distDir, m[1] ?? ""), "utf8"),
    );
  };
  const hasQuizCss = (page: string) => stylesheets(page).some((css) => css.includes(".quiz__fieldset"));

  it("links quiz.css on lessons with quizzes and «Mi progreso», not on the others", () => {
    // The unit's own page (tema2/index.html) is not a lesson.
    const lessons = readdirSync(join(distDir, "tema2"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const withQuizzes = lessons.filter((l) =>
      readFileSync(join(distDir, "tema2", l, "index.html"), "utf8").includes("<aula-quiz"),
    );
    expect(withQuizzes.sort()).toEqual(["laboratorio-1", "laboratorio-2"]);
    for (const lesson of lessons) expect(hasQuizCss(`tema2/${lesson}`), lesson).toBe(withQuizzes.includes(lesson));
    expect(hasQuizCss("progreso")).toBe(true);
    expect(hasQuizCss("")).toBe(false);
  });

  it("styles the quizzes it links (under the site's base path)", async () => {
    const page = await newPage({ viewport: phone });
    await page.goto(lab1);
    const radius = await page
      .locator(".quiz__fieldset")
      .first()
      .evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
    expect(radius).not.toBe("0px");
  });
});

describe("paper key = paper question (the built print page)", () => {
  const html = () => readFileSync(join(inject("distDir"), "imprimir/tema2/laboratorio-2/index.html"), "utf8");
  const strip = (s: string) =>
    s
      .replace(/<[^>]+>/g, "")
      .replace(/&#x3C;|&lt;/g, "<")
      .replace(/&#x26;|&amp;/g, "&")
      .trim();
  const quizHtml = (page: string, id: string) => {
    const start = page.indexOf(`data-quiz-id="tema2/laboratorio-2#${id}"`);
    return page.slice(start, page.indexOf("</aula-quiz>", start));
  };
  const listItems = (fragment: string, cls: string) => {
    const start = fragment.indexOf(`class="${cls}"`);
    const list = fragment.slice(start, fragment.indexOf("</ol>", start));
    return [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => strip(m[1] ?? ""));
  };
  const keyOf = (page: string, question: string) => {
    const key = page.slice(page.indexOf('id="solucionario"'));
    const at = key.indexOf(question);
    const list = key.slice(
      key.indexOf('class="answer-list"', at),
      key.indexOf("</ul>", key.indexOf('class="answer-list"', at)),
    );
    return [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => strip(m[1] ?? ""));
  };

  it("gives matching's letter per item, from the printed lettered list", () => {
    const page = html();
    const lettered = listItems(quizHtml(page, "scripts-del-laboratorio"), "quiz__rights");
    const key = keyOf(page, "¿Qué hace cada script del laboratorio?");
    expect(key).toHaveLength(4);
    for (const [i, [left, right]] of pairs.entries()) {
      const [letter, rest] = key[i]!.split(" · ");
      expect(rest).toBe(`${left} → ${right}`);
      expect(lettered[letter!.charCodeAt(0) - 97], `${left}: ${letter}`).toBe(right);
    }
  });

  it("gives ordering's number per item, in the printed order", () => {
    const page = html();
    // Inline code carries its break points (`<span class="nowrap">`, `<wbr>`): the text is what is compared.
    const fragment = quizHtml(page, "publicar-la-imagen")
      .replace(/<span class="nowrap">([^<]*)<\/span>/g, "$1")
      .replace(/<wbr>/g, "");
    const list = fragment.slice(fragment.indexOf('class="quiz__order"'), fragment.indexOf("</ol>"));
    const printed = [...list.matchAll(/<span class="quiz__text">([\s\S]*?)<\/span>/g)].map((m) => strip(m[1] ?? ""));
    expect(printed).toHaveLength(5);
    const key = keyOf(page, "Ordena los pasos");
    expect(key.map((line) => line.split(" · ")[1])).toEqual(printed);
    const written = [
      "Escribir el Dockerfile con los pasos de la imagen",
      "Construir la imagen con docker build -t chapter2 .",
      "Darle el nombre del repositorio con docker tag chapter2 usuario/chapter2",
      "Subirla a Docker Hub con docker push usuario/chapter2",
      "En el otro equipo, arrancarla con docker run usuario/chapter2",
    ];
    for (const line of key) {
      const [number, item] = line.split(" · ");
      expect(written.indexOf(item!) + 1, item).toBe(Number(number));
    }
  });

  it("lists several answers as a list, with no «.;»", () => {
    const key = html().slice(html().indexOf('id="solucionario"'));
    expect(key).toContain('class="answer-list"');
    expect(strip(key)).not.toMatch(/\.;/);
  });
});
