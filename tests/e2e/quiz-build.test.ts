import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot, runBuild } from "./support/site.ts";

const outDirs: string[] = [];
function build(fixture: string) {
  const outDir = mkdtempSync(join(tmpdir(), "aula-quiz-"));
  outDirs.push(outDir);
  const result = runBuild({ AULA_CONTENT_DIR: resolve(projectRoot, "tests/fixtures", fixture), AULA_OUT_DIR: outDir });
  return { ...result, outDir };
}
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe("quizzes in the build", () => {
  it("stops the build on invalid quizzes in a .md lesson, listing each with file:line and a fix", () => {
    const { status, output } = build("quiz-invalid");
    expect(status).toBe(1);
    expect(output).toContain("Hay 2 errores en el contenido del curso:");
    expect(output).toContain(
      "tests/fixtures/quiz-invalid/tema1/01-mal.md:8:1  error  Ninguna opción está marcada como correcta  (marca la respuesta correcta con (x))  [quiz/no-correct-option]",
    );
    expect(output).toMatch(
      /01-mal\.md:16:1 {2}error {2}La pregunta es de respuesta única, pero tiene 2 opciones \(x\) {2}\(.*usa \[ \] y \[x\].*\) {2}\[quiz\/several-correct-single\]/,
    );
    expect(output).not.toMatch(/^\s+at /m);
  });

  it("stops the build on an invalid <Quiz> in an .mdx lesson, with file:line", () => {
    const { status, output } = build("quiz-invalid-mdx");
    expect(status).toBe(1);
    expect(output).toMatch(
      /tests\/fixtures\/quiz-invalid-mdx\/tema1\/01-mal\.mdx:8:1 {2}error {2}El cuestionario mezcla opciones \( \) y \[ \] .*\[quiz\/mixed-markers\]/,
    );
  });

  it("renders <Quiz> in .mdx with the same model, inline Markdown included, and lists it in «Mi progreso»", () => {
    const { status, output, outDir } = build("quiz-course");
    expect(status, output).toBe(0);
    const mdx = readFileSync(join(outDir, "tema1/en-mdx/index.html"), "utf8");
    expect(mdx).toContain('data-quiz-id="tema1/en-mdx#imagenes"');
    expect(mdx).toContain("<strong>imágenes</strong>");
    expect(mdx).toContain(
      '<a href="https://docs.docker.com/reference/cli/docker/image/ls/" rel="noopener noreferrer">referencia</a>',
    );
    expect(mdx).toContain('<span class="quiz__text"><code>docker image ls</code></span>');
    expect(mdx.match(/type="checkbox"/g)).toHaveLength(3);
    expect(mdx).not.toContain("task-list");
    expect(mdx).toMatch(/<script type="module" src="[^"]*QuizIsland[^"]*"/);
    const progress = readFileSync(join(outDir, "progreso/index.html"), "utf8");
    const ids = [...progress.matchAll(/data-ids="([^"]*)"/g)].map((m) =>
      JSON.parse((m[1] ?? "").replace(/&quot;/g, '"')),
    );
    expect(ids).toEqual([
      ["tema1/en-mdx#imagenes", expect.stringMatching(/^tema1\/en-mdx#q/)],
      [expect.stringMatching(/^tema1\/en-markdown#q/)],
    ]);
  });
});
