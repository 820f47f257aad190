import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/core/lint/cli.ts";
import { defaultLintConfig } from "../../src/core/lint/config.ts";
import { extractBlocks } from "../../src/core/lint/extract.ts";
import { lintLessons } from "../../src/core/lint/lint.ts";
import type { Problem } from "../../src/core/lint/model.ts";
import { shellcheckVersion } from "../../src/core/lint/rules/shellcheck.ts";

const root = resolve(import.meta.dirname, "../..");
/** The course whose curso.yaml (lint exclusions, files that are not lessons) the CLI reads: never content/. */
const courseEnv = { AULA_CONTENT_DIR: "tests/fixtures/course" };
const config = defaultLintConfig;

async function lint(markdown: string, shellcheck = false): Promise<Problem[]> {
  const { findings } = await lintLessons([{ file: "leccion.md", source: markdown }], { config, shellcheck });
  return findings;
}

const fence = (lang: string, code: string) => `Texto.\n\n\`\`\`${lang}\n${code}\n\`\`\`\n`;
const rules = (findings: Problem[]) => findings.map((f) => f.ruleId);

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main({ argv, cwd: root, env: courseEnv, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("the seed's original errors", () => {
  const fixture = "tests/fixtures/lint/06-original.md";

  it("reports each one at its line in the lesson file", async () => {
    const { code, stdout } = await run(["--format", "json", "--no-shellcheck", fixture]);
    expect(code).toBe(1);
    const found = (JSON.parse(stdout) as Problem[]).map((f) => `${f.line}:${f.column} ${f.ruleId}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "9:1 code/wrong-language", // docker commands in a dockerfile fence: one finding, at the fence
        "17:6 DL3006", // FROM debian
        "24:46 DL3015", // apt-get install without --no-install-recommends
        "24:1 DL3009", // apt lists left in the image
        "54:6 code/language", // Timedatectl in an untagged block, inside a quoted list item: only its language
        "64:5 shell/unicode-dash", // –rm
      ]),
    );
  });

  it("lints the course folder when given no files, and the fixed course passes", async () => {
    const { code, stdout } = await run(["--no-shellcheck"]);
    expect(stdout).toMatch(/^0 errores, 0 avisos en \d+ bloques de 6 lecciones/m);
    expect(code).toBe(0);
  });
});

describe("rules: a failing and a passing snippet each", () => {
  const cases: [rule: string, failing: string, passing: string][] = [
    ["code/language", fence("", "hola"), fence("text", "hola")],
    ["code/language", fence("bsah", "ls"), fence(".term1", "ls")],
    ["shell/syntax", fence("bash", 'echo "sin cerrar'), fence("bash", 'echo "cerrada"')],
    ["shell/unicode-dash", fence("bash", "docker run –rm alpine"), fence("bash", "docker run --rm alpine")],
    ["shell/unicode-quote", fence("bash", "echo “hola”"), fence("bash", 'echo "hola “cita”"')],
    ["shell/capitalised-command", fence("bash", "Timedatectl"), fence("bash", "timedatectl && VBoxManage list vms")],
    ["docker/unknown-subcommand", fence("bash", "docker contaner ls"), fence("bash", "docker container ls")],
    ["docker/unknown-subcommand", fence("bash", "docker image lss"), fence("bash", "docker image ls -a")],
    [
      "docker/unknown-flag",
      fence("bash", "docker run --rmm alpine"),
      fence("bash", "docker run --rm -it -p8086:80 alpine ls --rmm"),
    ],
    [
      "docker/unknown-flag",
      fence("bash", "docker container run -itz alpine"),
      fence("bash", "docker container run -dp 80:80 nginx"),
    ],
    ["docker/missing-value", fence("bash", "docker run -d --name"), fence("bash", 'docker run -d --name="web" nginx')],
    ["docker/missing-value", fence("bash", "docker build -t"), fence("bash", "docker build -t chapter2 .")],
    ["DL3006", fence("dockerfile", "FROM debian"), fence("dockerfile", "FROM debian:12")],
    [
      "DL3007",
      fence("dockerfile", "FROM debian:latest"),
      fence("dockerfile", "FROM debian:12\nFROM debian:12 AS a\nFROM a"),
    ],
    [
      "DL3014",
      fence("dockerfile", "FROM debian:12\nRUN apt-get install --no-install-recommends x"),
      fence("dockerfile", "FROM debian:12\nRUN apt-get install -y --no-install-recommends x"),
    ],
    [
      "DL3015",
      fence("dockerfile", "FROM debian:12\nRUN apt-get install -y x"),
      fence("dockerfile", "FROM debian:12\nRUN apt-get install -qq --no-install-recommends x"),
    ],
    [
      "DL3009",
      fence("dockerfile", "FROM debian:12\nRUN apt-get update"),
      fence("dockerfile", "FROM debian:12\nRUN apt-get update && rm -rf /var/lib/apt/lists/*"),
    ],
    [
      "DL3027",
      fence("dockerfile", "FROM debian:12\nRUN apt install -y x"),
      fence("dockerfile", "FROM debian:12\nRUN echo apt"),
    ],
    [
      "DL3025",
      fence("dockerfile", "FROM debian:12\nCMD ./entrypoint.sh"),
      fence("dockerfile", 'FROM debian:12\nCMD ["./entrypoint.sh"]'),
    ],
    [
      "DL3000",
      fence("dockerfile", "FROM debian:12\nWORKDIR app"),
      fence("dockerfile", "FROM debian:12\nWORKDIR /home/app"),
    ],
    [
      "DL3020",
      fence("dockerfile", "FROM debian:12\nADD . /app"),
      fence("dockerfile", "FROM debian:12\nADD app.tar.gz /app"),
    ],
    ["DL3004", fence("dockerfile", "FROM debian:12\nRUN sudo ls"), fence("dockerfile", "FROM debian:12\nRUN ls")],
    ["dockerfile/invalid", fence("dockerfile", "FROM alpine:3.20\nCOPY"), fence("dockerfile", "FROM alpine:3.20")],
    ["code/wrong-language", fence("dockerfile", "docker run alpine"), fence("bash", "docker run alpine")],
    ["shell/continuation-space", fence("bash", "docker run \\ \n  alpine"), fence("bash", "docker run \\\n  alpine")],
    ["json/syntax", fence("json", '{"a": 1,}'), fence("json", '{"a": 1}')],
    ["yaml/syntax", fence("yaml", "a: [1, 2"), fence("yaml", "a: [1, 2]")],
    [
      "diagram/acc-title",
      fence("mermaid", "flowchart LR\n  A --> B"),
      fence("mermaid", "flowchart LR\n  accTitle: Flujo\n  A --> B"),
    ],
  ];

  it.each(cases)("%s", async (rule, failing, passing) => {
    expect(rules(await lint(failing))).toContain(rule);
    expect(rules(await lint(passing))).not.toContain(rule);
  });

  it.runIf(shellcheckVersion() !== undefined)("ShellCheck, with the snippet exclusions", async () => {
    const failing = await lint(fence("bash", "rm -rf $DIR/*\ncd /tmp"), true);
    expect(rules(failing)).toEqual(["SC2115"]);
    expect(failing[0]).toMatchObject({ line: 4, column: 8 });
    expect(rules(await lint(fence("bash", 'rm -rf "${DIR:?}"/*'), true))).toEqual([]);
  });
});

describe("extraction", () => {
  it("finds blocks in lists, quotes and callouts and maps lines and columns to the lesson file", () => {
    const source = [
      "---",
      "title: A",
      "---",
      "1. Paso:",
      "",
      "   ```bash",
      "   ls -l",
      "   ```",
      "",
      "> -info- Nota",
      ">",
      "> ```console",
      "> $ Timedatectl",
      "> ```",
      "",
      "~~~ .term2",
      "docker ps",
      "~~~",
    ].join("\n");
    const { blocks } = extractBlocks("a.md", source);
    expect(blocks.map((b) => [b.lang, b.line, b.contentLine, b.columns[0]])).toEqual([
      ["bash", 6, 7, 4],
      ["console", 12, 13, 3],
      [".term2", 16, 17, 1],
    ]);
  });

  it("applies the loader's Liquid step: raw tags vanish, lines stay", () => {
    const { blocks } = extractBlocks("a.md", "{% raw %}\n```bash\necho {{ x }}\n```\n{% endraw %}\n");
    expect(blocks[0]).toMatchObject({ value: "echo {{ x }}", line: 2 });
  });

  it("reports an MDX file that cannot be parsed at its line, without a stack", () => {
    const { blocks, findings } = extractBlocks("a.mdx", "# A\n\n<Cierre sin abrir\n");
    expect(blocks).toEqual([]);
    expect(findings).toHaveLength(1);
    // The tag is never closed: MDX stops at the end of the file.
    expect(findings[0]).toMatchObject({ file: "a.mdx", line: 4, ruleId: "markdown/parse" });
    expect(findings[0].message).not.toMatch(/\n\s+at /);
  });

  it("leaves out a cloze's code block (an exercise with blanks), and keeps other blocks with [[", () => {
    const lesson = [
      "{:.quiz}",
      "Completa:",
      "",
      "    docker run [[-d]] nginx",
      "",
      "{:.quiz}<br>",
      "",
      " Completa con pista:",
      "",
      "> Pista: en segundo plano.",
      "",
      "```bash",
      "docker run [[-d]] nginx",
      "```",
      "",
      "```bash",
      'if [[ -f x ]]; then echo "[[y]]"; fi',
      "```",
    ].join("\n");
    const { blocks } = extractBlocks("a.md", lesson);
    expect(blocks.map((b) => [b.lang, b.line])).toEqual([["bash", 16]]);
    const mdx = extractBlocks("a.mdx", "<Quiz>\nCompleta:\n\n```bash\ndocker run [[-d]] nginx\n```\n</Quiz>\n");
    expect(mdx.blocks).toEqual([]);
  });

  it("reads code blocks in MDX", () => {
    const { blocks } = extractBlocks("a.mdx", "import X from './x';\n\n<X />\n\n```bash\nls\n```\n");
    expect(blocks.map((b) => [b.lang, b.line])).toEqual([["bash", 5]]);
  });

  it("writes each block and a manifest with --extract", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aula-extract-"));
    try {
      const { code } = await run(["--no-shellcheck", "--extract", dir]);
      expect(code).toBe(0);
      const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
        lesson: string;
        line: number;
        language: string;
        file: string;
      }[];
      const dockerfile = manifest.find((m) => m.language === "dockerfile");
      expect(dockerfile).toMatchObject({
        lesson: "tests/fixtures/course/tema2/06-laboratorio-2.md",
        file: "tema2/06-laboratorio-2/02.dockerfile",
      });
      expect(readFileSync(join(dir, dockerfile!.file), "utf8")).toMatch(/^# we will inherit[\s\S]*FROM debian:12/);
      const source = readFileSync(join(root, dockerfile!.lesson), "utf8").split("\n");
      expect(source[dockerfile!.line - 1]).toBe("```dockerfile");
      expect(manifest.every((m) => existsSync(join(dir, m.file)))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("suppression", () => {
  it("switches a rule off with a reason, in the fence meta or a comment before the block", async () => {
    expect(
      await lint(fence('dockerfile lint-ignore=DL3006 lint-reason="la imagen la elige el alumno"', "FROM debian")),
    ).toEqual([]);
    expect(
      await lint(
        "Texto.\n\n<!-- lint-ignore DL3006,DL3007: la imagen la elige el alumno -->\n```dockerfile\nFROM debian\n```\n",
      ),
    ).toEqual([expect.objectContaining({ ruleId: "lint/unused-suppression", line: 3 })]);
  });

  it("requires a reason", async () => {
    expect(rules(await lint(fence("dockerfile lint-ignore=DL3006", "FROM debian")))).toEqual([
      "lint/suppression-reason",
    ]);
  });
});

describe("output and exit codes", () => {
  const fixture = "tests/fixtures/lint/06-original.md";

  it("human: file:line:col, severity, message, fix, rule, then the source line and a caret", async () => {
    const { stdout } = await run(["--no-shellcheck", fixture]);
    expect(stdout).toContain(
      [
        "tests/fixtures/lint/06-original.md:64:5  error  «–rm» empieza por una raya tipográfica (–), no por guiones  (escribe «--rm»)  [shell/unicode-dash]",
        "  64 |     –rm \\",
        "     |     ^",
      ].join("\n"),
    );
  });

  it("github: workflow annotations", async () => {
    const { stdout } = await run(["--no-shellcheck", "--format", "github", fixture]);
    expect(stdout).toContain(
      "::warning file=tests/fixtures/lint/06-original.md,line=17,col=6,title=DL3006::La imagen «debian»",
    );
    expect(stdout).toContain(
      "::error file=tests/fixtures/lint/06-original.md,line=64,col=5,title=shell/unicode-dash::",
    );
    expect(stdout).toContain("::warning file=tests/fixtures/lint/06-original.md,line=24,col=46,title=DL3015::");
  });

  it("exits 0 with warnings only, 1 past --max-warnings, 2 on bad usage", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aula-lint-"));
    try {
      const lesson = join(dir, "a.md");
      const { writeFileSync } = await import("node:fs");
      writeFileSync(lesson, fence("mermaid", "flowchart LR\n  accTitle: Flujo\n  A --> B"));
      expect((await run(["--no-shellcheck", lesson])).code).toBe(0);
      expect((await run(["--no-shellcheck", "--max-warnings", "0", lesson])).code).toBe(1);
      expect((await run(["--format", "xml", lesson])).code).toBe(2);
      expect((await run([join(dir, "no-existe.md")])).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
