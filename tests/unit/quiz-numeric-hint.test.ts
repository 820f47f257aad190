import { describe, expect, it } from "vitest";
import { inRange, readDecimal, type NumericRange } from "../../src/core/quiz/types/numeric/grade.ts";
import { numericHint } from "../../src/core/quiz/types/numeric/hint.ts";
import { quizzesOf } from "./support/markdown.ts";

/** The example as a number, and how far it is from the nearest accepted answer. */
function check(answers: NumericRange[]) {
  const hint = numericHint(answers);
  const example = hint.example === undefined ? undefined : readDecimal(hint.example);
  return { ...hint, value: example };
}

describe("numeric hints come from the question", () => {
  it("a port (8081) gets no word about decimals, and an example of its size that is not near it", () => {
    const hint = check([{ value: 8081, tolerance: 0 }]);
    expect(hint.decimals).toBe(false);
    expect(hint.example).toMatch(/^\d{4}$/);
    // Not «8080»: one digit from the answer would give it away.
    expect(Math.abs(hint.value! - 8081)).toBeGreaterThanOrEqual(1000);
  });

  it("decimals are mentioned only when an answer or its tolerance has them, and then the example has one", () => {
    expect(check([{ value: 3.5, tolerance: 0.5 }])).toMatchObject({
      decimals: true,
      example: expect.stringMatching(/^\d,5$/),
    });
    expect(check([{ value: 3, tolerance: 0.5 }]).decimals).toBe(true);
    expect(check([{ min: 1024, max: 2048 }]).decimals).toBe(false);
    expect(check([{ min: 0.5, max: 2 }]).decimals).toBe(true);
    expect(check([{ value: 512, tolerance: 0 }]).example).toMatch(/^\d{3}$/);
  });

  it("never gives an accepted number, whatever the answers", () => {
    const cases: NumericRange[][] = [
      [{ value: 8081, tolerance: 0 }],
      [
        { value: 80, tolerance: 0 },
        { value: 8080, tolerance: 0 },
      ],
      [{ value: 3.5, tolerance: 0.5 }],
      [{ min: 1024, max: 2048 }],
      [{ value: 0.25, tolerance: 0.01 }],
      [{ value: -40, tolerance: 0 }],
      [{ value: 0, tolerance: 0 }],
      [
        { min: 1, max: 9 },
        { min: 100, max: 900 },
      ],
    ];
    for (const answers of cases) {
      const { value, example } = check(answers);
      if (value === undefined) continue;
      expect(
        answers.some((range) => inRange(value, range)),
        `${example} for ${JSON.stringify(answers)}`,
      ).toBe(false);
    }
    // Negative answers get a negative example; tiny ones a tiny one.
    expect(check([{ value: -40, tolerance: 0 }]).value).toBeLessThan(0);
    expect(check([{ value: 0.25, tolerance: 0.01 }]).value).toBeLessThan(1);
  });

  it("gives no example when every number of the answer's size is accepted", () => {
    expect(check([{ min: 1, max: 10 }])).toEqual({ decimals: false, value: undefined });
  });

  it("the page says what the question needs: the hint, and the example in the island's grading", async () => {
    const { html } = await quizzesOf(
      "{:.quiz}\n¿Qué puerto?\n\n- [#] 8081\n\n{:.quiz}\n¿Cuántos GB?\n\n- [#] 3,5 ± 0,5 GB\n",
    );
    const hints = [...html.matchAll(/<p class="quiz__hint"[^>]*>([^<]*)<\/p>/g)].map((m) => m[1]);
    expect(hints).toEqual(["Escribe un número.", "Escribe un número; los decimales, con coma o con punto."]);
    const gradings = [...html.matchAll(/data-grading="([^"]*)"/g)].map(
      (m) => JSON.parse((m[1] ?? "").replace(/&#x22;|&quot;/g, '"')) as { example?: string },
    );
    expect(gradings.map((g) => g.example)).toEqual(["1000", "9,5"]);
  });
});
