import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseCourseConfig } from "../../src/core/course/config.ts";
import { loadCourseConfig, readSiteEnv, siteBase } from "../../src/core/course/env.ts";
import { parseJekyllConfig, permalinkProblems } from "../../src/core/course/jekyll-config.ts";
import { lessonOldAddresses, readLesson } from "../../src/core/course/lessons.ts";
import { addressFile, postAddress } from "../../src/core/course/permalink.ts";
import { planRedirects } from "../../src/core/course/redirects.ts";
import { formatProblem } from "../../src/core/problems/format.ts";
import { redirectPage } from "../../src/site/redirect-page.ts";
import { renderMarkdown, testDiagrams } from "./support/markdown.ts";

afterAll(() => testDiagrams.renderer.close());

const docker = { fileName: "2021-01-08-Docker.md", categories: "tema2 docker" };

describe("old Jekyll addresses", () => {
  it("expands Jekyll's default permalink from the file name's date, the categories and the title", () => {
    expect(postAddress(undefined, docker)).toBe("/tema2/docker/2021/01/08/Docker.html");
    expect(postAddress("/:categories/:year/:month/:day/:title:output_ext", docker)).toBe(
      "/tema2/docker/2021/01/08/Docker.html",
    );
  });

  it("knows Jekyll's named styles and its other placeholders", () => {
    expect(postAddress("pretty", docker)).toBe("/tema2/docker/2021/01/08/Docker/");
    expect(postAddress("none", docker)).toBe("/tema2/docker/Docker.html");
    expect(postAddress("ordinal", docker)).toBe("/tema2/docker/2021/008/Docker.html");
    expect(postAddress("weekdate", docker)).toBe("/tema2/docker/2021/W01/Fri/Docker.html");
    expect(postAddress("/:short_year/:i_month/:i_day/:slug/", docker)).toBe("/21/1/8/docker/");
    expect(postAddress("/blog/:name:output_ext", docker)).toBe("/blog/2021-01-08-docker.html");
    expect(postAddress("/:long_month/:short_month/:hour:minute/:title", docker)).toBe("/January/Jan/0000/Docker");
  });

  it("takes the front matter's date over the file name's, and its slug over the file name", () => {
    const post = { ...docker, date: "2021-02-03 18:30:00 +0100", slug: "primeros pasos" };
    expect(postAddress(undefined, post)).toBe("/tema2/docker/2021/02/03/primeros-pasos.html");
    expect(postAddress("/:hour/:minute/:title/", post)).toBe("/18/30/primeros-pasos/");
    expect(postAddress(undefined, { fileName: "x.md", date: new Date(Date.UTC(2020, 11, 31)) })).toBe(
      "/2020/12/31/x.html",
    );
  });

  it("slugs the title as Jekyll's pretty mode (case, accents and safe punctuation kept) and lowercases categories", () => {
    const post = { fileName: "2022-01-20-Cabeceras HTTP (seguras).md", categories: ["Tema2", "HTTP"] };
    expect(postAddress(undefined, post)).toBe("/tema2/http/2022/01/20/Cabeceras-HTTP-(seguras).html");
    expect(postAddress(undefined, { fileName: "2022-01-20-Introducción.md" })).toBe("/2022/01/20/Introducción.html");
  });

  it("leaves no double slash for a post without categories, and gives no address to an undated lesson", () => {
    expect(postAddress(undefined, { fileName: "2022-03-01-Final.md" })).toBe("/2022/03/01/Final.html");
    expect(postAddress(undefined, { fileName: "01-intro.md", categories: "tema1" })).toBeUndefined();
  });

  it("warns once about a placeholder Jekyll does not know", () => {
    expect(permalinkProblems("/:categories/:titel/", "content/_config.yml").map(formatProblem)).toEqual([
      "content/_config.yml  aviso  «permalink» usa «:titel», que Jekyll no conoce: las direcciones antiguas lo dejan tal cual  (usa los de Jekyll: :categories, :year, :month, :day, :title, :output_ext…)  [course/permalink]",
    ]);
    expect(permalinkProblems("pretty", "curso.yaml")).toEqual([]);
  });

  it("adds the lesson's own permalink and each redirect_from, sorted and without repeats", () => {
    const frontmatter = {
      title: "Docker",
      conToc: true,
      categories: "tema2 docker",
      redirect_from: ["/docker/", "/tema2/docker/2021/01/08/Docker.html", "https://otro.example/x/"],
    };
    expect(lessonOldAddresses("2021-01-08-Docker.md", frontmatter, undefined)).toEqual([
      "/docker/",
      "/tema2/docker/2021/01/08/Docker.html",
    ]);
    expect(
      lessonOldAddresses(
        "2021-01-08-Docker.md",
        { ...frontmatter, redirect_from: "/viejo", permalink: "/:title/" },
        "x",
      ),
    ).toEqual(["/Docker/", "/viejo"]);
    expect(lessonOldAddresses("01-intro.md", { title: "Intro", conToc: true }, "date")).toEqual([]);
  });

  it("names the file a static host serves for each address", () => {
    expect(addressFile("/tema2/docker/2021/01/08/Docker.html")).toBe("tema2/docker/2021/01/08/Docker.html");
    expect(addressFile("/docker/")).toBe("docker/index.html");
    expect(addressFile("/docker")).toBe("docker.html");
  });
});

describe("redirect pages", () => {
  const lesson = (id: string, oldAddresses: string[]) => ({ id, title: id, path: `${id}/`, oldAddresses });

  it("plans one page per old address, none for the lesson's own, sorted by file", () => {
    const { redirects, conflicts } = planRedirects([
      lesson("tema2/docker", ["/tema2/docker/2021/01/08/Docker.html", "/tema2/docker/", "/docker/"]),
      lesson("tema1/http", ["/tema1/http/2022/01/10/HTTP.html"]),
    ]);
    expect(redirects.map((r) => [r.file, r.to])).toEqual([
      ["docker/index.html", "tema2/docker/"],
      ["tema1/http/2022/01/10/HTTP.html", "tema1/http/"],
      ["tema2/docker/2021/01/08/Docker.html", "tema2/docker/"],
    ]);
    expect(conflicts).toEqual([]);
  });

  it("never writes over another lesson, a page of the site, a public file or an earlier lesson's redirect", () => {
    const { redirects, conflicts } = planRedirects(
      [
        lesson("tema2/a", ["/tema2/b/", "/progreso/", "/pdf/curso.pdf", "/assets/apuntes.html", "/viejo.html"]),
        lesson("tema2/b", ["/viejo.html"]),
      ],
      (file) => file === "assets/apuntes.html",
    );
    expect(redirects.map((r) => [r.file, r.to])).toEqual([["viejo.html", "tema2/a/"]]);
    expect(conflicts).toEqual([
      { lessonId: "tema2/a", from: "/tema2/b/", keptBy: "tema2/b" },
      { lessonId: "tema2/a", from: "/progreso/", keptBy: undefined },
      { lessonId: "tema2/a", from: "/pdf/curso.pdf", keptBy: undefined },
      { lessonId: "tema2/a", from: "/assets/apuntes.html", keptBy: undefined },
      { lessonId: "tema2/b", from: "/viejo.html", keptBy: "tema2/a" },
    ]);
  });

  it("is a page that refreshes to the lesson, names it as canonical, is not indexed and links it in Spanish", () => {
    const html = redirectPage({
      to: "/curso/tema2/docker/",
      canonical: "https://u.github.io/curso/tema2/docker/",
      title: 'Docker & "compose"',
    });
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/curso/tema2/docker/">');
    expect(html).toContain('<link rel="canonical" href="https://u.github.io/curso/tema2/docker/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(
      '<p>Esta lección tiene una dirección nueva: <a href="/curso/tema2/docker/">Docker &amp; &quot;compose&quot;</a></p>',
    );
    expect(html).not.toContain("data-pagefind-body");
  });
});

describe("the base path follows the course's url", () => {
  const url = "https://victorponz.github.io/Ciberseguridad-PePS/";

  it("is the url's path when BASE_PATH is unset or empty", () => {
    expect(siteBase(undefined, [undefined, url])).toEqual({ base: "/Ciberseguridad-PePS/" });
    expect(siteBase(" ", ["", url])).toEqual({ base: "/Ciberseguridad-PePS/" });
    expect(siteBase(undefined, ["https://otro.example/curso", url])).toEqual({ base: "/curso/" });
    expect(siteBase(undefined, ["http://localhost:4321/x/", undefined])).toEqual({ base: "/" });
    expect(siteBase(undefined, [undefined, "https://curso.example.org"])).toEqual({ base: "/" });
    expect(readSiteEnv({}, "/r", url)).toMatchObject({
      base: "/Ciberseguridad-PePS/",
      site: "http://localhost:4321/Ciberseguridad-PePS/",
    });
  });

  it("is BASE_PATH when set, BASE_PATH=/ included, and says when the url disagrees", () => {
    expect(siteBase("/Ciberseguridad-PePS", [undefined, url])).toEqual({ base: "/Ciberseguridad-PePS/" });
    expect(siteBase("/", [undefined, url])).toEqual({ base: "/", conflict: "/Ciberseguridad-PePS/" });
    expect(siteBase("/otro/", [undefined, url])).toEqual({ base: "/otro/", conflict: "/Ciberseguridad-PePS/" });
    expect(siteBase("/otro/", [undefined, undefined])).toEqual({ base: "/otro/" });
  });
});

describe("curso.yaml mistakes in Spanish, with their line", () => {
  const messages = (source: string) => parseCourseConfig(source, "content/curso.yaml").diagnostics.map(formatProblem);

  it("names the key, the value and the line of each mistake", () => {
    expect(
      messages("title: Curso\nurl: victorponz.github.io\nunits:\n  - id: tema1\n    title: Uno\n  - id: Tema 2\n"),
    ).toEqual([
      'content/curso.yaml:2  error  La clave «url» no es una dirección web (valor: "victorponz.github.io")  (mira la referencia de curso.yaml en la guía de aula)  [course/schema]',
      "content/curso.yaml:6  error  Falta la clave obligatoria «units[2].title»  (mira la referencia de curso.yaml en la guía de aula)  [course/schema]",
      'content/curso.yaml:6  error  La clave «units[2].id» solo admite minúsculas, cifras y guiones (valor: "Tema 2")  (mira la referencia de curso.yaml en la guía de aula)  [course/schema]',
    ]);
  });

  it("says what a key should be, and which keys it does not know", () => {
    expect(messages("title: Curso\nunits: tema1\nlint:\n  ignora: {}\nmasteryScore: 120\n")).toEqual([
      'content/curso.yaml:2  error  La clave «units» no es válida (valor: "tema1"): debe ser una lista («- …» en cada línea)  (mira la referencia de curso.yaml en la guía de aula)  [course/schema]',
      "content/curso.yaml:3  error  Clave desconocida «lint.ignora»  (mira la referencia de curso.yaml en la guía de aula)  [course/schema]",
      "content/curso.yaml:5  error  La clave «masteryScore» debe ser como máximo 100 (valor: 120)  (mira la referencia de curso.yaml en la guía de aula)  [course/schema]",
    ]);
    expect(messages("")).toEqual([
      "content/curso.yaml:1  error  Falta la clave obligatoria «title»  (mira la referencia de curso.yaml en la guía de aula)  [course/schema]",
    ]);
    expect(messages("title: Curso\nunits:\n  - id: [\n")[0]).toMatch(
      /^content\/curso\.yaml:\d+ {2}error {2}No es YAML válido: /,
    );
    expect(messages("title: Curso\nunits:\n  - id: tema1\n    title: Uno\n").join("")).not.toMatch(/Invalid|expected/);
  });

  it("publishes a unit no list names without a warning when there is no list", () => {
    const course = parseCourseConfig("title: Curso\n", "content/curso.yaml").config!;
    const lesson = readLesson("tema3/01-a.md", "content/tema3/01-a.md", "---\ntitle: A\n---\n", course);
    expect(lesson.place?.unit).toBe("tema3");
    expect(lesson.diagnostics).toEqual([]);
  });
});

describe("a Jekyll _config.yml in the course", () => {
  const jekyll = "permalink: pretty\nkramdown:\n  syntax_highlighter_opts:\n    block:\n      line_numbers: true\n";

  it("gives its permalink and kramdown's line numbers; one warning when it cannot be read", () => {
    expect(parseJekyllConfig(jekyll, "_config.yml")).toEqual({
      settings: { permalink: "pretty", lineNumbers: true },
      diagnostics: [],
    });
    expect(parseJekyllConfig("title: [\n", "content/_config.yml").diagnostics.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/_config\.yml:\d+ {2}aviso {2}No se puede leer _config\.yml \(.*\): no se usan su «permalink» ni sus números de línea {2}/,
      ),
    ]);
  });

  it("fills what curso.yaml does not say", () => {
    const dir = mkdtempSync(join(tmpdir(), "aula-jekyll-config-"));
    writeFileSync(join(dir, "_config.yml"), jekyll);
    writeFileSync(join(dir, "curso.yaml"), "title: Curso\n");
    expect(loadCourseConfig(dir)).toMatchObject({ permalink: "pretty", lineNumbers: true, units: [] });
    const other = mkdtempSync(join(tmpdir(), "aula-jekyll-config-"));
    writeFileSync(join(other, "_config.yml"), jekyll);
    writeFileSync(join(other, "curso.yaml"), "title: Curso\npermalink: none\nlineNumbers: false\n");
    expect(loadCourseConfig(other)).toMatchObject({ permalink: "none", lineNumbers: false });
  });
});

describe("code line numbers", () => {
  const numbered = (html: string) =>
    [...html.matchAll(/<figure class="([^"]*)"/g)].map((m) => m[1]?.includes("numbered"));

  it("numbers a block whose fence says showLineNumbers, or that has kramdown's {:.lineno} next to it", async () => {
    const { html, diagnostics } = await renderMarkdown(
      "```bash showLineNumbers\nls\n```\n\n```bash\nls\n```\n{:.lineno}\n\n{: .lineno}\n```bash\nls\n```\n\n```bash\nls\n```\n",
    );
    expect(numbered(html)).toEqual([true, true, true, false]);
    expect(html).not.toContain("lineno");
    expect(diagnostics).toEqual([]);
  });

  it("numbers every block of a lesson or course that says lineNumbers, but one whose fence opts out", async () => {
    const { html } = await renderMarkdown("```bash\nls\n```\n\n```text showLineNumbers=false\nsalida\n```\n", {
      lineNumbers: true,
    });
    expect(numbered(html)).toEqual([true, false]);
  });
});
