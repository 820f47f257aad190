import { describe, expect, it } from "vitest";
import { configFromFolders } from "../../src/core/course/config.ts";
import { lessonQuizzes } from "../../src/exporters/moodle/course.ts";
import { answerKeyOf } from "../../src/exporters/print/answers.ts";
import { quizSchema } from "../../src/core/quiz/model.ts";
import { gradeCloze } from "../../src/core/quiz/types/cloze/grade.ts";
import { isClozeAnswer } from "../../src/core/quiz/types/cloze/answer.ts";
import { gradeNumeric } from "../../src/core/quiz/types/numeric/grade.ts";
import { isNumericAnswer } from "../../src/core/quiz/types/numeric/answer.ts";
import { gradeShort } from "../../src/core/quiz/types/short/grade.ts";
import { isShortAnswer } from "../../src/core/quiz/types/short/answer.ts";
import { questionType } from "../../src/core/quiz/types/index.ts";
import { quizzesOf } from "./support/markdown.ts";

/** The quiz's grading as the page gets it (`data-grading`), so grading tests use what the island uses. */
const gradingOf = (html: string) =>
  JSON.parse(
    (/data-grading="([^"]*)"/.exec(html)?.[1] ?? "").replace(/&#x22;|&quot;/g, '"').replace(/&#x26;|&amp;/g, "&"),
  ) as never;

const shortLesson = `{:.quiz}
¿Qué comando lista las imágenes de tu Docker?

- [=] \`docker image ls\`
- [=] \`docker images\`
  También vale: es el alias antiguo.
- [!] \`docker ps\`
  Eso lista contenedores, no imágenes.
- [!] docker image ls -a
  Esa también es \`docker image ls\`, con las intermedias.

> Las imágenes se gestionan con \`docker image\`.
`;

describe("short answer", () => {
  it("parses accepted and anticipated wrong answers, with their feedback; inline code is presentation", async () => {
    const { quizzes, diagnostics, html } = await quizzesOf(shortLesson);
    expect(diagnostics).toEqual([]);
    expect(quizzes).toEqual([
      {
        id: expect.stringMatching(/^tema2\/prueba#q[0-9a-z]{7}$/),
        type: "short",
        question: "¿Qué comando lista las imágenes de tu Docker?",
        explanation: "Las imágenes se gestionan con `docker image`.",
        answers: [
          { text: "docker image ls", correct: true, code: true },
          { text: "docker images", correct: true, code: true, feedback: "También vale: es el alias antiguo." },
          { text: "docker ps", correct: false, code: true, feedback: "Eso lista contenedores, no imágenes." },
          {
            text: "docker image ls -a",
            correct: false,
            feedback: "Esa también es `docker image ls`, con las intermedias.",
          },
        ],
      },
    ]);
    expect(quizSchema.safeParse(quizzes[0]).success).toBe(true);
    expect(html).toContain('data-quiz-type="short"');
    expect(html).toMatch(/<label class="quiz__field"><span class="quiz__field-label">Tu respuesta<\/span><input/);
    expect(html).toContain("Escribe la respuesta.");
    expect(html).not.toContain("[=]");
    expect(html).not.toContain("[!]");
  });

  it("keeps answers out of search, shows a wrong answer's feedback only if it does not name a right one", async () => {
    const { html } = await quizzesOf(shortLesson);
    expect(html).toMatch(/<div class="quiz__typed" data-pagefind-ignore/);
    expect(html).toMatch(/<details class="quiz__solution" data-solution="" data-pagefind-ignore/);
    expect(html).toMatch(/data-explanation="answer" data-answer="2" hidden>Eso lista contenedores/);
    expect(html).toMatch(/data-explanation="solution" data-answer="3" hidden>Esa también es/);
    // Without JS the solution lists every answer with its verdict.
    const solution = html.slice(html.indexOf("<details"));
    expect(solution).toContain("✓ Correcta: </span><code>docker images</code>");
    expect(solution).toContain("✗ Incorrecta: </span><code>docker ps</code>");
  });

  it("grades ignoring case, accents and spaces; .exacta makes case and accents count", async () => {
    const { html } = await quizzesOf(shortLesson);
    const grading = gradingOf(html);
    expect(gradeShort(grading, { text: "  Docker   IMAGES " })).toEqual({ correct: true, score: 1, match: 1 });
    expect(gradeShort(grading, { text: "docker ps" })).toEqual({ correct: false, score: 0, match: 2 });
    expect(gradeShort(grading, { text: "docker rmi" })).toEqual({ correct: false, score: 0, match: -1 });

    const exact = await quizzesOf("{:.quiz .exacta}\n¿Capital?\n\n- [=] Cádiz\n");
    expect(exact.quizzes[0]).toMatchObject({ type: "short", exact: true });
    expect(exact.html).toContain("cuentan las mayúsculas y las tildes");
    const strict = gradingOf(exact.html);
    expect(gradeShort(strict, { text: "Cádiz" }).correct).toBe(true);
    expect(gradeShort(strict, { text: "cadiz" }).correct).toBe(false);
    const loose = gradingOf((await quizzesOf("{:.quiz}\n¿Capital?\n\n- [=] Cádiz\n")).html);
    expect(gradeShort(loose, { text: "cadiz" }).correct).toBe(true);
  });

  it("writes its Solucionario line: accepted answers, and the feedback of each", async () => {
    const { quizzes } = await quizzesOf(shortLesson);
    expect(answerKeyOf(quizzes[0]!)).toEqual({
      answers: ["`docker image ls`", "`docker images`"],
      notes: [
        { correct: true, text: "`docker images`", explanation: "También vale: es el alias antiguo." },
        { correct: false, text: "`docker ps`", explanation: "Eso lista contenedores, no imágenes." },
        {
          correct: false,
          text: "docker image ls -a",
          explanation: "Esa también es `docker image ls`, con las intermedias.",
        },
      ],
    });
  });

  it("reads a stored answer's shape, and nothing else", () => {
    expect(isShortAnswer({ text: "docker images" })).toBe(true);
    expect(isShortAnswer({ text: 3 })).toBe(false);
    expect(isShortAnswer({ text: "x".repeat(501) })).toBe(false);
    expect(isShortAnswer(null)).toBe(false);
  });
});

const numericLesson = `{:.quiz}
¿Qué puerto del equipo usa \`docker run -p 8080:80 nginx\`?

- [#] 8080
  Sí: el primero es el del equipo; el segundo, el del contenedor.

{:.quiz}
¿Cuánto ocupa la imagen, más o menos?

- [#] 3,5 ± 0.5 MB
- [#] 10..12 MB
`;

describe("numeric", () => {
  it("parses a value, a tolerance (± or +-), a range and a unit; decimal comma or point", async () => {
    const { quizzes, diagnostics, html } = await quizzesOf(numericLesson);
    expect(diagnostics).toEqual([]);
    expect(quizzes.map((q) => ({ ...q, id: "" }))).toEqual([
      {
        id: "",
        type: "numeric",
        question: "¿Qué puerto del equipo usa `docker run -p 8080:80 nginx`?",
        answers: [
          {
            value: 8080,
            tolerance: 0,
            feedback: "Sí: el primero es el del equipo; el segundo, el del contenedor.",
          },
        ],
      },
      {
        id: "",
        type: "numeric",
        question: "¿Cuánto ocupa la imagen, más o menos?",
        answers: [
          { value: 3.5, tolerance: 0.5 },
          { min: 10, max: 12 },
        ],
        unit: "MB",
      },
    ]);
    expect(html).toContain('inputmode="decimal"');
    expect(html).toContain('<span class="quiz__unit">MB</span>');
    expect(answerKeyOf(quizzes[1]!).answers).toEqual(["3,5 ± 0,5 MB", "entre 10 y 12 MB"]);
    const plusMinus = await quizzesOf("{:.quiz}\n¿Cuánto?\n\n- [#] 2 +- 1\n");
    expect(plusMinus.quizzes[0]).toMatchObject({ answers: [{ value: 2, tolerance: 1 }] });
  });

  it("grades a typed number: decimal comma, the unit typed or not, tolerance and range ends included", async () => {
    const { html } = await quizzesOf(numericLesson);
    const second = html.slice(html.indexOf("<aula-quiz", html.indexOf("<aula-quiz") + 1));
    const grading = gradingOf(second);
    for (const text of ["3,5", "3", "4.0", "4 MB", "3,2mb", "10", "12", "11,999"])
      expect(gradeNumeric(grading, { text }).correct, text).toBe(true);
    for (const text of ["2,9", "4,01", "12,5", "9", "tres", "3,5 KB", ""])
      expect(gradeNumeric(grading, { text }).correct, text).toBe(false);
    expect(gradeNumeric(grading, { text: "11" }).match).toBe(1);
    expect(gradeNumeric(gradingOf(html), { text: "80" })).toEqual({ correct: false, score: 0, match: -1 });
  });

  it("reads a stored answer's shape, and nothing else", () => {
    expect(isNumericAnswer({ text: "3,5" })).toBe(true);
    expect(isNumericAnswer({ value: 3.5 })).toBe(false);
  });
});

const codeCloze = `{:.quiz}
Completa la orden que arranca nginx en segundo plano con el puerto 8080 del equipo en el 80 del contenedor:

    docker run [[-d|--detach]] -p [[8080:80]] nginx

> \`-d\` lo deja en segundo plano; \`-p equipo:contenedor\` publica el puerto.
`;

const proseCloze = `{:.quiz}
La orden [[docker ps]] lista los contenedores en marcha,
y con la opción [[-a|--all]] también los **parados**.

> Sin \`-a\` solo salen los que están en marcha.
`;

describe("cloze", () => {
  it("reads blanks in a code block after the question, with alternatives; the code is not highlighted", async () => {
    const { quizzes, diagnostics, html } = await quizzesOf(codeCloze);
    expect(diagnostics).toEqual([]);
    expect(quizzes[0]).toEqual({
      id: expect.stringMatching(/^tema2\/prueba#q/),
      type: "cloze",
      question:
        "Completa la orden que arranca nginx en segundo plano con el puerto 8080 del equipo en el 80 del contenedor:",
      explanation: "`-d` lo deja en segundo plano; `-p equipo:contenedor` publica el puerto.",
      code: true,
      parts: [
        { kind: "text", text: "docker run " },
        { kind: "blank", answers: ["-d", "--detach"] },
        { kind: "text", text: " -p " },
        { kind: "blank", answers: ["8080:80"] },
        { kind: "text", text: " nginx" },
      ],
    });
    expect(html).toMatch(/<pre class="quiz__code">docker run <input class="quiz__blank"/);
    expect(html).toContain('aria-label="Hueco 2"');
    expect(html).not.toContain("[[");
    const solution = html.slice(html.indexOf("<details"));
    expect(solution).toContain('docker run <strong class="quiz__filled">-d</strong> -p');
    expect(solution).toContain("<code>-d</code> · <code>--detach</code>");
  });

  it("reads blanks in the question's paragraph: the legend asks to complete it, lists show gaps", async () => {
    const { quizzes, diagnostics, html } = await quizzesOf(proseCloze);
    expect(diagnostics).toEqual([]);
    expect(quizzes[0]).toMatchObject({
      type: "cloze",
      code: false,
      question:
        "La orden \\_\\_\\_\\_\\_ lista los contenedores en marcha, y con la opción \\_\\_\\_\\_\\_ también los **parados**.",
      explanation: "Sin `-a` solo salen los que están en marcha.",
      parts: [
        { kind: "text", text: "La orden " },
        { kind: "blank", answers: ["docker ps"] },
        { kind: "text", text: " lista los contenedores en marcha, y con la opción " },
        { kind: "blank", answers: ["-a", "--all"] },
        { kind: "text", text: " también los **parados**." },
      ],
    });
    expect(html).toContain('<span class="quiz__question">Completa el texto.</span>');
    expect(html).toMatch(/<p class="quiz__cloze">La orden <input class="quiz__blank"/);
    expect(html).toContain("también los <strong>parados</strong>.");
  });

  it("grades each blank: code exactly, prose loosely; partial credit is the share of right blanks", async () => {
    const code = gradingOf((await quizzesOf(codeCloze)).html);
    expect(gradeCloze(code, { blanks: ["--detach", "8080:80"] })).toMatchObject({ correct: true, score: 1 });
    expect(gradeCloze(code, { blanks: ["-D", "8080:80"] })).toEqual({
      correct: false,
      score: 0.5,
      right: [false, true],
      hits: 1,
      total: 2,
    });
    expect(gradeCloze(code, { blanks: [] })).toMatchObject({ correct: false, score: 0 });
    const prose = gradingOf((await quizzesOf(proseCloze)).html);
    expect(gradeCloze(prose, { blanks: [" Docker  PS", "--ALL"] }).correct).toBe(true);
  });

  it("writes its Solucionario line: each blank's answers", async () => {
    const { quizzes } = await quizzesOf(codeCloze);
    expect(answerKeyOf(quizzes[0]!)).toEqual({ answers: ["1: `-d` o `--detach`", "2: `8080:80`"], notes: [] });
  });

  it("leaves [[ in a choice question's inline code alone", async () => {
    const { quizzes, diagnostics } = await quizzesOf("{:.quiz}\n¿Qué da `arr[[0]]`?\n\n- (x) Un error\n- ( ) Cero\n");
    expect(diagnostics).toEqual([]);
    expect(quizzes[0]?.type).toBe("choice");
  });

  it("leaves a shell test alone: [[ -f x ]] is not a blank", async () => {
    const { quizzes, diagnostics } = await quizzesOf(
      "{:.quiz}\n¿Qué hace `[[ -f x ]]`?\n\n- (x) Comprueba si existe\n- ( ) Lo crea\n",
    );
    expect(diagnostics).toEqual([]);
    expect(quizzes[0]?.type).toBe("choice");
  });

  it("reads a stored answer's shape, and nothing else", () => {
    expect(isClozeAnswer({ blanks: ["-d", ""] })).toBe(true);
    expect(isClozeAnswer({ blanks: [1] })).toBe(false);
    expect(isClozeAnswer({ blanks: "-d" })).toBe(false);
  });
});

describe("new types: mistakes stop the build with file:line and a fix", () => {
  const cases: [string, string, string, number, RegExp][] = [
    ["short: no accepted answer", "{:.quiz}\n¿Cuál?\n\n- [!] docker ps\n", "quiz/no-accepted-answer", 1, /\[=\]/],
    ["short: an item without a marker", "{:.quiz}\n¿Cuál?\n\n- [=] a\n- b\n", "quiz/short-marker", 5, /\[!\]/],
    ["short: an empty answer", "{:.quiz}\n¿Cuál?\n\n- [=] a\n- [=]\n", "quiz/empty-answer", 5, /después de \[=\]/],
    [
      "short: the same answer twice, loosely",
      "{:.quiz}\n¿Cuál?\n\n- [=] Imagen\n- [!] imagen\n",
      "quiz/duplicate-answer",
      5,
      /deja una sola/,
    ],
    ["numeric: not a number", "{:.quiz}\n¿Cuánto?\n\n- [#] ocho\n", "quiz/numeric-not-a-number", 4, /\[#\] 8080/],
    [
      "numeric: a tolerance that is not a number",
      "{:.quiz}\n¿Cuánto?\n\n- [#] 3,5 ± medio MB\n",
      "quiz/numeric-tolerance",
      4,
      /número positivo/,
    ],
    [
      "numeric: a range backwards",
      "{:.quiz}\n¿Cuánto?\n\n- [#] 2048..1024 MB\n",
      "quiz/numeric-range",
      4,
      /1024\.\.2048/,
    ],
    [
      "numeric: a range without an end",
      "{:.quiz}\n¿Cuánto?\n\n- [#] 1024.. MB\n",
      "quiz/numeric-range",
      4,
      /dos extremos/,
    ],
    ["numeric: an item without [#]", "{:.quiz}\n¿Cuánto?\n\n- [#] 1\n- 2\n", "quiz/numeric-marker", 5, /\[#\]/],
    ["numeric: two units", "{:.quiz}\n¿Cuánto?\n\n- [#] 1 MB\n- [#] 1024 KB\n", "quiz/numeric-unit", 1, /misma unidad/],
    [
      "cloze: a blank not closed, on its line",
      "{:.quiz}\nCompleta:\n\n    docker run\n    docker run [[-d nginx\n",
      "quiz/cloze-unclosed",
      5,
      /\]\]/,
    ],
    [
      "cloze: an empty blank in a fenced block",
      "{:.quiz}\nCompleta:\n\n```sh\ndocker run [[]] nginx\n```\n",
      "quiz/cloze-empty-blank",
      5,
      /\[\[-d\|--detach\]\]/,
    ],
    [
      "cloze: an empty alternative in prose, on the paragraph's second line",
      "{:.quiz}\nLa orden\n[[docker ps|]] lista.\n",
      "quiz/cloze-empty-blank",
      3,
      /\|/,
    ],
    [
      "cloze: a blank inside inline code",
      "{:.quiz}\nArranca: `docker run [[-d]] nginx`.\n",
      "quiz/cloze-in-inline-code",
      2,
      /bloque de código/,
    ],
    [
      "cloze: blanks in the question and in the code",
      "{:.quiz}\nCompleta [[esto]]:\n\n    docker run [[-d]] nginx\n",
      "quiz/cloze-two-places",
      1,
      /solo en el bloque/,
    ],
  ];

  it.each(cases)("%s", async (_name, markdown, ruleId, line, note) => {
    const { diagnostics, quizzes } = await quizzesOf(markdown);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: "content/tema2/prueba.md",
        line,
        severity: "error",
        ruleId,
        fix: expect.stringMatching(note),
      }),
    ]);
    expect(quizzes).toEqual([]);
  });
});

describe("new types in MDX and the registry", () => {
  it("reads <Quiz exacta> as {:.quiz .exacta}", async () => {
    const context = { lessonId: "tema2/prueba", unit: "tema2", course: configFromFolders("curso.yaml").config };
    const { quizzes, problems } = lessonQuizzes(
      "/curso/tema2/prueba.mdx",
      "<Quiz exacta>\n¿Capital?\n\n- [=] Cádiz\n</Quiz>\n",
      context,
    );
    expect(problems).toEqual([]);
    expect(quizzes[0]).toMatchObject({ type: "short", exact: true });
  });

  it("grades the same through the server registry as the island's grade module", async () => {
    const { quizzes } = await quizzesOf(codeCloze);
    const quiz = quizzes[0]!;
    const type = questionType("cloze")!;
    expect(type.grade(type.grading(quiz), { blanks: ["-d", "x"] })).toMatchObject({ score: 0.5 });
  });
});
