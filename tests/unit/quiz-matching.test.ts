import { describe, expect, it } from "vitest";
import { answerKeyData } from "../../src/exporters/print/document.ts";
import { gradeMatching, isMatchingAnswer } from "../../src/core/quiz/types/matching/grade.ts";
import { matching, matchingChoices, paperLetters } from "../../src/core/quiz/types/matching/index.ts";
import { elements, htmlTree, text } from "./support/hast.ts";
import { quizzesOf, renderMarkdown } from "./support/markdown.ts";

const scripts = [
  "{:.quiz #scripts}",
  "¿Qué hace cada script del laboratorio?",
  "",
  "- `build.sh` -> Construye la imagen `chapter2`",
  "- `debug.sh` → Lanza el contenedor en primer plano",
  "- `run.sh` -> Lanza el contenedor como demonio",
  "- -> Borra la imagen",
  "",
  "> Todos usan la imagen que crea `build.sh`.",
  "",
].join("\n");

describe("matching: a list of `left -> right`", () => {
  it("reads the pairs (-> or →) and the spare right items (an empty left)", async () => {
    const { quizzes, diagnostics } = await quizzesOf(scripts);
    expect(diagnostics).toEqual([]);
    expect(quizzes).toEqual([
      {
        id: "tema2/prueba#scripts",
        type: "matching",
        question: "¿Qué hace cada script del laboratorio?",
        pairs: [
          { left: "`build.sh`", right: "Construye la imagen `chapter2`" },
          { left: "`debug.sh`", right: "Lanza el contenedor en primer plano" },
          { left: "`run.sh`", right: "Lanza el contenedor como demonio" },
        ],
        distractors: ["Borra la imagen"],
        explanation: "Todos usan la imagen que crea `build.sh`.",
      },
    ]);
  });

  it("keeps an arrow inside inline code as text", async () => {
    const { quizzes, diagnostics } = await quizzesOf("{:.quiz}\n¿Qué?\n\n- `a -> b` -> Uno\n- `c` -> Dos\n");
    expect(diagnostics).toEqual([]);
    expect(quizzes[0]).toMatchObject({
      pairs: [
        { left: "`a -> b`", right: "Uno" },
        { left: "`c`", right: "Dos" },
      ],
    });
  });

  it("renders a labelled <select> per left item with every right item, scrambled, and the pairs in «Ver solución»", async () => {
    const { html } = await quizzesOf(scripts);
    const tree = htmlTree(html);
    const selects = elements(tree, { tag: "select" });
    expect(selects).toHaveLength(3);
    for (const [i, select] of selects.entries()) {
      const [label] = elements(tree, { tag: "label", props: { htmlFor: String(select.properties.id) } });
      expect(text(label!)).toBe(["build.sh", "debug.sh", "run.sh"][i]);
      const options = elements(select, { tag: "option" });
      expect(options[0]?.properties.value).toBe("");
      expect(text(options[0]!)).toBe("Elige…");
      expect(options.slice(1).map((o) => o.properties.value)).not.toEqual(["0", "1", "2", "3"]);
      expect(
        options
          .slice(1)
          .map((o) => [o.properties.value, text(o)])
          .sort(),
      ).toEqual([
        ["0", "Construye la imagen chapter2"],
        ["1", "Lanza el contenedor en primer plano"],
        ["2", "Lanza el contenedor como demonio"],
        ["3", "Borra la imagen"],
      ]);
    }
    const [details] = elements(tree, { tag: "details", className: "quiz__solution" });
    expect(elements(details!, { tag: "li" }).map(text)).toEqual([
      "build.sh → Construye la imagen chapter2",
      "debug.sh → Lanza el contenedor en primer plano",
      "run.sh → Lanza el contenedor como demonio",
    ]);
    expect(text(elements(details!, { className: "quiz__spare" })[0]!)).toBe("Sobran: Borra la imagen");
    // On paper: the right items lettered, in the page's order, and a line per left item.
    const [rights] = elements(tree, { tag: "ol", className: "quiz__rights" });
    expect(rights?.properties.type).toBe("a");
    expect(elements(rights!, { tag: "li" }).map(text)).toEqual(
      elements(selects[0]!, { tag: "option" }).slice(1).map(text),
    );
    expect(elements(tree, { className: "quiz__slot" })).toHaveLength(3);
    expect(elements(tree, { tag: "ul", className: "quiz__pairs" })[0]?.properties.dataPagefindIgnore).toBe("");
    expect(html).toContain('data-grading="{&#x22;key&#x22;:[0,1,2]}"');
  });

  it("offers a right item shared by two left items once", () => {
    expect(
      matchingChoices({
        pairs: [
          { left: "KVM", right: "Tipo 1" },
          { left: "VirtualBox", right: "Tipo 2" },
          { left: "ESXi", right: "Tipo 1" },
        ],
        distractors: ["Contenedor"],
      }),
    ).toEqual({ choices: ["Tipo 1", "Tipo 2", "Contenedor"], key: [0, 1, 0] });
  });

  it("grades the share of pairs right", () => {
    const quiz = { key: [0, 1, 0] };
    expect(gradeMatching(quiz, { chosen: [0, 1, 0] })).toEqual({ correct: true, score: 1, hits: 3, total: 3 });
    expect(gradeMatching(quiz, { chosen: [0, -1, 1] })).toEqual({ correct: false, score: 1 / 3, hits: 1, total: 3 });
    expect(gradeMatching(quiz, { chosen: [2, 2, 2] })).toMatchObject({ correct: false, score: 0 });
    expect(gradeMatching(quiz, { chosen: [] })).toMatchObject({ correct: false, score: 0 });
  });

  it("reads a stored answer's shape, and nothing else", () => {
    expect(isMatchingAnswer({ chosen: [0, -1, 2] })).toBe(true);
    for (const bad of [
      null,
      {},
      { chosen: "1" },
      { chosen: [-2] },
      { chosen: [1.5] },
      { chosen: [100] },
      { order: [] },
    ])
      expect(isMatchingAnswer(bad), JSON.stringify(bad)).toBe(false);
  });

  it("writes its Solucionario as the paper asks: the letter of each pair's right item, and the spare ones", async () => {
    const { quizzes } = await quizzesOf(scripts);
    const { html } = await renderMarkdown(scripts);
    // The lettered list printed under the exercise: a, b, c… in this order.
    const lettered = elements(htmlTree(html), { className: "quiz__rights" })[0]!;
    const rights = elements(lettered, { tag: "li" }).map(text);
    expect(rights.slice().sort()).toEqual(
      [
        "Construye la imagen chapter2",
        "Lanza el contenedor en primer plano",
        "Lanza el contenedor como demonio",
        "Borra la imagen",
      ].sort(),
    );
    const letter = (right: string) => String.fromCharCode(97 + rights.indexOf(right));
    expect(matching.answerKey(quizzes[0] as never)).toEqual({
      answers: [
        `**${letter("Construye la imagen chapter2")}** · \`build.sh\` → Construye la imagen \`chapter2\``,
        `**${letter("Lanza el contenedor en primer plano")}** · \`debug.sh\` → Lanza el contenedor en primer plano`,
        `**${letter("Lanza el contenedor como demonio")}** · \`run.sh\` → Lanza el contenedor como demonio`,
      ],
      notes: [
        {
          correct: false,
          text: `**${letter("Borra la imagen")}** · Borra la imagen`,
          explanation: "no es pareja de ninguno",
        },
      ],
    });
    const [section] = answerKeyData([{ lessonId: "tema2/prueba", title: "Prueba", quizzes }]);
    expect(section?.items[0]).toMatchObject({ correctLabel: "print.answersMultiple" });
    // One line per pair, printed as a list: no «; » joining sentences.
    expect(section?.items[0]?.correctHtml).toHaveLength(3);
    expect(section?.items[0]?.correctHtml[0]).toBe(
      `<strong>${letter("Construye la imagen chapter2")}</strong> · <code>build.sh</code> → Construye la imagen <code>chapter2</code>`,
    );
  });

  it("letters the right items as the printed list does, past z", () => {
    const order = Array.from({ length: 30 }, (_, i) => i);
    const letterOf = paperLetters(order);
    expect([0, 1, 25, 26, 27, 29].map(letterOf)).toEqual(["a", "b", "z", "aa", "ab", "ad"]);
  });
});

describe("matching: author mistakes, at file:line with the fix", () => {
  const cases: [string, string, string, number, RegExp][] = [
    ["an item without ->", "{:.quiz}\n¿Qué?\n\n- A -> 1\n- B 2\n", "quiz/matching-no-arrow", 5, /izquierda -> derecha/],
    [
      "an empty right side",
      "{:.quiz}\n¿Qué?\n\n- A -> 1\n- B ->\n- C -> 3\n",
      "quiz/matching-empty-side",
      5,
      /izquierda -> derecha/,
    ],
    [
      "a left item twice",
      "{:.quiz}\n¿Qué?\n\n- A -> 1\n- B -> 2\n- A -> 3\n",
      "quiz/matching-duplicate-left",
      6,
      /una sola vez/,
    ],
    [
      "a spare item that is a pair's",
      "{:.quiz}\n¿Qué?\n\n- A -> 1\n- B -> 2\n- -> 1\n",
      "quiz/matching-duplicate-right",
      6,
      /distinta/,
    ],
    ["one pair", "{:.quiz}\n¿Qué?\n\n- A -> 1\n- -> 2\n", "quiz/matching-one-pair", 4, /al menos dos parejas/],
    [
      "lines under a pair",
      "{:.quiz}\n¿Qué?\n\n- A -> 1\n  porque sí\n- B -> 2\n",
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

  it("names the line of the first copy of a repeated left item", async () => {
    const { diagnostics } = await quizzesOf("{:.quiz}\n¿Qué?\n\n- A -> 1\n- B -> 2\n- A -> 3\n");
    expect(diagnostics[0]?.message).toBe("«A» está dos veces a la izquierda (la otra en la línea 4)");
  });

  it("leaves a choice whose option has an arrow to choice", async () => {
    const { quizzes, diagnostics } = await quizzesOf("{:.quiz}\n¿Cuál?\n\n- (x) A -> B\n- ( ) C\n");
    expect(diagnostics).toEqual([]);
    expect(quizzes[0]?.type).toBe("choice");
  });
});
