import { describe, expect, it } from "vitest";
import { answerKeyData } from "../../src/exporters/print/document.ts";
import { gradeOrdering, isOrderingAnswer } from "../../src/core/quiz/types/ordering/grade.ts";
import { ordering } from "../../src/core/quiz/types/ordering/index.ts";
import { elements, htmlTree, text } from "./support/hast.ts";
import { quizzesOf, renderMarkdown } from "./support/markdown.ts";

const steps = [
  "{:.quiz #pasos}",
  "Ordena los pasos para publicar la imagen:",
  "",
  "1. `docker build -t app .`",
  "2. `docker run --rm app`",
  "3. `docker tag app usuario/app`",
  "4. `docker push usuario/app`",
  "",
  "> Primero se construye, luego se prueba y se publica.",
  "",
].join("\n");

describe("ordering: a numbered list without markers", () => {
  it("reads the written order as the answer, with the question and general explanation", async () => {
    const { quizzes, diagnostics } = await quizzesOf(steps);
    expect(diagnostics).toEqual([]);
    expect(quizzes).toEqual([
      {
        id: "tema2/prueba#pasos",
        type: "ordering",
        question: "Ordena los pasos para publicar la imagen:",
        items: [
          "`docker build -t app .`",
          "`docker run --rm app`",
          "`docker tag app usuario/app`",
          "`docker push usuario/app`",
        ],
        explanation: "Primero se construye, luego se prueba y se publica.",
      },
    ]);
  });

  it("renders the items scrambled (never the written order), with «Subir»/«Bajar» and the order in «Ver solución»", async () => {
    const { html } = await quizzesOf(steps);
    const tree = htmlTree(html);
    const [list] = elements(tree, { tag: "ol", className: "quiz__order" });
    const items = elements(list!, { tag: "li" });
    const keys = items.map((li) => li.properties.dataKey);
    expect(keys.slice().sort()).toEqual(["0", "1", "2", "3"]);
    expect(keys).not.toEqual(["0", "1", "2", "3"]);
    // Scrambled the same way on every build: the id decides.
    expect((await quizzesOf(steps)).html).toBe(html);
    expect(elements(tree, { tag: "button", props: { dataMove: "up" } }).map(text)).toContain(
      "Subir docker push usuario/app",
    );
    expect(elements(tree, { tag: "button", props: { dataMove: "down" } })).toHaveLength(4);
    // The buttons appear with the island; without it the list just reads.
    expect(elements(tree, { props: { dataMoves: true, hidden: true } })).toHaveLength(4);
    const [details] = elements(tree, { tag: "details", className: "quiz__solution" });
    const [order] = elements(details!, { tag: "ol", className: "quiz__solution-order" });
    const solution = elements(order!, { tag: "li" }).map(text);
    expect(solution).toEqual([
      "docker build -t app .",
      "docker run --rm app",
      "docker tag app usuario/app",
      "docker push usuario/app",
    ]);
    expect(elements(tree, { props: { ariaLive: "polite", dataOrderStatus: true } })).toHaveLength(1);
    // Answers stay out of the search index.
    expect(list!.properties.dataPagefindIgnore).toBe("");
    // On paper: a box per item to write its place in.
    expect(elements(list!, { className: "quiz__slot" })).toHaveLength(4);
    expect(html).toContain('data-grading="{&#x22;count&#x22;:4}"');
  });

  it("grades the share of items in their place", () => {
    const quiz = { count: 4 };
    expect(gradeOrdering(quiz, { order: [0, 1, 2, 3] })).toEqual({ correct: true, score: 1, hits: 4, total: 4 });
    expect(gradeOrdering(quiz, { order: [0, 1, 3, 2] })).toEqual({ correct: false, score: 0.5, hits: 2, total: 4 });
    expect(gradeOrdering(quiz, { order: [3, 2, 1, 0] })).toEqual({ correct: false, score: 0, hits: 0, total: 4 });
    // Shown before answering, or from an older version of the question: nothing right.
    expect(gradeOrdering(quiz, { order: [] }).score).toBe(0);
    expect(gradeOrdering(quiz, { order: [0, 1, 2] }).correct).toBe(false);
  });

  it("reads a stored answer's shape, and nothing else", () => {
    expect(isOrderingAnswer({ order: [2, 0, 1] })).toBe(true);
    expect(isOrderingAnswer({ order: [] })).toBe(true);
    for (const bad of [
      null,
      {},
      { order: "1" },
      { order: [0, 0] },
      { order: [1, 2] },
      { order: [0.5] },
      { selected: [0] },
    ])
      expect(isOrderingAnswer(bad), JSON.stringify(bad)).toBe(false);
  });

  it("writes its Solucionario as the paper asks: the place of each item, in the printed order", async () => {
    const { quizzes } = await quizzesOf(steps);
    const { html } = await renderMarkdown(steps);
    // What the printed exercise shows, top to bottom (a box before each item).
    const printed = elements(htmlTree(html), { className: "quiz__order-item" }).map(text);
    const written = quizzes[0]!.type === "ordering" ? quizzes[0]!.items.map((i) => i.replace(/`/g, "")) : [];
    expect(printed).not.toEqual(written);
    const key = ordering.answerKey(quizzes[0] as never);
    expect(key.answers).toHaveLength(4);
    // Each line: the number to write in that item's box, then the item as printed.
    expect(key.answers.map((line) => line.replace(/`/g, "").replace(/\*\*/g, ""))).toEqual(
      printed.map((item) => `${written.indexOf(item) + 1} · ${item}`),
    );
    const [section] = answerKeyData([{ lessonId: "tema2/prueba", title: "Prueba", quizzes }]);
    expect(section?.items[0]?.correctLabel).toBe("print.answersMultiple");
    expect(section?.items[0]?.correctHtml[0]).toMatch(/^<strong>\d<\/strong> · <code>docker /);
  });

  it("keeps the id when only the explanation changes, and changes it with the items", async () => {
    const base = "{:.quiz}\n¿Orden?\n\n1. A\n2. B\n";
    const [a] = (await quizzesOf(base)).quizzes;
    const [b] = (await quizzesOf(`${base}\n> Otra explicación.\n`)).quizzes;
    const [c] = (await quizzesOf("{:.quiz}\n¿Orden?\n\n1. B\n2. A\n")).quizzes;
    expect(a?.id).toBe(b?.id);
    expect(a?.id).not.toBe(c?.id);
  });

  it("leaves a numbered list with choice markers to choice, as before", async () => {
    const { quizzes, diagnostics } = await quizzesOf("{:.quiz}\n¿Cuál?\n\n1. ( ) Uno\n2. (x) Dos\n");
    expect(diagnostics).toEqual([]);
    expect(quizzes[0]?.type).toBe("choice");
  });
});

describe("ordering: author mistakes, at file:line with the fix", () => {
  const cases: [string, string, string, number, RegExp][] = [
    ["one item", "{:.quiz}\n¿Orden?\n\n1. Solo uno\n", "quiz/ordering-one-item", 4, /al menos dos|lista numerada/],
    ["an empty item", "{:.quiz}\n¿Orden?\n\n1. A\n2.\n3. C\n", "quiz/ordering-empty-item", 5, /borra la línea/],
    ["the same item twice", "{:.quiz}\n¿Orden?\n\n1. A\n2. B\n3. A\n", "quiz/ordering-duplicate-item", 6, /ambiguo/],
    [
      "lines under an item",
      "{:.quiz}\n¿Orden?\n\n1. A\n   porque sí\n2. B\n",
      "quiz/item-extra-lines",
      4,
      /una sola línea/,
    ],
  ];

  it.each(cases)("%s", async (_name, markdown, ruleId, line, fix) => {
    const { diagnostics, quizzes } = await quizzesOf(markdown);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: "content/tema2/prueba.md",
        line,
        severity: "error",
        ruleId,
        fix: expect.stringMatching(fix),
      }),
    ]);
    expect(quizzes).toEqual([]);
  });

  it("names the line of the other copy of a repeated item", async () => {
    const { diagnostics } = await quizzesOf("{:.quiz}\n¿Orden?\n\n1. A\n2. B\n3. A\n");
    expect(diagnostics[0]?.message).toBe("El elemento «A» está repetido (el otro está en la línea 4)");
  });
});
