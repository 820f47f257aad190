import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse, type GIFTQuestion } from "gift-pegjs";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { describe, expect, it } from "vitest";
import { main as importGift } from "../../src/cli/commands/import-gift.ts";
import { configFromFolders } from "../../src/core/course/config.ts";
import { lessonQuizzes, readCourseQuizzes } from "../../src/exporters/moodle/course.ts";
import { describeExport, writeMoodleExport } from "../../src/exporters/moodle/export.ts";
import { toGift } from "../../src/exporters/moodle/gift.ts";
import { giftToMarkdown } from "../../src/exporters/moodle/gift-import.ts";
import type { LessonBank, MoodleQuiz } from "../../src/exporters/moodle/models.ts";
import { toMoodleXml } from "../../src/exporters/moodle/xml.ts";
import { questionType } from "../../src/core/quiz/types/index.ts";
import { createManifest, type LessonRecord } from "../../src/core/manifest/create.ts";
import { moodleExporter } from "../../src/exporters/moodle/exporter.ts";

const fixtures = resolve(import.meta.dirname, "../fixtures/moodle");
const plain = (html: string) =>
  toText(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, " ")
    .trim();
type Question = Exclude<GIFTQuestion, { type: "Category" }>;

const every: MoodleQuiz[] = [
  {
    type: "choice",
    id: "tema2/lab#hub",
    question: "¿De dónde sale `alpine`? Usa {llaves} = # ~ : y \\ barra",
    multiple: false,
    explanation: "Del registro por **defecto**.",
    options: [
      { text: "Docker Hub", correct: true, explanation: "Sí: es el registro por defecto." },
      { text: "`registry.local:5000`", correct: false, explanation: "Solo si el nombre lo dice." },
    ],
  },
  {
    type: "choice",
    id: "tema2/lab#datos",
    question: "¿Qué se pierde al borrar un contenedor?",
    multiple: true,
    options: [
      { text: "Su capa de escritura", correct: true },
      { text: "Lo escrito fuera de volúmenes", correct: true },
      { text: "Los volúmenes con nombre", correct: false },
    ],
  },
  {
    type: "short",
    id: "tema2/lab#listar",
    question: "¿Qué comando lista las imágenes?",
    hint: "Empieza por `docker image`.",
    answers: [
      { text: "docker image ls", correct: true },
      { text: "docker images", correct: true, feedback: "También vale, es el alias antiguo." },
      { text: "docker ps", correct: false, feedback: "Eso lista contenedores." },
    ],
  },
  {
    type: "numeric",
    id: "tema2/lab#puerto",
    question: "¿En qué puerto escucha nginx?",
    unit: "puerto",
    answers: [
      { value: 80, tolerance: 1, feedback: "Sí: el de **HTTP**." },
      { min: 8000, max: 8100 },
    ],
    explanation: "El 80 es el de HTTP.",
  },
  {
    type: "matching",
    id: "tema2/lab#parejas",
    question: "Une cada orden con lo que hace",
    pairs: [
      { left: "`docker build`", right: "crea una imagen" },
      { left: "`docker run`", right: "arranca un `contenedor`" },
      { left: "`docker push`", right: "sube la imagen" },
    ],
    distractors: ["borra la imagen"],
    hint: "Fíjate en el verbo.",
  },
  {
    type: "cloze",
    id: "tema2/lab#run",
    question: "Arranca nginx en segundo plano",
    code: true,
    parts: [
      { kind: "text", text: "docker run " },
      { kind: "blank", answers: ["-d", "--detach"] },
      { kind: "text", text: " nginx" },
    ],
  },
  {
    type: "cloze",
    id: "tema2/lab#dos",
    question: "Una \\_\\_\\_\\_\\_ se ejecuta como \\_\\_\\_\\_\\_",
    code: false,
    parts: [
      { kind: "text", text: "Una " },
      { kind: "blank", answers: ["imagen"] },
      { kind: "text", text: " se ejecuta como " },
      { kind: "blank", answers: ["contenedor"] },
    ],
  },
  {
    type: "ordering",
    id: "tema2/lab#pasos",
    question: "Ordena los pasos",
    items: ["`docker build`", "`docker run`", "`docker push`"],
    hint: "Antes de subir hay que probar.",
  },
];
const bank: LessonBank[] = [
  { lessonId: "tema2/lab", unitTitle: "Tema 2", lessonTitle: "Laboratorio 1: tu primer contenedor", quizzes: every },
];

describe("GIFT export, read back by gift-pegjs", () => {
  const gift = toGift(bank);
  const parsed = parse(gift.text);
  const byName = new Map(parsed.flatMap((q) => (q.type === "Category" ? [] : [[q.title, q as Question]])));
  const question = <T extends Question["type"]>(name: string, type: T) => {
    const q = byName.get(name);
    expect(q?.type).toBe(type);
    return q as Extract<Question, { type: T }>;
  };

  it("writes a category per lesson and names questions by quiz id", () => {
    expect(parsed[0]).toEqual({ type: "Category", title: "$course$/Tema 2/Laboratorio 1: tu primer contenedor" });
    expect([...byName.keys()]).toEqual(
      every.filter((q) => q.type !== "ordering" && q.id !== "tema2/lab#dos").map((q) => q.id),
    );
    expect(gift.questions).toBe(6);
  });

  it("single choice: = and ~, per-answer and general feedback, special characters escaped", () => {
    const q = question("tema2/lab#hub", "MC");
    expect(q.stem.format).toBe("html");
    expect(q.stem.text).toBe("¿De dónde sale <code>alpine</code>? Usa {llaves} = # ~ : y \\ barra");
    expect(q.choices.map((c) => [c.isCorrect, c.weight, c.text.text, c.feedback?.text])).toEqual([
      [true, null, "Docker Hub", "Sí: es el registro por defecto."],
      [false, null, "<code>registry.local:5000</code>", "Solo si el nombre lo dice."],
    ]);
    expect(q.globalFeedback).toEqual({ format: "html", text: "Del registro por <strong>defecto</strong>." });
  });

  it("multiple choice: right answers share 100 %, wrong ones are negative", () => {
    const q = question("tema2/lab#datos", "MC");
    expect(q.choices.map((c) => c.weight)).toEqual([50, 50, -100]);
  });

  it("short answer: accepted at 100 %, foreseen wrong at 0 % with its feedback", () => {
    const q = question("tema2/lab#listar", "Short");
    expect(q.choices.map((c) => [c.text.text, c.weight ?? 100, c.feedback?.text ?? null])).toEqual([
      ["docker image ls", 100, null],
      ["docker images", 100, "También vale, es el alias antiguo."],
      ["docker ps", 0, "Eso lista contenedores."],
    ]);
    expect(gift.text).toContain("// Pista (GIFT no tiene pistas; en curso.xml sí): Empieza por `docker image`.");
  });

  it("numeric: value:tolerance and min..max with per-answer feedback, and the unit in a comment", () => {
    const q = question("tema2/lab#puerto", "Numerical");
    expect(Array.isArray(q.choices) && q.choices.map((c) => c.text)).toEqual([
      { type: "range", number: 80, range: 1 },
      { type: "high-low", numberLow: 8000, numberHigh: 8100 },
    ]);
    expect(Array.isArray(q.choices) && q.choices.map((c) => c.feedback?.text ?? null)).toEqual([
      "Sí: el de <strong>HTTP</strong>.",
      null,
    ]);
    expect(q.globalFeedback?.text).toBe("El 80 es el de HTTP.");
    expect(gift.text).toContain("// Unidad: puerto");
  });

  it("matching: every pair, right items as plain text, a spare one with no left side, the hint in a comment", () => {
    const q = question("tema2/lab#parejas", "Matching");
    expect(q.matchPairs.map((p) => [p.subquestion.text, p.subanswer])).toEqual([
      ["<code>docker build</code>", "crea una imagen"],
      ["<code>docker run</code>", "arranca un contenedor"],
      ["<code>docker push</code>", "sube la imagen"],
      ["", "borra la imagen"],
    ]);
    expect(gift.text).toContain(
      "// Pista (GIFT no tiene pistas; en curso.xml sí): Fíjate en el verbo.\n::tema2/lab\\#parejas::",
    );
  });

  it("cloze with one blank: a missing-word question; more blanks and ordering: a comment note", () => {
    const q = question("tema2/lab#run", "Short");
    expect(q.hasEmbeddedAnswers).toBe(true);
    expect(q.stem.text).toBe("Arranca nginx en segundo plano<br><code>docker run _____ nginx</code>");
    expect(q.choices.map((c) => c.text.text)).toEqual(["-d", "--detach"]);
    expect(gift.notes).toEqual([
      "«tema2/lab#dos»: rellenar huecos con 2 huecos; GIFT solo admite uno",
      "«tema2/lab#pasos»: ordenar no tiene forma GIFT",
    ]);
    expect(gift.text).toContain("// «tema2/lab#pasos»: ordenar no tiene forma GIFT: está en curso.xml");
  });
});

describe("Moodle XML export", () => {
  const xml = toMoodleXml(bank).text;
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => ["question", "answer", "subquestion"].includes(name),
  });
  const questions = (text: string) => parser.parse(text).quiz.question as Record<string, any>[];
  const ours = questions(xml);
  const reference = questions(readFileSync(join(fixtures, "moodle-docs.xml"), "utf8"));
  const of = (type: string) => ours.filter((q) => q["@_type"] === type);

  it("is well-formed", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(ours.map((q) => q["@_type"])).toEqual([
      "category",
      "multichoice",
      "multichoice",
      "shortanswer",
      "numerical",
      "matching",
      "multianswer",
      "multianswer",
      "ordering",
    ]);
  });

  it("has, per type, every element of the reference shape from Moodle's documentation", () => {
    for (const ref of reference) {
      const type = ref["@_type"] as string;
      const mine = of(type);
      expect(mine.length, type).toBeGreaterThan(0);
      for (const q of mine) for (const key of Object.keys(ref)) expect(q, `${type} ${key}`).toHaveProperty(key);
    }
  });

  it("keeps fractions, feedback, tolerances, units, hints, cloze answers and the order", () => {
    const [single, multiple] = of("multichoice");
    expect(single!.single).toBe("true");
    expect(single!.answer.map((a: any) => [a["@_fraction"], a.feedback.text])).toEqual([
      ["100", "Sí: es el registro por defecto."],
      ["0", "Solo si el nombre lo dice."],
    ]);
    expect(multiple!.answer.map((a: any) => a["@_fraction"])).toEqual(["50", "50", "-100"]);
    const short = of("shortanswer")[0]!;
    expect(short.answer.map((a: any) => [a.text, a["@_fraction"]])).toEqual([
      ["docker image ls", "100"],
      ["docker images", "100"],
      ["docker ps", "0"],
    ]);
    expect(short.hint.text).toBe("Empieza por <code>docker image</code>.");
    const numeric = of("numerical")[0]!;
    expect(numeric.answer.map((a: any) => [a.text, a.tolerance])).toEqual([
      ["80", "1"],
      ["8050", "50"],
    ]);
    expect(numeric.answer[0].feedback.text).toBe("Sí: el de <strong>HTTP</strong>.");
    expect(numeric.units.unit.unit_name).toBe("puerto");
    // Code blanks are matched exactly, so case-sensitive in Moodle; a paragraph's question is its text.
    expect(of("multianswer").map((q) => q.questiontext.text)).toEqual([
      "Arranca nginx en segundo plano<br><code>docker run {1:SHORTANSWER_C:=-d~=--detach} nginx</code>",
      "Una {1:SHORTANSWER:=imagen} se ejecuta como {1:SHORTANSWER:=contenedor}",
    ]);
    const ordering = of("ordering")[0]!;
    expect(ordering.answer.map((a: any) => [a["@_fraction"], a.text])).toEqual([
      ["1", "<code>docker build</code>"],
      ["2", "<code>docker run</code>"],
      ["3", "<code>docker push</code>"],
    ]);
    expect(ordering.hint.text).toBe("Antes de subir hay que probar.");
    const matching = of("matching")[0]!;
    expect(matching.subquestion.map((sq: any) => [sq.text, sq.answer[0].text])).toEqual([
      ["<code>docker build</code>", "crea una imagen"],
      ["<code>docker run</code>", "arranca un contenedor"],
      ["<code>docker push</code>", "sube la imagen"],
      ["", "borra la imagen"],
    ]);
    expect(matching.shuffleanswers).toBe("1");
    expect(matching.hint.text).toBe("Fíjate en el verbo.");
    expect(ours[0]!.category.text).toBe("$course$/Tema 2/Laboratorio 1: tu primer contenedor");
  });
});

describe("GIFT import: Moodle's documentation examples", () => {
  const source = readFileSync(join(fixtures, "moodle-docs.gift"), "utf8");
  const original = parse(source).filter((q): q is Question => q.type !== "Category");
  const imported = giftToMarkdown(source);
  const context = { lessonId: "tema2/importado", unit: "tema2", course: configFromFolders("curso.yaml").config };

  it("carries every question it supports and names the rest, one line each", () => {
    expect(imported.blocks.map((b) => b.name)).toEqual(
      original.filter((q) => !["Q8", "Grant entombed"].includes(q.title ?? "")).map((q) => q.title),
    );
    expect(imported.skipped).toEqual([
      "«Q7»: hay respuestas con nota parcial; se omiten",
      "«Q8»: es un ensayo (respuesta abierta); aula no lo corrige",
      "«Grant entombed»: tiene un hueco con opciones para elegir; aula solo tiene huecos para escribir",
      "«Jesus' hometown»: hay respuestas con nota parcial; se importan como incorrectas",
    ]);
  });

  it("writes our quiz syntax", () => {
    const block = (name: string) => imported.blocks.find((b) => b.name === name)?.markdown;
    expect(block("Q2")).toBe(
      "{:.quiz #q2}\nWhat's between orange and green in the spectrum?\n\n- (x) yellow\n  right; good!\n- ( ) red\n  wrong, it's yellow\n- ( ) blue\n  wrong, it's yellow",
    );
    expect(block("Grant two")).toContain("- [ ] No one\n- [x] Grant\n- [x] Grant's wife\n- [ ] Grant's father");
    expect(block("Grant short")).toBe(
      "{:.quiz #grant-short}\nWho's buried in Grant's tomb?\n\n- [=] no one\n- [=] nobody",
    );
    expect(block("Q5")).toContain("- [#] 3 ± 2");
    expect(block("Q6")).toContain("- [#] 1..5");
    expect(block("Q7")).toContain("- [#] 1822\n  Correct! Full credit.");
    expect(block("Capitals")).toContain("- Canada → Ottawa\n- Italy → Rome");
    expect(block("Q3")).toBe("{:.quiz #q3}\nTwo plus [[two|2]] equals four.");
  });

  // GIFT → Markdown → our reader and quiz plugin → GIFT, for each type the quiz registry knows
  // (choice on main; short, numeric, matching and cloze join when their types are merged).
  const supported = imported.blocks.filter((b) => questionType(b.type));
  it.each(supported.map((b) => [b.name, b] as const))("round-trips %s", (_name, block) => {
    const { quizzes, problems } = lessonQuizzes("/curso/tema2/importado.md", block.markdown, context);
    expect(problems).toEqual([]);
    const [again] = parse(
      toGift([{ lessonId: "tema2/importado", unitTitle: "T", lessonTitle: "L", quizzes }]).text,
    ).filter((q): q is Question => q.type !== "Category");
    const before = original.find((q) => q.title === block.name)!;
    expect(plain(again!.stem.text)).toBe(plain(before.stem.text));
    const answers = (q: Question) => {
      if (q.type === "TF")
        return [
          ["Verdadero", q.isTrue, q.trueFeedback?.text ?? null],
          ["Falso", !q.isTrue, q.falseFeedback?.text ?? null],
        ];
      if (q.type === "Matching") return q.matchPairs.map((p) => [plain(p.subquestion.text), p.subanswer, null]);
      if (q.type === "Numerical")
        return (Array.isArray(q.choices) ? q.choices : [{ text: q.choices, weight: null, feedback: null }])
          .filter((c) => (c.weight ?? 100) === 100)
          .map((c) => [c.text, true, c.feedback ? plain(c.feedback.text) : null]);
      if (q.type !== "MC" && q.type !== "Short") return [];
      return q.choices.map((c) => [
        plain(c.text.text),
        (c.weight ?? (c.isCorrect ? 100 : 0)) > 0,
        c.feedback ? plain(c.feedback.text) : null,
      ]);
    };
    const expected = answers(before).map(([text, correct, fb]) =>
      // Partial credit next to one full answer becomes a wrong option (reported when importing).
      block.name === "Jesus' hometown" ? [text, text === "Nazareth", fb] : [text, correct, fb],
    );
    expect(answers(again!)).toEqual(expected);
    expect(again!.id ?? again!.title).toBe(
      `tema2/importado#${/#(.+)$/.exec(block.markdown.split("\n")[0]!.replace("}", ""))![1]}`,
    );
  });

  it("has choice, short, numeric and cloze questions to round-trip", () => {
    expect(supported.map((b) => b.name)).toEqual(
      expect.arrayContaining(["Q1", "Q2", "Grant tomb", "Grant false", "Grant two", "Kanji-Origin", "Colon escape"]),
    );
    expect(supported.map((b) => b.name)).toEqual(
      expect.arrayContaining(["Q3", "Q5", "Q6", "Q7", "Grant short", "Grant born"]),
    );
  });
});

describe("npm run export:moodle and import:gift", () => {
  it("exports a course: the course bank, the XML and one GIFT per lesson with quizzes", () => {
    const { banks, problems } = readCourseQuizzes(resolve(import.meta.dirname, "../fixtures/course"));
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), "aula-moodle-"));
    const files = writeMoodleExport(banks, dir);
    const total = banks.reduce((n, b) => n + b.quizzes.length, 0);
    // GIFT has no ordering and only one blank per missing-word question: those are in the XML only.
    const inGift = (q: MoodleQuiz) =>
      q.type !== "ordering" && (q.type !== "cloze" || q.parts.filter((p) => p.kind === "blank").length === 1);
    const giftTotal = banks.reduce((n, b) => n + b.quizzes.filter(inGift).length, 0);
    expect(total).toBeGreaterThan(0);
    expect(banks.flatMap((b) => b.quizzes.map((q) => q.type))).toEqual(
      expect.arrayContaining(["choice", "short", "numeric", "cloze", "ordering", "matching"]),
    );
    expect(files.map((f) => [f.path.slice(dir.length + 1), f.questions])).toEqual([
      ["curso.gift", giftTotal],
      ["curso.xml", total],
      ...banks
        .filter((b) => b.quizzes.length)
        .map((b) => [`${b.lessonId.replace("/", "-")}.gift`, b.quizzes.filter(inGift).length]),
    ]);
    // One note per question GIFT cannot hold, naming it.
    expect(files[0]?.notes).toHaveLength(total - giftTotal);
    expect(files[0]?.notes).toContain("«tema2/laboratorio-2#publicar-la-imagen»: ordenar no tiene forma GIFT");
    const gift = parse(readFileSync(join(dir, "curso.gift"), "utf8"));
    expect(gift.filter((q) => q.type !== "Category")).toHaveLength(giftTotal);
    expect(gift.map((q) => q.type)).toContain("Matching");
    expect(XMLValidator.validate(readFileSync(join(dir, "curso.xml"), "utf8"))).toBe(true);
    expect(describeExport({ path: "exports/moodle/curso.gift", questions: 1, notes: [] })).toBe(
      "exports/moodle/curso.gift  1 pregunta",
    );
  }, 60_000);

  it("appends the imported blocks to a lesson and says what it left out", () => {
    const dir = mkdtempSync(join(tmpdir(), "aula-gift-"));
    const lesson = join(dir, "leccion.md");
    writeFileSync(lesson, "---\ntitle: Prueba\n---\n\nTexto.\n");
    const lines: string[] = [];
    const code = importGift(
      [join(fixtures, "moodle-docs.gift"), "--lesson", lesson],
      () => {},
      (l) => lines.push(l),
    );
    expect(code).toBe(0);
    const text = readFileSync(lesson, "utf8");
    expect(text.startsWith("---\ntitle: Prueba\n---\n\nTexto.\n\n{:.quiz #q1}\n1+1=2\n")).toBe(true);
    expect(lines.filter((l) => l.includes("No se conserva"))).toHaveLength(4);
    expect(lines.at(-1)).toBe(`${lesson}  16 preguntas añadidas`);
  });

  it("matching distractors (no left side) become spare right items, and read back as a matching", () => {
    const result = giftToMarkdown("::M::Une {\n=a -> b\n=c -> d\n= -> e\n}\n");
    expect(result.markdown).toBe("{:.quiz #m}\nUne\n\n- a → b\n- c → d\n- → e\n");
    expect(result.skipped).toEqual([]);
    const { quizzes, problems } = lessonQuizzes("/curso/tema2/importado.md", result.markdown, {
      lessonId: "tema2/importado",
      unit: "tema2",
      course: configFromFolders("curso.yaml").config,
    });
    expect(problems).toEqual([]);
    expect(quizzes).toEqual([
      {
        id: "tema2/importado#m",
        type: "matching",
        question: "Une",
        pairs: [
          { left: "a", right: "b" },
          { left: "c", right: "d" },
        ],
        distractors: ["e"],
      },
    ]);
  });

  it("a GIFT syntax error is one line at file:line:col", () => {
    const dir = mkdtempSync(join(tmpdir(), "aula-gift-"));
    const bad = join(dir, "malo.gift");
    writeFileSync(bad, "::Q1:: 1+1=2 {T}\n");
    const lines: string[] = [];
    expect(
      importGift(
        [bad],
        () => {},
        (l) => lines.push(l),
      ),
    ).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${bad}:1:\\d+  error  GIFT mal escrito: .+  \\[gift/syntax\\]$`));
  });
});

describe("aula export moodle, from the course manifest", () => {
  const config = configFromFolders("curso.yaml").config;
  const lesson = (id: string, quizzes: unknown[]): LessonRecord => ({
    id,
    unit: id.split("/")[0]!,
    slug: id.split("/")[1]!,
    title: `Lección ${id}`,
    sortKey: id,
    source: `${id}.md`,
    digest: id,
    headings: [],
    frontmatter: { quizzes },
  });
  const manifestOf = (lessons: LessonRecord[]) =>
    createManifest({
      config,
      lessons,
      site: { base: "/", outDir: "/x/dist", contentDir: "/x/content", publicDir: "/x/public", printPages: false },
      engine: { version: "0", fingerprint: "0" },
      builtAt: new Date(0),
    });
  const run = async (manifest: ReturnType<typeof manifestOf>, root: string) => {
    const lines: string[] = [];
    const push = (line: string) => lines.push(line);
    const outcome = await moodleExporter.export(manifest, { root, argv: [], env: {}, log: push, warn: push });
    return { outcome, lines };
  };

  it("writes no file for a course without quizzes, says why, and removes the bank of an earlier export", async () => {
    const root = mkdtempSync(join(tmpdir(), "aula-moodle-empty-"));
    const empty = manifestOf([lesson("tema1/a", []), lesson("tema1/b", [])]);
    let { outcome, lines } = await run(empty, root);
    expect(outcome.written).toEqual([]);
    expect(lines).toEqual([
      "El curso no tiene cuestionarios: no hay banco de preguntas que exportar y no se escribe ningún archivo.",
    ]);
    expect(existsSync(join(root, "exports/moodle"))).toBe(false);

    const choice = {
      type: "choice",
      id: "tema1/a#q1",
      question: "¿Sí?",
      multiple: false,
      options: [
        { text: "Sí", correct: true },
        { text: "No", correct: false },
      ],
    };
    ({ outcome, lines } = await run(manifestOf([lesson("tema1/a", [choice]), lesson("tema1/b", [])]), root));
    expect(readdirSync(join(root, "exports/moodle")).sort()).toEqual(["curso.gift", "curso.xml", "tema1-a.gift"]);
    expect(lines[0]).toBe("exports/moodle/curso.gift  1 pregunta");

    ({ outcome, lines } = await run(empty, root));
    expect(outcome.written).toEqual([]);
    expect(lines[0]).toContain("(se borra el de la exportación anterior en exports/moodle/)");
    expect(readdirSync(join(root, "exports/moodle"))).toEqual([]);
  });
});
