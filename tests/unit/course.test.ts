import { describe, expect, it } from "vitest";
import { parseCourseConfig } from "../../src/core/course/config.ts";
import { normalizeBase, readSiteEnv } from "../../src/core/course/env.ts";
import { parseFrontmatter, splitFrontmatter } from "../../src/core/text/frontmatter.ts";
import { parseLessonFileName, readLesson } from "../../src/core/course/lessons.ts";
import { buildCourseModel, unitTitleFromId } from "../../src/core/course/model.ts";
import { courseNavigation } from "../../src/core/course/route-data.ts";
import { formatProblem } from "../../src/core/problems/format.ts";
import { preprocessLiquid } from "../../src/core/markdown/liquid.ts";

const course = parseCourseConfig("title: Curso\nunits:\n  - id: tema2\n    title: Tema 2\n", "curso.yaml").config!;

describe("front matter", () => {
  it("keeps the body's line numbers", () => {
    const split = splitFrontmatter("---\ntitle: A\n---\n## Uno\n");
    expect(split.body.split("\n")[3]).toBe("## Uno");
  });

  it("reads Jekyll, Typora and pandoc keys and keeps unknown ones", () => {
    const source = [
      "---",
      "typora-root-url: ../../",
      "layout: post",
      "categories: tema2 Docker",
      "title: Docker",
      "conToc: true",
      "author:",
      "  - Ana",
      "  - Luis",
      "header-includes: |",
      "    \\usepackage{fancyhdr}",
      "header-left: Lab",
      "---",
      "Texto",
    ].join("\n");
    const lesson = readLesson("tema2/2021-01-08-Docker.md", "content/tema2/2021-01-08-Docker.md", source, course);
    expect(lesson.diagnostics).toEqual([]);
    expect(lesson.place).toMatchObject({ id: "tema2/docker", unit: "tema2", sortKey: "2021-01-08" });
    expect(lesson.frontmatter).toMatchObject({
      title: "Docker",
      author: ["Ana", "Luis"],
      "header-left": "Lab",
      "typora-root-url": "../../",
    });
  });

  it("warns about a duplicated key, naming its line, and uses the last value", () => {
    const parsed = parseFrontmatter(splitFrontmatter("---\nlayout: post\ntitle: A\nlayout: page\n---\n"), "x.md");
    expect(parsed.data.layout).toBe("page");
    expect(parsed.diagnostics.map(formatProblem)).toEqual([
      "x.md:4  aviso  La clave «layout» está repetida (ya aparece en la línea 2); se usa el último valor  (borra una de las dos)  [frontmatter/duplicate-key]",
    ]);
  });

  it("names the file, line and key of a bad value", () => {
    const lesson = readLesson("tema2/a.md", "content/tema2/a.md", "---\ntitle: A\nconToc: si\n---\n", course);
    expect(lesson.place).toBeUndefined();
    expect(lesson.diagnostics.map(formatProblem)).toEqual([
      'content/tema2/a.md:3  error  La clave «conToc» no es válida (valor: "si"): debe ser true o false  (usa «conToc: true» o «conToc: false»)  [frontmatter/schema]',
    ]);
  });

  it("reports broken YAML with its line", () => {
    const lesson = readLesson("tema2/a.md", "a.md", "---\ntitle: A\nauthor: [roto\n---\n", course);
    expect(lesson.diagnostics[0]).toMatchObject({ line: 3, severity: "error", ruleId: "frontmatter/yaml" });
  });

  it("requires a title and a known unit", () => {
    expect(readLesson("tema2/a.md", "a.md", "---\nlayout: post\n---\n", course).diagnostics[0]?.message).toBe(
      "Falta la clave obligatoria «title»",
    );
    // A top-level file is a standalone page (pages.ts) unless its categories name a unit.
    expect(
      readLesson("a.md", "content/a.md", '---\ntitle: A\ncategories: ""\n---\n', course).diagnostics[0],
    ).toMatchObject({
      line: 3,
      severity: "error",
      ruleId: "frontmatter/unknown-unit",
    });
  });

  it("publishes a lesson whose unit is not in curso.yaml, warning on curso.yaml how to title it", () => {
    const lesson = readLesson("x/a.md", "content/x/a.md", "---\ntitle: A\ncategories: tema9\n---\n", course);
    expect(lesson.place).toMatchObject({ id: "tema9/a", unit: "tema9" });
    expect(lesson.diagnostics).toEqual([
      expect.objectContaining({ file: "content/curso.yaml", severity: "warning", ruleId: "course/unlisted-unit" }),
    ]);
    expect(lesson.diagnostics[0]?.message).toContain("«Tema 9»");
    expect(lesson.diagnostics[0]?.fix).toContain("- id: tema9");
  });

  it("stops a unit whose folder would take one of aula's own addresses, such as /imprimir/", () => {
    const lesson = readLesson("imprimir/a.md", "content/imprimir/a.md", "---\ntitle: A\n---\n", course);
    expect(lesson.place).toBeUndefined();
    expect(lesson.diagnostics.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/imprimir\/a\.md:1 +error +La unidad «imprimir» tendría la dirección «\/imprimir\/», que usa aula/,
      ),
    ]);
  });

  it("drops a first `# ` heading that repeats the title, and keeps line numbers", () => {
    const source = "---\ntitle: El protocolo *HTTP*\n---\n\n# El protocolo HTTP\n\nTexto.\n\n# Otro\n";
    const { body } = readLesson("tema2/a.md", "a.md", source, course);
    expect(body.split("\n")).toHaveLength(source.split("\n").length);
    expect(body).not.toContain("# El protocolo");
    expect(body.split("\n")[8]).toBe("# Otro");
    const other = readLesson("tema2/a.md", "a.md", "---\ntitle: A\n---\n# B\n", course).body;
    expect(other).toContain("# B");
  });
});

describe("lesson order and URLs", () => {
  it("drops a Jekyll date or a number from the URL and sorts by it", () => {
    expect(parseLessonFileName("2021-01-08-Docker.md")).toEqual({
      slug: "docker",
      sortKey: "2021-01-08",
      date: "2021-01-08",
    });
    expect(parseLessonFileName("05-laboratorio-1.md")).toMatchObject({ slug: "laboratorio-1", sortKey: "000005" });
  });

  it("orders lessons and links previous and next across the course", () => {
    const model = buildCourseModel(course, [
      { id: "tema2/b", unit: "tema2", slug: "b", title: "B", sortKey: "000002" },
      { id: "tema2/a", unit: "tema2", slug: "a", title: "A", sortKey: "000001" },
    ]);
    expect(model.units[0]?.lessons.map((l) => l.id)).toEqual(["tema2/a", "tema2/b"]);
    const { pagination } = courseNavigation(model, "/");
    expect(pagination.get("tema2/a")?.next?.href).toBe("/tema2/b/");
    expect(pagination.get("tema2/b")?.previous?.href).toBe("/tema2/a/");
  });

  it("adds units only lessons name after the listed ones, by id, titled from the id", () => {
    const model = buildCourseModel(course, [
      { id: "tema10/z", unit: "tema10", slug: "z", title: "Z", sortKey: "1" },
      { id: "tema3/y", unit: "tema3", slug: "y", title: "Y", sortKey: "1" },
      { id: "tema2/a", unit: "tema2", slug: "a", title: "A", sortKey: "1" },
    ]);
    expect(model.units.map((u) => [u.id, u.title])).toEqual([
      ["tema2", "Tema 2"],
      ["tema3", "Tema 3"],
      ["tema10", "Tema 10"],
    ]);
    expect(unitTitleFromId("unidad-didactica2")).toBe("Unidad didactica 2");
  });
});

describe("course config and environment", () => {
  it("takes a config without units, or with an empty list: every unit found is published", () => {
    for (const source of ["title: Curso\n", "title: Curso\nunits: []\n", "title: Curso\nunits:\n"]) {
      const { config, diagnostics } = parseCourseConfig(source, "content/curso.yaml");
      expect(diagnostics, source).toEqual([]);
      expect(config?.units, source).toEqual([]);
    }
  });

  it("warns on a key aula does not use, with its line and the key it probably meant, and still reads the rest", () => {
    const source = "title: Curso\nautor: Ana\nbaseurl: /x\n";
    const { config, diagnostics } = parseCourseConfig(source, "content/curso.yaml");
    expect(config?.title).toBe("Curso");
    expect(diagnostics.map(formatProblem)).toEqual([
      "content/curso.yaml:2  aviso  aula no usa la clave «autor»: se ignora  (bórrala, o corrige su nombre: ¿querías decir «author»?)  [course/unknown-key]",
      "content/curso.yaml:3  aviso  aula no usa la clave «baseurl»: se ignora  (bórrala, o corrige su nombre)  [course/unknown-key]",
    ]);
  });

  it("normalizes the base path", () => {
    expect(normalizeBase(undefined)).toBe("/");
    expect(normalizeBase("Ciberseguridad-PePS")).toBe("/Ciberseguridad-PePS/");
    expect(readSiteEnv({ BASE_PATH: "/x/" }, "/r").site).toBe("http://localhost:4321/x/");
  });
});

describe("Liquid", () => {
  it("replaces site.baseurl, drops raw tags and keeps what they protect", () => {
    const { text, diagnostics } = preprocessLiquid(
      "[a]({{ site.baseurl }}/tema3/)\n{% raw %}\n```\n{{ variable }}\n```\n{% endraw %}\n",
      { baseUrl: "/curso", file: "a.md" },
    );
    expect(text).toBe("[a](/curso/tema3/)\n\n```\n{{ variable }}\n```\n\n");
    expect(diagnostics).toEqual([]);
  });

  it("reports any other tag with its line", () => {
    const { diagnostics } = preprocessLiquid("Hola\n{% include nota.html %}\n", { baseUrl: "", file: "a.md" });
    expect(diagnostics[0]).toMatchObject({ line: 2, ruleId: "liquid/unsupported", severity: "warning" });
  });
});
