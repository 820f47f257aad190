import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listLessonFiles } from "../../src/core/course/lessons-files.ts";
import { main } from "../../src/core/lint/cli.ts";
import { defaultLintConfig, lintConfigFor } from "../../src/core/lint/config.ts";
import type { Problem } from "../../src/core/problems/model.ts";

/** A course folder as a teacher has it: curso.yaml, one unit, a lesson whose docker commands sit in a `sh` fence. */
function course(settings: string) {
  const root = mkdtempSync(join(tmpdir(), "aula-settings-"));
  mkdirSync(join(root, "content/tema1"), { recursive: true });
  writeFileSync(
    join(root, "content/curso.yaml"),
    `title: Curso\nunits:\n  - id: tema1\n    title: Tema 1\n${settings}`,
  );
  const lesson = "---\ntitle: Uno\n---\n\nTexto.\n\n```dockerfile\ndocker ps -a\n```\n";
  writeFileSync(join(root, "content/tema1/01-uno.md"), lesson);
  writeFileSync(join(root, "content/NOTAS.md"), "# Notas del profesor\n\n```dockerfile\ndocker ps\n```\n");
  return root;
}

async function lint(root: string): Promise<Problem[]> {
  const out: string[] = [];
  const code = await main({
    argv: ["--format", "json", "--no-shellcheck"],
    cwd: root,
    env: {},
    stdout: (t) => out.push(t),
    stderr: () => {},
  });
  expect(code).toBeLessThan(2);
  return JSON.parse(out.join("\n")) as Problem[];
}

describe("course settings in curso.yaml", () => {
  it("notLessons keeps a file out of the lessons; a README never is one", () => {
    const root = course("notLessons: [NOTAS.md]\n");
    writeFileSync(join(root, "content/README.md"), "# Léeme\n");
    expect(listLessonFiles(join(root, "content"), ["NOTAS.md"])).toEqual(["tema1/01-uno.md"]);
    expect(listLessonFiles(join(root, "content"))).toEqual(["NOTAS.md", "tema1/01-uno.md"]);
  });

  it("the lint reads the course's exclusions and non-lessons from curso.yaml", async () => {
    const plain = await lint(course(""));
    expect(plain.map((p) => `${p.file} ${p.ruleId}`)).toEqual(
      expect.arrayContaining(["content/NOTAS.md code/wrong-language", "content/tema1/01-uno.md code/wrong-language"]),
    );

    const settled = await lint(
      course(
        'notLessons: [NOTAS.md]\nlint:\n  ignore:\n    code/wrong-language: "los bloques de este curso son así"\n',
      ),
    );
    expect(settled.filter((p) => p.ruleId === "code/wrong-language")).toEqual([]);
    expect(settled.some((p) => p.file === "content/NOTAS.md")).toBe(false);
  });

  it("a course's ShellCheck exclusions add to aula's defaults", () => {
    const config = lintConfigFor({ shellcheck: { exclude: { SC2086: "variables sin comillas a propósito" } } });
    expect(Object.keys(config.shellcheck.exclude)).toEqual([
      ...Object.keys(defaultLintConfig.shellcheck.exclude),
      "SC2086",
    ]);
    expect(config.shellcheck.severity).toBe("warning");
  });

  it("a mistake in the lint settings is a line with the file, not a stack trace", async () => {
    const root = course("lint:\n  shellcheck:\n    exclude:\n      SC2086: 3\n");
    const err: string[] = [];
    const code = await main({ argv: [], cwd: root, env: {}, stdout: () => {}, stderr: (t) => err.push(t) });
    expect(code).toBe(1);
    expect(err.join("\n")).toMatch(/content\/curso\.yaml/);
    expect(err.join("\n")).not.toMatch(/\n\s+at /);
  });
});
