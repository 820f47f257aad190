import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strings as spanish, type Messages, type StringKey } from "../../src/core/i18n/es.ts";
import { languageCodes, messagesOf } from "../../src/core/i18n/index.ts";
import { decimalMark } from "../../src/core/quiz/types/numeric/hint.ts";
import { axeViolations } from "./support/axe.ts";
import { useBrowser } from "./support/browser.ts";
import { projectRoot, runBuild, serveSite } from "./support/site.ts";

// One small course (two lessons, English text) built once per language aula has texts in: a new file in
// src/core/i18n/ joins this list with no edit here.
const languages = languageCodes.filter((lang) => lang !== "es");
const fixture = resolve(projectRoot, "tests/fixtures/i18n-course");
const base = "/curso/";

/**
 * The Spanish texts of the table left in `html`: each text's words between its placeholders (five letters or
 * more), unless the language says the same for that key («Pregunta» is Catalan and Galician too).
 */
function spanishLeft(html: string, messages: Messages): string[] {
  const found = new Set<string>();
  for (const [key, text] of Object.entries(spanish) as [StringKey, string][])
    for (const piece of text.split(/\{[^}]*\}|\[[A-Z_]+\]/)) {
      const words = piece.trim().replace(/^[\s:.·()«»]+|[\s:.·()«»]+$/g, "");
      if (words.length >= 5 && !messages[key].includes(words) && html.includes(words)) found.add(`${key}: «${words}»`);
    }
  return [...found];
}

/** What a reader meets in the page, as text: the HTML with its entities read (attributes and hidden texts too). */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const text = document.createElement("textarea");
    text.innerHTML = document.documentElement.outerHTML;
    return text.value;
  });
}

const { newPage } = useBrowser();

describe.each(languages)("a course with lang: %s", (lang) => {
  const messages = messagesOf(lang);
  let site: { url: string; close: () => Promise<void> } | undefined;
  const dir = mkdtempSync(join(tmpdir(), `aula-i18n-${lang}-`));
  beforeAll(async () => {
    const content = join(dir, "content");
    cpSync(fixture, content, { recursive: true });
    appendFileSync(join(content, "curso.yaml"), `lang: ${lang}\n`);
    const out = join(dir, "dist");
    const build = runBuild({
      AULA_CONTENT_DIR: content,
      AULA_OUT_DIR: out,
      AULA_PDF: "pages",
      BASE_PATH: base,
      SITE_URL: `https://example.org${base}`,
    });
    if (build.status !== 0) throw new Error(`La compilación en ${lang} falló:\n${build.output}`);
    site = await serveSite(out, base);
  }, 240_000);
  afterAll(async () => {
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const url = (path: string) => `${site?.url ?? ""}${path}`;

  it("has the language's lang and no Spanish text on the lesson, home, «Mi progreso», search, 404 and print page", async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    const left: string[] = [];
    const visit = async (path: string) => {
      await page.goto(url(path));
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe(lang);
      left.push(...spanishLeft(await pageText(page), messages).map((found) => `${path} → ${found}`));
    };
    for (const path of ["", "tema1/images/", "tema1/volumes/", "progreso/", "tema1/no-such-lesson/", "imprimir/"])
      await visit(path);
    await visit("imprimir/tema1/images/");

    // The search dialog, with results.
    await page.goto(url("tema1/images/"));
    await page.getByRole("button", { name: messages["search.button"] }).click();
    const dialog = page.getByRole("dialog", { name: messages["search.dialogLabel"] });
    await dialog.getByRole("searchbox").fill("volume");
    await page.locator(".search-result__link").first().waitFor();
    left.push(...spanishLeft(await pageText(page), messages).map((found) => `search → ${found}`));
    expect(left).toEqual([]);
  });

  it("answers a quiz with the language's feedback, and reads a decimal written the language's way", async () => {
    const page = await newPage();
    await page.goto(url("tema1/images/"));
    const [choice, numeric] = [page.locator("aula-quiz").nth(0), page.locator("aula-quiz").nth(1)];
    await choice.getByRole("radio", { name: "Docker Hub" }).check();
    await choice.getByRole("button", { name: messages["quiz.check"] }).click();
    await expect(choice.getByRole("status").textContent()).resolves.toBe(messages["quiz.feedbackCorrect"]);

    const typed = `3${decimalMark(lang)}5`;
    await numeric.getByRole("textbox", { name: messages["quiz.answerLabel"] }).fill(typed);
    await numeric.getByRole("button", { name: messages["quiz.check"] }).click();
    await expect(numeric.getByRole("status").textContent()).resolves.toBe(messages["quiz.feedbackCorrect"]);
    // The solution shows the number as the language writes it.
    await expect(numeric.locator(".quiz__solution-option").textContent()).resolves.toContain(typed);

    // «Mi progreso» counts them with the language's words.
    await page.goto(url("progreso/"));
    await expect(page.locator("h1").textContent()).resolves.toBe(messages["progress.title"]);
  });

  for (const colorScheme of ["light", "dark"] as const)
    it(`has no WCAG violation on the home, a lesson with a quiz answered, «Mi progreso» and the 404 (${colorScheme})`, async () => {
      const page = await newPage({ colorScheme, bypassCSP: true, viewport: { width: 360, height: 780 } });
      const found: string[] = [];
      for (const path of ["", "progreso/", "tema1/no-such-lesson/", "tema1/volumes/", "tema1/images/"]) {
        await page.goto(url(path));
        found.push(...(await axeViolations(page)).map((v) => `${path || "/"} → ${v}`));
      }
      const quiz = page.locator("aula-quiz").first();
      await quiz.getByRole("radio").first().check();
      await quiz.getByRole("button", { name: messages["quiz.check"] }).click();
      await quiz.getByRole("button", { name: messages["quiz.retry"] }).waitFor();
      found.push(...(await axeViolations(page)).map((v) => `answered → ${v}`));
      expect(found).toEqual([]);
    });
});
