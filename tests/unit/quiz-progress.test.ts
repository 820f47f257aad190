import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyProgress, fill, parseProgress, readProgress, score } from "../../src/core/quiz/progress.ts";
import { questionTypes } from "../../src/core/quiz/types/index.ts";
import { browserTypes } from "../../src/core/quiz/types/browser.ts";

const valid = {
  format: "aula-progreso",
  version: 1,
  answers: {
    "tema2/laboratorio-1#a": { selected: [1], correct: true },
    "tema2/laboratorio-1#b": { selected: [0, 2], correct: false, revealed: true },
  },
};

/** The same answers as {@link valid}, in the current format (v2: versioned per question type). */
const validV2 = {
  format: "aula-progreso",
  version: 2,
  answers: {
    "tema2/laboratorio-1#a": { type: "choice", v: 1, value: { selected: [1] }, correct: true, revealed: undefined },
    "tema2/laboratorio-1#b": { type: "choice", v: 1, value: { selected: [0, 2] }, correct: false, revealed: true },
  },
};

describe("stored progress", () => {
  it("reads what the quizzes of the first release stored (v1), as the current format", () => {
    expect(readProgress(JSON.stringify(valid))).toEqual(validV2);
  });

  it("reads what the quizzes store now (v2)", () => {
    expect(readProgress(JSON.stringify(validV2))).toEqual(validV2);
  });

  it("keeps ordering and matching answers, each with its type's version", () => {
    const answers = {
      "tema2/laboratorio-2#publicar-la-imagen": { type: "ordering", v: 1, value: { order: [0, 2, 1] }, correct: false },
      "tema2/laboratorio-2#scripts-del-laboratorio": {
        type: "matching",
        v: 1,
        value: { chosen: [0, -1, 2] },
        correct: false,
        revealed: true,
      },
    };
    const stored = { ...validV2, answers: { ...validV2.answers, ...answers } };
    expect(readProgress(JSON.stringify(stored)).answers).toEqual({
      ...validV2.answers,
      ...Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, { revealed: undefined, ...a }])),
    });
  });

  it("migrates the v1 store of a student of the first release, keeping every answer", () => {
    const raw = readFileSync(new URL("../fixtures/progress-v1.json", import.meta.url), "utf8");
    const v1 = JSON.parse(raw) as {
      answers: Record<string, { selected: number[]; correct: boolean; revealed?: boolean }>;
    };
    const migrated = readProgress(raw);
    expect(migrated.version).toBe(2);
    expect(Object.keys(migrated.answers)).toEqual(Object.keys(v1.answers));
    for (const [id, old] of Object.entries(v1.answers))
      expect(migrated.answers[id]).toEqual({
        type: "choice",
        v: 1,
        value: { selected: old.selected },
        correct: old.correct,
        revealed: old.revealed,
      });
    // What the page saves back reads the same again.
    expect(readProgress(JSON.stringify(migrated))).toEqual(migrated);
  });

  it.each([
    ["an unknown question type", { type: "essay", v: 1, value: { text: "…" }, correct: true }],
    [
      "an ordering answer that is not a permutation",
      { type: "ordering", v: 1, value: { order: [1, 1] }, correct: false },
    ],
    ["a matching answer of choice's shape", { type: "matching", v: 1, value: { selected: [1] }, correct: false }],
    ["a future version of a type's answer", { type: "choice", v: 99, value: { selected: [1] }, correct: true }],
    ["a value of another shape", { type: "choice", v: 1, value: { selected: "1" }, correct: true }],
  ])("drops %s from storage, and rejects it in an import", (_name, answer) => {
    const value = { ...validV2, answers: { ...validV2.answers, x: answer } };
    expect(Object.keys(readProgress(JSON.stringify(value)).answers)).toEqual(Object.keys(validV2.answers));
    expect(parseProgress(value, true)).toBeUndefined();
  });

  it.each([
    ["nothing", null],
    ["corrupt JSON", "{not json"],
    ["a foreign value", JSON.stringify({ theme: "dark" })],
    ["another version", JSON.stringify({ ...valid, version: 2 })],
    ["an array", "[1,2]"],
    ["a string", '"hola"'],
    ["answers that are a list", JSON.stringify({ ...valid, answers: [1] })],
  ])("reads %s as empty progress", (_name, raw) => {
    expect(readProgress(raw)).toEqual(emptyProgress());
  });

  it("keeps the valid answers of a partly corrupt value", () => {
    const raw = JSON.stringify({ ...valid, answers: { ...valid.answers, x: { selected: "1", correct: true } } });
    expect(Object.keys(readProgress(raw).answers)).toEqual(Object.keys(valid.answers));
  });
});

describe("imported progress", () => {
  it("accepts a file exported by this release (v2) and by the first one (v1)", () => {
    expect(parseProgress(JSON.parse(JSON.stringify(validV2)), true)).toEqual(validV2);
    expect(parseProgress(JSON.parse(JSON.stringify(valid)), true)).toEqual(validV2);
  });

  it("accepts an exported file", () => {
    expect(parseProgress(JSON.parse(JSON.stringify(valid)), true)?.answers).toHaveProperty(["tema2/laboratorio-1#a"]);
  });

  it.each([
    ["a file of another program", { answers: {} }],
    ["a negative option", { ...valid, answers: { a: { selected: [-1], correct: true } } }],
    ["a missing verdict", { ...valid, answers: { a: { selected: [1] } } }],
    ["an empty id", { ...valid, answers: { "": { selected: [1], correct: true } } }],
    ["null", null],
  ])("rejects %s as a whole", (_name, value) => {
    expect(parseProgress(value, true)).toBeUndefined();
  });
});

describe("scores", () => {
  it("counts right and answered quizzes among a lesson's ids", () => {
    const progress = parseProgress(valid)!;
    expect(score(progress, ["tema2/laboratorio-1#a", "tema2/laboratorio-1#b", "otra#c"])).toEqual({
      correct: 1,
      answered: 2,
      total: 3,
    });
    expect(fill("{correct} de {total} correctas", score(progress, ["tema2/laboratorio-1#a"]))).toBe("1 de 1 correctas");
  });
});

describe("question type registries", () => {
  it("list the same types in the server and in the browser, with the same answer version", () => {
    expect(Object.keys(browserTypes).sort()).toEqual(Object.keys(questionTypes).sort());
    for (const [name, type] of Object.entries(questionTypes))
      expect(browserTypes[name]?.answerVersion, name).toBe(type.answerVersion);
  });

  it("give every type a script of its own that hands its island over, included by the quiz component", () => {
    const component = readFileSync(resolve(import.meta.dirname, "../../src/site/components/QuizIsland.astro"), "utf8");
    for (const name of Object.keys(questionTypes)) {
      // Named by type, so is its chunk (`ShortScript.astro_…js`): the budget tests tell them apart.
      const file = `${name}/${name[0]!.toUpperCase()}${name.slice(1)}Script.astro`;
      const script = readFileSync(resolve(import.meta.dirname, `../../src/core/quiz/types/${file}`), "utf8");
      expect(script, name).toContain(`(window.aulaQuizIslands ??= {}).${name} = island;`);
      expect(component, name).toContain(`../../core/quiz/types/${file}`);
      expect(component, name).toMatch(new RegExp(`\\b${name}: \\w+Script,`));
    }
    // Module scripts run in document order: the type scripts must come before the quiz script.
    expect(component.indexOf("<Script />")).toBeLessThan(component.indexOf('import "../islands/quiz.ts"'));
  });
});
