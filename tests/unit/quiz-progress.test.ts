import { describe, expect, it } from "vitest";
import { emptyProgress, fill, parseProgress, readProgress, score } from "../../src/quiz/progress.ts";

const valid = {
  format: "aula-progreso",
  version: 1,
  answers: {
    "tema2/laboratorio-1#a": { selected: [1], correct: true },
    "tema2/laboratorio-1#b": { selected: [0, 2], correct: false, revealed: true },
  },
};

describe("stored progress", () => {
  it("reads what the quizzes stored", () => {
    expect(readProgress(JSON.stringify(valid))).toEqual({
      ...valid,
      answers: {
        "tema2/laboratorio-1#a": { selected: [1], correct: true, revealed: undefined },
        "tema2/laboratorio-1#b": { selected: [0, 2], correct: false, revealed: true },
      },
    });
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
