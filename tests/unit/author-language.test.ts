import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { parseCourseConfig } from "../../src/core/course/config.ts";
import { warningCount } from "../../src/core/build/warning-count.ts";
import { authorLanguage, say } from "../../src/core/i18n/author/index.ts";
import { problemFormatter } from "../../src/core/problems/format.ts";
import { AuthorError } from "../../src/core/problems/report.ts";
import type { Problem } from "../../src/core/problems/model.ts";

async function aula(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main({ argv, cwd, env, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, text: [...out, ...err].join("\n") };
}

function courseIn(lang: string): string {
  const root = mkdtempSync(join(tmpdir(), "aula-lang-"));
  mkdirSync(join(root, "content"));
  writeFileSync(join(root, "content", "curso.yaml"), `title: Course\nlang: ${lang}\n`);
  return root;
}

const problem: Problem = {
  file: "content/tema1/a.md",
  line: 3,
  column: 1,
  severity: "warning",
  ruleId: "image/missing",
  message: "La imagen «x.png» no existe en public/",
};

describe("the language aula speaks to a teacher", () => {
  it("is AULA_LANG, else the course's lang, else Spanish; a language without these messages gets Spanish", () => {
    expect(authorLanguage("en", "es")).toBe("en");
    expect(authorLanguage("en_GB.UTF-8", undefined)).toBe("en");
    expect(authorLanguage(undefined, "en")).toBe("en");
    expect(authorLanguage(undefined, "ca")).toBe("es");
    expect(authorLanguage(" ", undefined)).toBe("es");
  });

  it("counts with the language's plurals", () => {
    expect(say("es", "problems.heading", { count: 1 })).toBe("Hay 1 error en el contenido del curso:");
    expect(say("en", "problems.heading", { count: 2 })).toBe("The course content has 2 errors:");
  });

  it("labels problems in English, with the rule id unchanged, and counts English warnings after the build", () => {
    const line = problemFormatter("en")(problem);
    expect(line).toBe("content/tema1/a.md:3:1  warning  La imagen «x.png» no existe en public/  [image/missing]");
    expect(new AuthorError([{ ...problem, severity: "error" }], "en").message.split("\n")[0]).toBe(
      "The course content has 1 error:",
    );
    expect(warningCount(line, "en")).toBe("1 warning in 1 lesson, above with their file and line");
  });

  it("answers aula --help and a mistyped command in the course's language, or AULA_LANG's", async () => {
    const english = await aula(["--help"], courseIn("en"));
    expect(english.code).toBe(0);
    expect(english.text).toMatch(/^Usage: aula <command> \[options\]/);
    expect(english.text).toContain("lint [lesson.md | folder]…");
    // Written as teachers write YAML: quoted, with a comment after it.
    const quoted = await aula(["--help"], courseIn('"en-GB"  # the course is in English'));
    expect(quoted.text).toMatch(/^Usage: aula <command>/);
    const spanish = await aula(["bild"], courseIn("ca"));
    expect(spanish.code).toBe(2);
    expect(spanish.text).toBe(
      "aula: «bild» no es una orden de aula. ¿Querías decir «aula build»? «aula --help» las lista.",
    );
    const chosen = await aula(["bild"], courseIn("es"), { AULA_LANG: "en" });
    expect(chosen.text).toBe(
      "aula: «bild» is not an aula command. Did you mean «aula build»? «aula --help» lists them.",
    );
  });

  it("words curso.yaml's mistakes in English for AULA_LANG=en or a course that says lang: en", () => {
    const [broken] = parseCourseConfig("title: [\n", "content/curso.yaml", "en").diagnostics;
    expect(broken?.message).toMatch(/^This is not valid YAML: /);
    expect(broken?.fix).toBe("check the quotes, the colons and the indentation of that line");
    const [schema] = parseCourseConfig("lang: en\nunits: 3\n", "content/curso.yaml").diagnostics;
    expect([schema?.ruleId, schema?.fix]).toEqual(["course/schema", "see the curso.yaml reference in the aula guide"]);
    const [spanish] = parseCourseConfig("units: 3\n", "content/curso.yaml").diagnostics;
    expect(spanish?.fix).toBe("mira la referencia de curso.yaml en la guía de aula");
  });
});
