import { describe, expect, it } from "vitest";
import { strings } from "../../src/core/i18n/es.ts";
import { format, plural } from "../../src/core/i18n/plural.ts";
import { fill } from "../../src/core/quiz/progress.ts";

describe("Spanish plurals through the strings module", () => {
  it.each([
    [0, "preguntas"],
    [1, "pregunta"],
    [2, "preguntas"],
    [1.5, "preguntas"],
    [1_000_000, "preguntas"],
  ])("plural(%d) is «%s»", (count, form) => {
    expect(plural(count, "pregunta", "preguntas")).toBe(form);
  });

  it("fills {name} and {name|one|other}, and leaves unknown names as written", () => {
    expect(format("{n} {n|pregunta|preguntas}", { n: 1 })).toBe("1 pregunta");
    expect(format("{n} {n|pregunta|preguntas}", { n: 3 })).toBe("3 preguntas");
    expect(format("{x} {x|a|b}", {})).toBe("{x} {x|a|b}");
  });

  it("words the reader-facing counts right", () => {
    expect(fill(strings["quiz.feedbackPartial"], { hits: 1, total: 2, wrong: 1 })).toBe(
      "◐ Casi: has marcado 1 de 2 respuestas correctas y 1 incorrecta.",
    );
    expect(fill(strings["quiz.feedbackPartial"], { hits: 1, total: 1, wrong: 2 })).toBe(
      "◐ Casi: has marcado 1 de 1 respuesta correcta y 2 incorrectas.",
    );
    expect(fill(strings["progress.total"], { correct: 0, total: 1, answered: 1 })).toBe(
      "Total: 0 de 1 correcta · 1 respondida.",
    );
    expect(fill(strings["progress.questions"], { count: 1 })).toBe("1 pregunta");
    expect(fill(strings["progress.imported"], { count: 2 })).toBe("Progreso importado: 2 respuestas.");
  });
});
