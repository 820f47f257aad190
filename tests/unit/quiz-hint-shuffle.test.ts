import { describe, expect, it } from "vitest";
import { parseCourseConfig } from "../../src/core/course/config.ts";
import { lessonQuizzes } from "../../src/exporters/moodle/course.ts";
import { seededOrder } from "../../src/core/quiz/shuffle.ts";
import { elements, htmlTree, text } from "./support/hast.ts";
import { quizzesOf } from "./support/markdown.ts";

function courseWith(yaml: string) {
  const { config, diagnostics } = parseCourseConfig(
    `title: C\nunits:\n  - id: tema2\n    title: T\n${yaml}`,
    "curso.yaml",
  );
  expect(diagnostics).toEqual([]);
  return config!;
}

const withHint = [
  "{:.quiz}",
  "¿Qué orden construye una imagen?",
  "",
  "> **Pista:** mira `build.sh`.",
  "",
  "- (x) `docker build`",
  "- ( ) `docker run`",
  "",
  "> `build` construye; `run` arranca.",
  "",
].join("\n");

describe("hint: a `> Pista:` quote before the answers", () => {
  it("reads the hint apart from the general explanation", async () => {
    const { quizzes, diagnostics } = await quizzesOf(withHint);
    expect(diagnostics).toEqual([]);
    expect(quizzes[0]).toMatchObject({
      type: "choice",
      hint: "mira `build.sh`.",
      explanation: "`build` construye; `run` arranca.",
      options: [{ text: "`docker build`" }, { text: "`docker run`" }],
    });
  });

  it("works for every type (here, ordering and matching)", async () => {
    const { quizzes, diagnostics } = await quizzesOf(
      "{:.quiz}\n¿Orden?\n\n> Pista: de fuera adentro.\n\n1. A\n2. B\n\n{:.quiz}\n¿Pares?\n\n> Pista: por el nombre.\n\n- A -> 1\n- B -> 2\n",
    );
    expect(diagnostics).toEqual([]);
    expect(quizzes.map((q) => [q.type, q.hint])).toEqual([
      ["ordering", "de fuera adentro."],
      ["matching", "por el nombre."],
    ]);
  });

  it("renders it behind «Ver pista»: a <details> without JavaScript, a button for the island", async () => {
    const { html } = await quizzesOf(withHint);
    const tree = htmlTree(html);
    const [details] = elements(tree, { tag: "details", className: "quiz__tip-details" });
    expect(text(elements(details!, { tag: "summary" })[0]!)).toBe("Ver pista");
    expect(text(details!)).toBe("Ver pista Pista: mira build.sh.");
    const [button] = elements(tree, { tag: "button", props: { dataAction: "tip" } });
    const [tip] = elements(tree, { props: { dataTip: true } });
    expect(button?.properties).toMatchObject({
      ariaExpanded: "false",
      ariaControls: [tip?.properties.id],
      hidden: true,
    });
    expect(tip?.properties.hidden).toBe(true);
    // Before the answers, and not in the search index.
    expect(html.indexOf("quiz__tip")).toBeLessThan(html.indexOf("quiz__options"));
    expect(elements(tree, { className: "quiz__tip" })[0]?.properties.dataPagefindIgnore).toBe("");
  });

  it("does not change the quiz id (students keep their answers when a hint is added)", async () => {
    const without = withHint.replace("> **Pista:** mira `build.sh`.\n\n", "");
    expect((await quizzesOf(without)).quizzes[0]?.id).toBe((await quizzesOf(withHint)).quizzes[0]?.id);
  });

  const cases: [string, string, string, number][] = [
    ["an empty hint", "{:.quiz}\n¿Qué?\n\n> Pista:\n\n- (x) A\n- ( ) B\n", "quiz/empty-hint", 4],
    [
      "a hint after the answers",
      "{:.quiz}\n¿Qué?\n\n- (x) A\n- ( ) B\n\n> Pista: la A.\n",
      "quiz/hint-after-answers",
      7,
    ],
    [
      "both .barajar and .no-barajar",
      "{:.quiz .barajar .no-barajar}\n¿Qué?\n\n- (x) A\n- ( ) B\n",
      "quiz/shuffle-conflict",
      1,
    ],
  ];
  it.each(cases)("reports %s at file:line", async (_name, markdown, ruleId, line) => {
    const { diagnostics } = await quizzesOf(markdown);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: "content/tema2/prueba.md", line, severity: "error", ruleId }),
    ]);
  });
});

describe("shuffle: a per-student order that is the same on every load", () => {
  it("gives a permutation that depends only on the seed", () => {
    const order = seededOrder(8, "alumno:tema2/lab#q1");
    expect(order.slice().sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(seededOrder(8, "alumno:tema2/lab#q1")).toEqual(order);
    // Other students (or quizzes) see other orders.
    const others = ["otro:tema2/lab#q1", "alumno:tema2/lab#q2", "x", "y", "z"].map((s) => seededOrder(8, s).join());
    expect(new Set([order.join(), ...others]).size).toBeGreaterThan(4);
    expect(seededOrder(0, "a")).toEqual([]);
    expect(seededOrder(1, "a")).toEqual([0]);
  });

  it("never returns the written order when asked to derange (ordering, matching)", () => {
    for (let i = 0; i < 300; i++) {
      const n = 2 + (i % 4);
      const order = seededOrder(n, `seed${i}`, true);
      expect(order.slice().sort()).toEqual([...Array(n).keys()]);
      expect(order).not.toEqual([...Array(n).keys()]);
    }
  });

  it("marks a quiz with .barajar, or <Quiz barajar> in MDX, and keeps the written order in the HTML", async () => {
    const { quizzes, html } = await quizzesOf("{:.quiz .barajar}\n¿Cuál?\n\n- (x) Uno\n- ( ) Dos\n- ( ) Tres\n");
    expect(quizzes[0]).toMatchObject({ shuffle: true });
    const tree = htmlTree(html);
    expect(elements(tree, { tag: "aula-quiz" })[0]?.properties.dataShuffle).toBe("");
    expect(elements(tree, { className: "quiz__option" }).map(text)).toEqual(["Uno", "Dos", "Tres"]);
    const mdx = lessonQuizzes(
      "content/tema2/l.mdx",
      "---\ntitle: L\n---\n<Quiz barajar>\n¿Cuál?\n\n- (x) Uno\n- ( ) Dos\n</Quiz>\n",
      { lessonId: "tema2/l", unit: "tema2", course: courseWith("") },
    );
    expect(mdx.problems).toEqual([]);
    expect(mdx.quizzes[0]).toMatchObject({ shuffle: true });
    expect((await quizzesOf("{:.quiz}\n¿Cuál?\n\n- (x) Uno\n- ( ) Dos\n")).quizzes[0]).not.toHaveProperty("shuffle");
  });

  it("takes the course default from curso.yaml, which .no-barajar overrides", () => {
    const source =
      "---\ntitle: L\n---\n{:.quiz}\n¿A?\n\n- (x) Uno\n- ( ) Dos\n\n{:.quiz .no-barajar}\n¿B?\n\n- (x) Uno\n- ( ) Dos\n";
    const { quizzes, problems } = lessonQuizzes("content/tema2/l.md", source, {
      lessonId: "tema2/l",
      unit: "tema2",
      course: courseWith("cuestionarios:\n  barajar: true\n"),
    });
    expect(problems).toEqual([]);
    expect(quizzes.map((q) => q.shuffle)).toEqual([true, undefined]);
  });

  it("rejects a curso.yaml «cuestionarios» it does not know", () => {
    for (const yaml of ["cuestionarios:\n  barajar: sí\n", "cuestionarios:\n  barajr: true\n"]) {
      const { diagnostics } = parseCourseConfig(`title: C\nunits:\n  - id: tema2\n    title: T\n${yaml}`, "curso.yaml");
      expect(diagnostics).toEqual([
        expect.objectContaining({ ruleId: "course/schema", message: expect.stringContaining("cuestionarios") }),
      ]);
    }
  });
});
