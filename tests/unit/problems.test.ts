import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCourseConfig } from "../../src/core/course/config.ts";
import { readLesson } from "../../src/core/course/lessons.ts";
import { formatGithub, formatHuman, formatJson } from "../../src/core/problems/format.ts";
import { readRuleTable, ruleTable, ruleTableRows, withRuleTable } from "../../src/core/problems/rule-table.ts";
import { ruleInfo, rules } from "../../src/core/problems/rules.ts";
import { renderMarkdown } from "./support/markdown.ts";

const srcDir = resolve(import.meta.dirname, "../../src");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
  });
const idPattern =
  /["'`]((?:course|page|jekyll|frontmatter|markdown|liquid|image|images|media|link|embed|diagram|quiz|code|shell|docker|dockerfile|json|yaml|lint)\/[a-z-]+|DL\d{4})["'`]/g;
const emitted = new Set(
  files(srcDir)
    .filter((f) => !f.endsWith("problems/rules.ts") && !f.includes("/lint/data/"))
    .flatMap((f) => [...readFileSync(f, "utf8").matchAll(idPattern)].map((m) => m[1] ?? ""))
    // MIME types look like rule ids.
    .filter((id) => !/^image\/(png|jpeg|gif|webp|avif|bmp|svg|x-icon)$/.test(id)),
);

describe("rule registry", () => {
  it("lists every rule id that src/ emits, and only those", () => {
    expect(emitted.size).toBeGreaterThan(40);
    expect([...emitted].filter((id) => !ruleInfo(id))).toEqual([]);
    expect(rules.map((r) => r.id).filter((id) => id !== "SC*" && !emitted.has(id))).toEqual([]);
    expect(ruleInfo("SC2086")?.summary).toMatch(/ShellCheck/);
  });
});

describe("the guide's rule table", () => {
  const readme = readFileSync(resolve(import.meta.dirname, "../../docs/referencia/03-reglas.md"), "utf8");

  it("is the registry: every rule, its severity, --fix and summary (npm run docs:rules writes it)", () => {
    const rows = readRuleTable(readme);
    expect(rows.length).toBe(rules.length);
    expect(rows).toEqual(ruleTableRows(rules));
    expect(rows.find((r) => r[0] === "`code/language`")).toEqual([
      "`code/language`",
      "aviso",
      "sí",
      expect.stringMatching(/\S/),
    ]);
  });

  it("tells a table that drifted from the registry", () => {
    const changed = rules.map((r) => (r.id === "shell/syntax" ? { ...r, severity: "warning" as const } : r));
    const drifted = withRuleTable(readme, ruleTable(changed));
    expect(readRuleTable(drifted)).not.toEqual(ruleTableRows(rules));
    expect(readRuleTable(withRuleTable(readme, ruleTable(rules.slice(1))))).not.toEqual(ruleTableRows(rules));
  });
});

describe("quiz ids follow the page's lesson id", () => {
  it("uses unit/slug from categories, not the folder", async () => {
    const source = "---\ntitle: Red\ncategories: tema3 Redes\n---\n{:.quiz}\n¿Cuál?\n- (x) Uno\n- ( ) Dos\n";
    const course = parseCourseConfig(
      "title: C\nunits:\n  - id: tema2\n    title: A\n  - id: tema3\n    title: B\n",
      "c",
    ).config!;
    const lesson = readLesson("tema2/05-red.md", "content/tema2/05-red.md", source, course);
    expect(lesson.place?.id).toBe("tema3/red");
    const { frontmatter } = await renderMarkdown(source, {
      path: "content/tema2/05-red.md",
      lessonId: lesson.place?.id,
    });
    const [quiz] = frontmatter.quizzes as { id: string }[];
    expect(quiz?.id).toMatch(/^tema3\/red#q[0-9a-z]{7}$/);
  });
});

describe("one format for every problem", () => {
  const build = {
    file: "a.md",
    line: 3,
    column: 1,
    severity: "error" as const,
    ruleId: "quiz/no-options",
    message: "Sin opciones",
    fix: "añade opciones",
  };
  const lint = {
    file: "a.md",
    line: 9,
    column: 6,
    severity: "error" as const,
    ruleId: "DL3006",
    message: "Sin etiqueta",
  };
  it("human, JSON and GitHub carry the same fields in the same order", () => {
    const source = "---\ntitle: A\n{:.quiz}\n\n\n\n\n```dockerfile\nFROM debian\n```\n";
    expect(formatHuman([build, lint], new Map([["a.md", source]])).split("\n")).toEqual([
      "a.md:3:1  error  Sin opciones  (añade opciones)  [quiz/no-options]",
      "  3 | {:.quiz}",
      "    | ^",
      "a.md:9:6  error  Sin etiqueta  [DL3006]",
      "  9 | FROM debian",
      "    |      ^",
    ]);
    expect(JSON.parse(formatJson([build, lint]))).toEqual([build, lint]);
    expect(formatGithub([build, lint]).split("\n")).toEqual([
      "::error file=a.md,line=3,col=1,title=quiz/no-options::Sin opciones (añade opciones)",
      "::error file=a.md,line=9,col=6,title=DL3006::Sin etiqueta",
    ]);
  });
});
