import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { answerKeyOf } from "../../src/exporters/print/answers.ts";
import type { ChoiceQuestion } from "../../src/core/quiz/model.ts";
import { quizSchema } from "../../src/core/quiz/model.ts";
import { parseQuiz, readQuizIal } from "../../src/core/quiz/parse.ts";
import { choice } from "../../src/core/quiz/types/choice/index.ts";
import { namesAnswer } from "../../src/core/quiz/types/choice/reveal.ts";
import { isChoiceAnswer } from "../../src/core/quiz/types/choice/answer.ts";
import { type ChoiceGrading, gradeChoice } from "../../src/core/quiz/types/choice/grade.ts";
import { defaultQuestionType, questionType, questionTypeFor, questionTypes } from "../../src/core/quiz/types/index.ts";
import { validateQuiz } from "../../src/core/quiz/validate.ts";
import { quizzesOf, renderMarkdown } from "./support/markdown.ts";

const seedForm = `{:.quiz}<br>

 ¿De dónde se extraen las imágenes por defecto?

- ( ) Docker Trusted Registry
- (x) Docker Hub
- ( ) No hay ninguno por defecto
`;

describe("quiz syntax: valid forms", () => {
  it("reads the seed's kramdown form ({:.quiz}<br>, blank line, indented question)", async () => {
    const { html, quizzes, diagnostics } = await quizzesOf(seedForm);
    expect(diagnostics).toEqual([]);
    expect(quizzes).toEqual([
      {
        id: expect.stringMatching(/^tema2\/prueba#q[0-9a-z]{7}$/),
        type: "choice",
        multiple: false,
        question: "¿De dónde se extraen las imágenes por defecto?",
        options: [
          { text: "Docker Trusted Registry", correct: false },
          { text: "Docker Hub", correct: true },
          { text: "No hay ninguno por defecto", correct: false },
        ],
      },
    ]);
    expect(quizSchema.safeParse(quizzes[0]).success).toBe(true);
    expect(html).not.toContain("{:");
    expect(html).not.toContain("( )");
    expect(html).toContain("<fieldset");
    expect(html).toMatch(
      /<legend class="quiz__legend"><span class="quiz__number">Pregunta 1<\/span> <span class="quiz__question">/,
    );
    expect(html.match(/type="radio"/g)).toHaveLength(3);
  });

  it("reads the question in the same paragraph as {:.quiz}, and a * list", async () => {
    const { quizzes, diagnostics } = await quizzesOf("{:.quiz}\n¿Cuál?\n* (x) Uno\n* ( ) Dos\n");
    expect(diagnostics).toEqual([]);
    expect(quizzes[0]).toMatchObject({
      question: "¿Cuál?",
      type: "choice",
      multiple: false,
      options: [{ correct: true }, {}],
    });
  });

  it("reads the question after a blank line without <br>", async () => {
    const { quizzes } = await quizzesOf("{:.quiz}\n\n¿Cuál?\n\n- ( ) Uno\n- (X) Dos\n");
    expect((quizzes[0] as ChoiceQuestion | undefined)?.options.map((o) => o.correct)).toEqual([false, true]);
  });

  it("reads [ ] / [x] / [X] as multiple choice, with checkboxes of its own and no task-list checkbox", async () => {
    const { html, quizzes, diagnostics } = await quizzesOf(
      "{:.quiz}\n¿Qué son objetos de Docker?\n\n- [x] Imágenes\n- [ ] Máquinas virtuales\n- [X] Contenedores\n",
    );
    expect(diagnostics).toEqual([]);
    expect(quizzes[0]).toMatchObject({
      type: "choice",
      multiple: true,
      options: [
        { text: "Imágenes", correct: true },
        { text: "Máquinas virtuales", correct: false },
        { text: "Contenedores", correct: true },
      ],
    });
    expect(html).not.toContain("task-list");
    expect(html).not.toContain("disabled");
    expect(html).not.toMatch(/checked/);
    expect(html.match(/type="checkbox"/g)).toHaveLength(3);
    expect(html).toContain("Elige todas las respuestas correctas.");
  });

  it("leaves no [ ] marker in an option whose text starts with inline code", async () => {
    const {
      quizzes: [quiz],
    } = await quizzesOf("{:.quiz}\n¿Cuáles?\n\n- [x] `docker image ls` lista imágenes\n- [ ] `docker run` lista\n");
    expect((quiz as ChoiceQuestion | undefined)?.options.map((o) => [o.text, o.correct])).toEqual([
      ["`docker image ls` lista imágenes", true],
      ["`docker run` lista", false],
    ]);
  });

  it("reads option explanations (indented lines) and a general explanation (a > quote), with inline Markdown", async () => {
    const { html, quizzes } = await quizzesOf(
      [
        "{:.quiz}",
        "¿Qué comando lista las imágenes?",
        "",
        "- (x) `docker image ls`",
        "  Lista las imágenes [locales](https://docs.docker.com/).",
        "- ( ) `docker container ls`",
        "  Lista contenedores,",
        "  no imágenes.",
        "",
        "> `image` trabaja con imágenes.",
        "> Y `container`, con contenedores.",
        "",
        "Texto que sigue.",
      ].join("\n"),
    );
    expect(quizzes[0]).toEqual({
      id: expect.any(String),
      type: "choice",
      multiple: false,
      question: "¿Qué comando lista las imágenes?",
      options: [
        {
          text: "`docker image ls`",
          correct: true,
          explanation: "Lista las imágenes [locales](https://docs.docker.com/).",
        },
        { text: "`docker container ls`", correct: false, explanation: "Lista contenedores, no imágenes." },
      ],
      explanation: "`image` trabaja con imágenes. Y `container`, con contenedores.",
    });
    expect(html).toContain('<span class="quiz__text"><code>docker image ls</code></span>');
    expect(html).toContain('<a href="https://docs.docker.com/" rel="noopener noreferrer">locales</a>');
    expect(html).not.toContain("<blockquote>");
    expect(html).toContain("<p>Texto que sigue.</p>");
  });

  it("marks which option explanations a wrong answer may show: not those naming the answer, nor «(solución)» ones", async () => {
    const { html, quizzes } = await quizzesOf(
      [
        "{:.quiz}",
        "¿Dónde busca Docker las imágenes?",
        "",
        "- ( ) Docker Store",
        "  Se integró en **Docker hub**.",
        "- (x) Docker Hub",
        "  Es el registro por defecto.",
        "- ( ) En ninguno",
        "  (solución) Sí hay uno por defecto.",
        "- ( ) En el disco",
        "  Solo si ya la descargaste.",
      ].join("\n"),
    );
    const options = (quizzes[0] as ChoiceQuestion).options;
    expect(options[2]).toEqual({
      text: "En ninguno",
      correct: false,
      explanation: "Sí hay uno por defecto.",
      solutionOnly: true,
    });
    expect([...html.matchAll(/data-explanation="(\w+)"/g)].map((m) => m[1])).toEqual([
      "solution",
      "solution",
      "solution",
      "answer",
    ]);
    expect(html).not.toContain("(solución)");
  });

  it.each([
    ["Se integró en Docker Hub.", true],
    ["Se integró en `docker hub`.", true],
    ["Es un registro privado.", false],
  ])("namesAnswer(%j) is %s", (explanation, names) => {
    expect(namesAnswer(explanation, ["Docker Hub"])).toBe(names);
  });

  it("keeps answers, explanations and the solution out of the search index, and readable without JS", async () => {
    const { html } = await quizzesOf("{:.quiz}\n¿Cuál?\n\n- (x) Uno\n  Porque sí.\n- ( ) Dos\n\n> General.\n");
    expect(html).toMatch(/<ul class="quiz__options"[^>]*data-pagefind-ignore/);
    expect(html).toMatch(/<details class="quiz__solution"[^>]*data-pagefind-ignore/);
    expect(html).toMatch(/<p class="quiz__general"[^>]*data-pagefind-ignore/);
    expect(html).toMatch(
      /<summary>Ver solución<\/summary>.*✓ Correcta: <\/span>Uno<br><span class="quiz__why">Porque sí\./s,
    );
    // Buttons need JS: hidden until the island shows them.
    expect(html).toMatch(/<div class="quiz__actions" data-actions="" hidden>/);
    expect(html).toMatch(/<p class="quiz__feedback" role="status" aria-live="polite"/);
  });

  it("publishes quizzes in page order, numbered, with an author's id when given", async () => {
    const { html, quizzes } = await quizzesOf(
      `${seedForm}\nTexto.\n\n{:.quiz #docker-ls}\n¿Qué lista imágenes?\n- (x) ls\n- ( ) run\n`,
    );
    expect(quizzes.map((q) => q.question)).toEqual([
      "¿De dónde se extraen las imágenes por defecto?",
      "¿Qué lista imágenes?",
    ]);
    expect(quizzes[1]?.id).toBe("tema2/prueba#docker-ls");
    expect(html).toContain("Pregunta 2");
  });

  it("keeps a quiz's id when only explanations change, and changes it when the question does", async () => {
    const base = "{:.quiz}\n¿Cuál?\n- (x) Uno\n- ( ) Dos\n";
    const [a] = (await quizzesOf(base)).quizzes;
    const [b] = (await quizzesOf(base.replace("- ( ) Dos", "- ( ) Dos\n  Nueva explicación.") + "\n> Otra.\n")).quizzes;
    const [c] = (await quizzesOf(base.replace("¿Cuál?", "¿Cuál de ellas?"))).quizzes;
    expect(b?.id).toBe(a?.id);
    expect(c?.id).not.toBe(a?.id);
  });
});

describe("quiz syntax: mistakes stop the build with file:line and a fix", () => {
  const cases: [string, string, string, number, RegExp][] = [
    ["no options", "{:.quiz}\n¿Cuál?\n\nTexto.\n", "quiz/no-options", 1, /añade.*lista/],
    ["no correct option", "{:.quiz}\n¿Cuál?\n- ( ) Uno\n- ( ) Dos\n", "quiz/no-correct-option", 1, /\(x\)/],
    [
      "several (x) in a single-choice question",
      "{:.quiz}\n¿Cuál?\n- (x) Uno\n- (x) Dos\n",
      "quiz/several-correct-single",
      1,
      /\[x\]/,
    ],
    ["( ) and [ ] mixed", "{:.quiz}\n¿Cuál?\n- (x) Uno\n- [ ] Dos\n", "quiz/mixed-markers", 1, /\[ \] y \[x\]/],
    ["an unknown marker", "\n{:.quiz}\n¿Cuál?\n- (x) Uno\n- (o) Dos\n", "quiz/unknown-marker", 5, /\( \) o \(x\)/],
    ["an option without a marker", "{:.quiz}\n¿Cuál?\n- (x) Uno\n- Dos\n", "quiz/unknown-marker", 4, /\[ \] o \[x\]/],
    ["an empty question", "{:.quiz}\n- (x) Uno\n- ( ) Dos\n", "quiz/empty-question", 1, /escribe la pregunta/],
    ["an option without text", "{:.quiz}\n¿Cuál?\n- (x)\n- ( ) Dos\n", "quiz/empty-option", 3, /texto/],
    [
      "a duplicate id",
      "{:.quiz #a}\n¿Uno?\n- (x) Sí\n\n{:.quiz #a}\n¿Dos?\n- (x) Sí\n",
      "quiz/duplicate-id",
      5,
      /identificador distinto/,
    ],
    [
      "the same question twice",
      "{:.quiz}\n¿Uno?\n- (x) Sí\n\n{:.quiz}\n¿Uno?\n- (x) Sí\n",
      "quiz/duplicate-id",
      5,
      /repetidas/,
    ],
  ];

  it.each(cases)("%s", async (_name, markdown, ruleId, line, note) => {
    const { diagnostics, html } = await quizzesOf(markdown);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: "content/tema2/prueba.md",
        line,
        severity: "error",
        ruleId,
        fix: expect.stringMatching(note),
      }),
    ]);
    expect(html).not.toContain("{:");
  });

  it("reports every problem of a quiz, not only the first", async () => {
    const { diagnostics, quizzes } = await quizzesOf("{:.quiz}\n- (o) Uno\n- [ ] Dos\n");
    expect(diagnostics.map((d) => d.ruleId).sort()).toEqual([
      "quiz/empty-question",
      "quiz/no-correct-option",
      "quiz/unknown-marker",
    ]);
    expect(quizzes).toEqual([]);
  });

  it("says which line the other quiz with the same id is on", async () => {
    const { diagnostics } = await quizzesOf("{:.quiz #a}\n¿Uno?\n- (x) Sí\n\n{:.quiz #a}\n¿Dos?\n- (x) Sí\n");
    expect(diagnostics[0]?.message).toBe(
      "Hay dos cuestionarios con el mismo identificador «a» (el otro está en la línea 1)",
    );
  });
});

const single: ChoiceQuestion = {
  type: "choice",
  id: "t#single",
  multiple: false,
  question: "¿Cuál?",
  options: [
    { text: "Uno", correct: false },
    { text: "Dos", correct: true, explanation: "Porque sí." },
    { text: "Tres", correct: false },
  ],
};
const multiple: ChoiceQuestion = {
  ...single,
  id: "t#multiple",
  multiple: true,
  options: [
    { text: "A", correct: true },
    { text: "B", correct: true },
    { text: "C", correct: false },
    { text: "D", correct: false },
  ],
};

describe("choice grading (pure)", () => {
  it.each([
    ["single, right", single, [1], { correct: true, score: 1 }],
    ["single, wrong", single, [0], { correct: false, score: 0 }],
    ["multiple, right", multiple, [0, 1], { correct: true, score: 1, hits: 2, wrong: 0, total: 2 }],
    ["multiple, wrong", multiple, [2, 3], { correct: false, score: 0, hits: 0, wrong: 2, total: 2 }],
    ["multiple, partly right", multiple, [0], { correct: false, score: 0.5, hits: 1, wrong: 0, total: 2 }],
    ["multiple, one right and one wrong", multiple, [0, 3], { correct: false, score: 0, hits: 1, wrong: 1 }],
    ["multiple, everything chosen", multiple, [0, 1, 2, 3], { correct: false, score: 0 }],
  ])("%s", (_name, quiz, selected, expected) => {
    expect(gradeChoice(quiz, { selected })).toMatchObject(expected);
    // The registry hands out the same function, and the island grades with the page's JSON.
    expect(questionType("choice")?.grade(quiz, { selected })).toEqual(gradeChoice(quiz, { selected }));
    const grading = JSON.parse(JSON.stringify(choice.grading(quiz))) as ChoiceGrading;
    expect(gradeChoice(grading, { selected })).toEqual(gradeChoice(quiz, { selected }));
  });

  it("reads a stored answer's shape, and nothing else", () => {
    expect(isChoiceAnswer({ selected: [0, 2] })).toBe(true);
    for (const bad of [null, {}, { selected: "1" }, { selected: [-1] }, { selected: [1.5] }, { selected: [100] }])
      expect(isChoiceAnswer(bad), JSON.stringify(bad)).toBe(false);
  });
});

describe("question type registry", () => {
  it("dispatches by type, and reads a block no type claims with the default type (for its errors)", () => {
    expect(questionType("choice")).toBe(questionTypes.choice);
    expect(questionType("toString")).toBeUndefined();
    expect(questionType("essay")).toBeUndefined();
    const tree = fromMarkdown("Texto.\n\n- ( ) Uno\n");
    expect(questionTypeFor(tree.children[1])).toBe(questionTypes.choice);
    expect(questionTypeFor(tree.children[0])).toBe(questionTypes[defaultQuestionType]);
    expect(questionTypeFor(undefined)).toBe(questionTypes[defaultQuestionType]);
  });

  it("gives every type's model a branch of the quiz union", () => {
    expect(quizSchema.safeParse(single).success).toBe(true);
    expect(quizSchema.safeParse({ ...single, type: "essay" }).success).toBe(false);
    expect(quizSchema.safeParse({ ...single, kind: "single", type: undefined }).success).toBe(false);
  });
});

describe("choice through the seam: Markdown → draft → model → HTML and answer key", () => {
  const markdown = "{:.quiz #cual}\n¿Cuál?\n\n- ( ) Uno\n- (x) Dos\n  Porque sí.\n- ( ) Tres\n\n> General.\n";

  it("parses and validates fixture Markdown into the model", () => {
    const tree = fromMarkdown(markdown);
    const [first] = tree.children;
    const ial = first?.type === "paragraph" ? readQuizIal(first) : undefined;
    expect(ial?.explicitId).toBe("cual");
    const { draft, used } = parseQuiz(markdown, first!, tree.children, 1, ial!.rest, ial!.explicitId);
    expect(used).toBe(2);
    expect(draft.type).toBe(questionTypes.choice);
    expect(validateQuiz(draft, "t")).toEqual({
      quiz: { ...single, id: "t#cual", explanation: "General." },
      problems: [],
    });
  });

  it("renders the grading JSON instead of marking the right options in the page", async () => {
    const { html } = await renderMarkdown(markdown);
    expect(html).toContain('data-quiz-type="choice"');
    expect(html).toContain(`data-grading="${JSON.stringify(choice.grading(single)).replace(/"/g, "&#x22;")}"`);
    expect(html).not.toContain("data-correct");
    expect(html).not.toContain("data-kind");
  });

  it("writes its line of the answer key", () => {
    expect(answerKeyOf({ ...multiple, options: [...multiple.options, { ...single.options[1]! }] })).toEqual({
      answers: ["A", "B", "Dos"],
      notes: [{ correct: true, text: "Dos", explanation: "Porque sí." }],
    });
  });
});
