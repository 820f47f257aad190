import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/core/lint/cli.ts";
import { defaultLintConfig } from "../../src/core/lint/config.ts";
import { detectLanguage } from "../../src/core/lint/detect-language.ts";
import { fixLesson, writeIfUnchanged } from "../../src/core/lint/fix.ts";
import { lintLessons } from "../../src/core/lint/lint.ts";
import type { Problem as Finding } from "../../src/core/problems/model.ts";
import { rules, ruleInfo } from "../../src/core/problems/rules.ts";
import { shellcheckVersion } from "../../src/core/lint/rules/shellcheck.ts";
import { renderMarkdown } from "./support/markdown.ts";

const root = resolve(import.meta.dirname, "../..");
/** The course whose curso.yaml (lint exclusions, files that are not lessons) the CLI reads: never content/. */
const courseEnv = { AULA_CONTENT_DIR: "tests/fixtures/course" };
const config = defaultLintConfig;
const fixtures = join(root, "tests/fixtures");
const temporary: string[] = [];

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a fixture folder, so --fix can write to it. */
function copyOf(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), "aula-fix-"));
  temporary.push(dir);
  cpSync(join(fixtures, fixture), dir, { recursive: true });
  return dir;
}

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main({ argv, cwd: root, env: courseEnv, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

async function lintFile(path: string, shellcheck = false): Promise<Finding[]> {
  const { findings } = await lintLessons([{ file: "leccion.md", source: readFileSync(path, "utf8") }], {
    config,
    shellcheck,
  });
  return findings;
}

const summary = (f: Finding) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`;

describe("false alarms", () => {
  it("a lesson with one of each reports none as an error, and each mislabelled block once", async () => {
    const findings = await lintFile(join(fixtures, "lint-false-alarms/leccion.md"));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.map(summary)).toEqual([
      "8:1 warning code/language", // pseudocode: only its language, no «Function» error
      "23:1 warning code/wrong-language", // the HTTP request in ```bash: one finding, not one per header
      "32:10 info shell/placeholder", // <verb>, <ID>, [opción], TU_USUARIO: one reminder
      "40:1 warning code/wrong-language", // a docker command in ```dockerfile
      "46:1 warning code/wrong-language", // docker build's output in ```dockerfile
      "55:6 warning DL3006",
      "59:6 warning DL3006",
    ]);
    expect(findings[0].fix).toMatch(/```text/);
    expect(findings[1].fix).toBe("usa ```http");
    expect(findings[2].message).toMatch(/«<verb>», «<ID>», «\[opción\]», «TU_USUARIO»/);
    expect(findings[3].fix).toBe("usa ```bash");
    expect(findings[4].fix).toBe("usa ```text");
    // A tag that exists for an official image, the shape of one for any other.
    expect(findings[5].fix).toBe("fija una versión, por ejemplo «alpine:3.22»");
    expect(findings[6].fix).toBe("fija una versión: miusuario/miweb:versión");
  });
});

it.runIf(shellcheckVersion() !== undefined)(
  "ShellCheck finds no error in placeholders or mislabelled blocks",
  async () => {
    const findings = await lintFile(join(fixtures, "lint-false-alarms/leccion.md"), true);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.filter((f) => f.ruleId.startsWith("SC"))).toEqual([]);
  },
);

describe("--fix", () => {
  it("leaves a lesson with every fixable case clean, and a second --fix changes nothing", async () => {
    const dir = copyOf("lint-fixable");
    const lesson = join(dir, "leccion.md");
    const before = readFileSync(lesson, "utf8");
    expect((await lintFile(lesson)).filter((f) => ruleInfo(f.ruleId)?.fixable).length).toBeGreaterThan(10);

    const first = await run(["--no-shellcheck", "--fix", lesson]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^0 errores, 0 avisos en 16 bloques/m);
    const rel = lesson.replace(`${root}/`, "");
    expect(first.stdout).toContain(
      `${rel}:66  «docker run –rm —name web -p 8080:80 nginx:1.28» → «docker run --rm --name web -p 8080:80 nginx:1.28»`,
    );
    expect(first.stdout).toContain(`${rel}:68  «docker run \\   » → «docker run \\»`);
    expect(first.stdout).toContain(`${rel}:48  «\`\`\`php+HTML» → «\`\`\`php»`);
    expect(await lintFile(lesson)).toEqual([]);

    const after = readFileSync(lesson, "utf8");
    const lines = after.split("\n");
    // Prose and the block with a lint-ignore are never touched; no line is added or removed.
    expect(lines[3]).toBe(before.split("\n")[3]);
    expect(lines.at(-3)).toBe("docker run –rm alpine");
    expect(lines.length).toBe(before.split("\n").length);
    expect(lines.filter((l) => /^```\S/.test(l))).toEqual(
      [
        "bash",
        "console",
        "text",
        "dockerfile",
        "json",
        "yaml",
        "html",
        "php",
        "http",
        "php",
        "console",
        "dockerfile",
        "yaml",
        "bash",
        "console",
        "bash",
      ].map((l) => `\`\`\`${l}`),
    );

    const second = await run(["--no-shellcheck", "--fix", lesson]);
    expect(second.stdout).toContain("--fix: 0 líneas cambiadas en 0 lecciones");
    expect(readFileSync(lesson, "utf8")).toBe(after);
  });

  it("--dry-run prints the changes and writes nothing", async () => {
    const dir = copyOf("lint-fixable");
    const lesson = join(dir, "leccion.md");
    const bytes = readFileSync(lesson);
    const { stdout, code } = await run(["--no-shellcheck", "--fix", "--dry-run", lesson]);
    expect(stdout).toContain("--fix: 18 líneas se cambiarían en 1 lecciones (--dry-run: no se ha escrito nada)");
    // What would remain after the fix is what is reported.
    expect(stdout).toMatch(/^0 errores, 0 avisos/m);
    expect(code).toBe(0);
    expect(readFileSync(lesson).equals(bytes)).toBe(true);
    expect((await run(["--dry-run", lesson])).code).toBe(2);
  });

  it("leaves alone a file that changed on disk since it was read", () => {
    const dir = mkdtempSync(join(tmpdir(), "aula-fix-"));
    temporary.push(dir);
    const lesson = join(dir, "a.md");
    const read = "```\nls\n```\n";
    const { source } = fixLesson("a.md", read);
    expect(source).toBe("```bash\nls\n```\n");
    writeFileSync(lesson, "```\nls -l\n```\n");
    expect(writeIfUnchanged(lesson, read, source)).toBe(false);
    expect(readFileSync(lesson, "utf8")).toBe("```\nls -l\n```\n");
    writeFileSync(lesson, read);
    expect(writeIfUnchanged(lesson, read, source)).toBe(true);
    expect(readFileSync(lesson, "utf8")).toBe(source);
  });

  it("a Jekyll chapter gives, after --fix, only its true problems", async () => {
    const dir = copyOf("lint-jekyll");
    const chapter = join(dir, "capitulo.md");
    const { stdout } = await run(["--no-shellcheck", "--fix", chapter]);
    expect(stdout).toContain("--fix: 10 líneas cambiadas en 1 lecciones");
    const rel = chapter.replace(`${root}/`, "");
    const { stdout: json } = await run(["--no-shellcheck", "--format", "json", chapter]);
    expect((JSON.parse(json) as Finding[]).map((f) => `${f.file.replace(rel, "capitulo.md")}:${summary(f)}`)).toEqual([
      "capitulo.md:34:1 warning code/wrong-language", // the HTTP request written in ```bash
      "capitulo.md:47:10 info shell/placeholder", // git help <verb>, docker container rm <ID>
      "capitulo.md:53:1 warning code/wrong-language", // docker run in ```dockerfile
      "capitulo.md:74:6 warning DL3006", // FROM php, untagged
    ]);
    const fixed = readFileSync(chapter, "utf8").split("\n");
    expect(fixed[18]).toBe("timedatectl status");
    expect(fixed[23]).toBe("```text"); // the pseudocode
    expect(fixed[65]).toBe("docker run -d \\");
    expect(fixed[80]).toBe("docker container rm -f web");
  });
});

describe("detectLanguage", () => {
  it.each([
    ["sudo apt-get update\nsudo apt-get install -y apache2", "bash"],
    ["docker run \\\n  -p 80:80 \\\n  nginx", "bash"],
    ["$ ls\na.txt", "console"],
    ["FROM debian:13\nRUN apt-get update", "dockerfile"],
    ['{"a": 1}', "json"],
    ["services:\n  web:\n    image: nginx", "yaml"],
    ["<!DOCTYPE html>\n<html></html>", "html"],
    ["<?php\necho 1;", "php"],
    ["GET / HTTP/1.1\nHost: a", "http"],
    ["HTTP/1.1 404 Not Found\nContent-Type: text/html\n\n<p>no</p>", "http"],
    ["STEP 1/2: FROM alpine", "text"],
    ["Function saluda()\n  Return 1", "text"],
    ["Timedatectl | grep zone\nTime zone: Europe/Madrid (CET, +0100)", "text"],
    ["total 0\ndrwxr-xr-x 2 root root", "text"],
    ["sudo apache2ctl -t -D DUMP_MODULES", "bash"],
    ["java -jar target/tienda-0.0.1.jar", "bash"],
    ["adb uninstall com.example.tienda", "bash"],
    ["./gradlew build", "bash"],
    ["Content-Type: text/html\nSet-Cookie: a=1\nSet-Cookie: b=2", "http"],
    ["nombre: web\npuerto: 80", "yaml"],
  ])("%j → %s", (source, lang) => {
    expect(detectLanguage(source).lang).toBe(lang);
  });
});

describe("unknown fence languages in the build", () => {
  it("are reported once at their line with the nearest name, and never reach Shiki", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const { html, diagnostics } = await renderMarkdown(
        "# A\n\n```php+HTML\n<p><?= $a ?></p>\n```\n\n```bsah\nls\n```\n\n```dockerfile\nFROM a:1\n```\n",
      );
      expect(diagnostics.map((d) => `${d.line} ${d.severity} ${d.ruleId} ${d.fix}`)).toEqual([
        "3 warning code/language escribe ```php (npx aula lint --fix cambia los alias conocidos)",
        "7 warning code/language escribe ```bash (npx aula lint --fix cambia los alias conocidos)",
      ]);
      expect(html).toMatch(
        /data-lang="php\+HTML"[^]*?data-language="php"[^]*?data-lang="bsah"[^]*?data-language="text"/,
      );
      expect(warn.mock.calls.flat().join(" ")).not.toMatch(/bsah|php\+html/i);
    } finally {
      warn.mockRestore();
    }
  });
});

describe("rule catalog", () => {
  it("names every rule the checker reported on the fixtures", async () => {
    const ids = new Set<string>();
    for (const fixture of ["lint/06-original.md", "lint-false-alarms/leccion.md", "lint-jekyll/capitulo.md"])
      for (const f of await lintFile(join(fixtures, fixture))) ids.add(f.ruleId);
    const catalog = new Set<string>(rules.map((r) => r.id));
    expect([...ids].filter((id) => !catalog.has(id))).toEqual([]);
    for (const f of await lintFile(join(fixtures, "lint/06-original.md")))
      if (ruleInfo(f.ruleId)?.id !== "dockerfile/invalid") expect(f.severity).toBe(ruleInfo(f.ruleId)?.severity);
  });
});

describe("--fix never makes things worse", () => {
  const errors = (stdout: string) => Number(/^(\d+) errores,/m.exec(stdout)?.[1]);

  it("on a Jekyll chapter: no more errors after than before, each refused fence on one line with why", async () => {
    const dir = copyOf("lint-jekyll-fix");
    const chapter = join(dir, "capitulo.md");
    const rel = chapter.replace(`${root}/`, "");
    const before = await run(["--no-shellcheck", chapter]);
    const fixed = await run(["--no-shellcheck", "--fix", chapter]);
    expect(errors(fixed.stdout)).toBeLessThanOrEqual(errors(before.stdout));
    expect(errors(fixed.stdout)).toBe(0);
    const refused = fixed.stdout.split("\n").filter((l) => / no se cambia por /.test(l));
    expect(refused).toEqual([
      `${rel}:49  «\`\`\`» no se cambia por «\`\`\`bash»: el bloque tendría 1 error (línea 50: Error de sintaxis de shell: a command can only contain words and redirects; encountered \`(\`)`,
      `${rel}:55  «\`\`\`» no se cambia por «\`\`\`yaml»: el bloque tendría 1 error (línea 57: YAML no válido: Plain value cannot start with reserved character @)`,
    ]);
    expect(fixed.stdout).toContain("--fix: 5 líneas cambiadas en 1 lecciones; 2 bloques se quedan como estaban");

    const lines = readFileSync(chapter, "utf8").split("\n");
    const fenceAt = (line: number) => lines[line - 1];
    expect(fenceAt(10)).toBe("```bash"); // docker container start <container ID>
    expect(fenceAt(18)).toBe("```bash"); // sudo apache2ctl -t -D DUMP_MODULES
    expect(fenceAt(40)).toBe("```http"); // response headers, not YAML
    expect(fenceAt(49)).toBe("```"); // refused
    expect(fenceAt(55)).toBe("```"); // refused
    expect(fenceAt(62)).toBe("```bash"); // java -jar
    expect(fenceAt(66)).toBe("```bash"); // adb uninstall

    const { stdout: json } = await run(["--no-shellcheck", "--format", "json", chapter]);
    const findings = (JSON.parse(json) as Finding[]).map((f) => ({ ...f, file: "capitulo.md" }));
    expect(findings.map(summary)).toEqual([
      "11:24 info shell/placeholder", // <container ID> is a placeholder, not a redirect
      "26:1 warning code/wrong-language", // a command and its output in ```bash
      "33:1 warning code/wrong-language", // only output in ```bash
      "49:1 warning code/language", // refused: says why, and that --fix leaves it
      "55:1 warning code/language",
      "72:1 warning code/language", // the indented block
    ]);
    expect(findings[1].message).toBe(
      "El bloque dice «bash» pero esta línea parece la salida de una orden, no una orden",
    );
    expect(findings[2].fix).toBe("usa ```text");
    expect(findings[3].fix).toMatch(
      /^parece bash, pero como ```bash tendría 1 error \(línea 50: .*--fix lo deja como está$/,
    );
    expect(findings[5].message).toBe("El bloque de código sangrado no dice su lenguaje");
    expect(findings[5].fix).toContain("--fix no cambia los bloques sangrados");
    expect(findings[5].fix).not.toContain("--fix lo cambia");
  });

  it.runIf(shellcheckVersion() !== undefined)("with ShellCheck too, the error count does not rise", async () => {
    const dir = copyOf("lint-jekyll-fix");
    const chapter = join(dir, "capitulo.md");
    const before = errors((await run([chapter])).stdout);
    expect(errors((await run(["--fix", chapter])).stdout)).toBeLessThanOrEqual(before);
  });
});
