import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/core/lint/cli.ts";
import { extractBlocks } from "../../src/core/lint/extract.ts";
import { parseLesson } from "../../src/core/markdown/source.ts";
import { formatHuman, formatJson } from "../../src/core/problems/format.ts";
import type { Problem } from "../../src/core/problems/model.ts";
import { renderMarkdown, testDiagrams } from "./support/markdown.ts";

const root = resolve(import.meta.dirname, "../..");
const file = "tests/fixtures/one-reader/tema2/01-todo.md";
const source = readFileSync(join(root, file), "utf8");
const lineOf = (text: string) => source.split("\n").indexOf(text) + 1;
const cacheDir = mkdtempSync(join(tmpdir(), "aula-one-reader-"));
afterAll(async () => {
  await testDiagrams.renderer.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

let built: Promise<Awaited<ReturnType<typeof renderMarkdown>>> | undefined;
/** The build's render of the lesson (its diagram needs Chromium, so it is drawn once). */
const build = () => (built ??= renderMarkdown(source, { path: file, diagramCacheDir: cacheDir }));

async function lint(format: string) {
  const out: string[] = [];
  const code = await main({
    argv: ["--no-shellcheck", "--format", format, file],
    cwd: root,
    env: { AULA_CONTENT_DIR: "tests/fixtures/course" },
    stdout: (t) => out.push(t),
    stderr: () => {},
  });
  return { code, stdout: out.join("\n") };
}

/** `file:line:col  severity  message  (fix)  [rule]` */
const problemLine = /^(\S+):(\d+):(\d+) {2}(error|aviso|info) {2}(.+?)(?: {2}\((.+)\))? {2}\[([\w/.-]+)\]$/;

describe("one reader for the build and the lint", () => {
  it(
    "gives the same lesson-file lines after front matter, {% raw %} and a body that starts with ---",
    { timeout: 60_000 },
    async () => {
      const { html, diagnostics } = await build();
      expect(html).toContain("<hr>");
      expect(html).toContain("Las plantillas de Go usan {{ .Name }}.");
      expect(html).not.toContain("{% raw %}");

      const { blocks } = extractBlocks(file, source);
      expect(blocks.map((b) => [b.lang, b.line])).toEqual([
        ["dockerfile", lineOf("```dockerfile")],
        ["mermaid", lineOf("```mermaid")],
      ]);
      const where = (ruleId: string) => diagnostics.find((d) => d.ruleId === ruleId)?.line;
      expect(where("diagram/acc-title")).toBe(blocks[1]?.line);
      expect(where("quiz/no-correct-option")).toBe(lineOf("{:.quiz}"));

      const tree = parseLesson(file, source).tree;
      const codeLines = tree?.children.filter((n) => n.type === "code").map((n) => n.position?.start.line);
      expect(codeLines).toEqual(blocks.map((b) => b.line));
    },
  );

  it("prints a build problem and a lint problem in the same format, human and JSON", { timeout: 60_000 }, async () => {
    const { diagnostics } = await build();
    const quiz = diagnostics.filter((d) => d.ruleId === "quiz/no-correct-option");
    expect(quiz).toHaveLength(1);
    const buildLines = formatHuman(quiz).split("\n");
    expect(buildLines).toHaveLength(1);

    const human = await lint("human");
    expect(human.code).toBe(1);
    const lintLines = human.stdout.split("\n").filter((l) => l.includes("[DL3006]"));
    expect(lintLines).toHaveLength(1);

    const [b, l] = [buildLines[0] ?? "", lintLines[0] ?? ""].map((line) => problemLine.exec(line));
    expect(b?.slice(1, 5)).toEqual([file, String(lineOf("{:.quiz}")), "1", "error"]);
    expect(b?.[7]).toBe("quiz/no-correct-option");
    expect(l?.slice(1, 5)).toEqual([file, String(lineOf("FROM debian")), "6", "aviso"]);
    expect(l?.[7]).toBe("DL3006");

    const lintJson = JSON.parse((await lint("json")).stdout) as Problem[];
    const buildJson = JSON.parse(formatJson(quiz)) as Problem[];
    const dl3006 = lintJson.find((p) => p.ruleId === "DL3006");
    const keys = ["file", "line", "column", "severity", "ruleId", "message", "fix"];
    expect(Object.keys(dl3006 ?? {})).toEqual(keys);
    expect(Object.keys(buildJson[0] ?? {})).toEqual(keys);
    expect(buildJson[0]).toMatchObject({ file, line: lineOf("{:.quiz}"), ruleId: "quiz/no-correct-option" });
  });
});
