import { describe, expect, it } from "vitest";
import { parseCourseConfig } from "../../src/core/course/config.ts";
import { strings } from "../../src/core/i18n/es.ts";
import { createTranslator, knownLanguage, languageCodes, messagesOf } from "../../src/core/i18n/index.ts";
import { formatDate } from "../../src/core/print/model.ts";
import { decimalMark, formatDecimal } from "../../src/core/quiz/types/numeric/hint.ts";

describe("the page texts in the course's language", () => {
  it("has every language of the issue, Spanish first, each with every key of the Spanish table", () => {
    expect(languageCodes[0]).toBe("es");
    expect(languageCodes).toEqual(expect.arrayContaining(["es", "ca", "ca-valencia", "eu", "gl", "pt", "en"]));
    for (const lang of languageCodes) expect(Object.keys(messagesOf(lang)).sort()).toEqual(Object.keys(strings).sort());
  });

  it("gives Valencian its own words and Catalan's for the rest", () => {
    const valencian = messagesOf("ca-valencia");
    expect(valencian["toc.title"]).toBe("En esta pàgina");
    expect(valencian["quiz.check"]).toBe(messagesOf("ca")["quiz.check"]);
  });

  it("reads the tags teachers write, pandoc's included", () => {
    expect(knownLanguage("CA")).toBe("ca");
    expect(knownLanguage("es-ES")).toBe("es");
    expect(knownLanguage("ca-ES-valencia")).toBe("ca-valencia");
    expect(knownLanguage("fr")).toBeUndefined();
  });

  it("counts with the language's plurals and takes the course's own wording", () => {
    const en = createTranslator("en", { "quiz.check": "Submit" });
    expect(en.f("progress.questions", { count: 1 })).toBe("1 question");
    expect(en.f("progress.questions", { count: 3 })).toBe("3 questions");
    expect(en.t("quiz.check")).toBe("Submit");
    expect(createTranslator("eu").f("quiz.summary", { correct: 1, total: 2 })).toBe(
      "Orri honetako galdetegiak: 1/2 zuzen.",
    );
  });

  it("writes numbers and dates as the language does", () => {
    expect([decimalMark("es"), decimalMark("ca"), decimalMark("en"), decimalMark("pt")]).toEqual([",", ",", ".", ","]);
    expect(formatDecimal(3.5, "en")).toBe("3.5");
    expect(formatDecimal(1024.5, "gl")).toBe("1024,5");
    const day = new Date("2026-12-07T00:00:00Z");
    expect(formatDate(day, "es")).toBe("7 de diciembre de 2026");
    expect(formatDate(day, "en")).toBe("December 7, 2026");
    expect(formatDate(day, "ca")).toMatch(/^7 de desembre del? 2026$/);
  });

  it("stops on a language aula has no texts in, or a text it does not have, naming the line", () => {
    const { diagnostics } = parseCourseConfig(
      'title: C\nlang: fr\nstrings:\n  "quiz.chek": Go\n',
      "content/curso.yaml",
    );
    expect(diagnostics.map((d) => [d.line, d.ruleId, d.message])).toEqual([
      [
        2,
        "course/schema",
        expect.stringContaining("aula no tiene textos en «fr»; los idiomas son: es, ca, ca-valencia"),
      ],
      [4, "course/schema", expect.stringContaining("«quiz.chek» no es un texto de aula")],
    ]);
  });
});
