import { describe, expect, it } from "vitest";
import { scorm12Manifest } from "../../src/exporters/scorm/manifest.ts";
import { markPackage, relativeCss, relativeHtml, withoutPdfLinks } from "../../src/exporters/scorm/relative.ts";
import { decodeSuspend, encodeSuspend, lessonStatus, suspendLimit } from "../../src/exporters/scorm/suspend.ts";
import { parseProgress } from "../../src/core/quiz/progress.ts";

const answer = (selected: number[], correct: boolean, revealed?: boolean) => ({
  type: "choice",
  v: 1,
  value: { selected },
  correct,
  ...(revealed ? { revealed } : {}),
});

describe("SCORM suspend data", () => {
  it("round-trips a lesson's answers, compact and versioned", () => {
    const answers = { "tema1/a#q1": answer([1], true), "tema1/a#qdos": answer([0, 2], false, true) };
    const { data, dropped } = encodeSuspend(answers);
    expect(dropped).toEqual([]);
    expect(data).toBe('1[["q1",0,1,{"selected":[1]},1],["qdos",0,1,{"selected":[0,2]},2]]');
    const back = parseProgress({ format: "aula-progreso", version: 2, answers: decodeSuspend(data, "tema1/a") });
    expect(back?.answers).toEqual(answers);
  });

  it("names the answers that do not fit instead of dropping them silently", () => {
    const answers = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`t/a#q${i}abcdef`, answer([1, 2, 3], true)]),
    );
    const { data, dropped } = encodeSuspend(answers);
    expect(data.length).toBeLessThanOrEqual(suspendLimit);
    expect(dropped.length).toBeGreaterThan(0);
    expect(Object.keys(decodeSuspend(data, "t/a")).length + dropped.length).toBe(200);
  });

  it("reads foreign or corrupt suspend data as nothing", () => {
    expect(decodeSuspend("", "t/a")).toEqual({});
    expect(decodeSuspend("{bookmark:3}", "t/a")).toEqual({});
    expect(decodeSuspend("1[[", "t/a")).toEqual({});
  });

  it("completes, passes or fails once every quiz is answered", () => {
    expect(lessonStatus(1, 2, 100, undefined)).toBe("incomplete");
    expect(lessonStatus(2, 2, 40, undefined)).toBe("completed");
    expect(lessonStatus(2, 2, 80, 80)).toBe("passed");
    expect(lessonStatus(2, 2, 79, 80)).toBe("failed");
  });
});

describe("SCORM relative paths", () => {
  it("makes page links relative to the page and names index.html", () => {
    const html =
      '<a href="/__aula_scorm__/tema1/x/#parte">x</a><link href="/__aula_scorm__/_astro/a.css"><a href="/__aula_scorm__/">i</a><a href="../z/">z</a><a href="mailto:a@b.es">m</a>';
    expect(relativeHtml(html, "tema1/y/index.html", "/__aula_scorm__/")).toBe(
      '<a href="../../tema1/x/index.html#parte">x</a><link href="../../_astro/a.css"><a href="../../index.html">i</a><a href="../z/index.html">z</a><a href="mailto:a@b.es">m</a>',
    );
  });

  it("under the base /, rewrites tags, srcset, styles and the root, never text, scripts or other hosts", () => {
    const sample = '&lt;a href="/tema1/"&gt; url(/x.png)';
    const script = 'fetch("/api/"); const a = "<a href=\\"/x/\\">";';
    const html = [
      '<html lang="es" data-root="/">',
      `<pre><code>${sample}</code></pre>`,
      `<script>${script}</script>`,
      '<img src="/img/a.png" srcset="/img/a.png 1x, /img/a@2x.png 2x" alt="a > b">',
      '<a href="//cdn.example.org/x.js">c</a><a href="https://example.org/">e</a>',
      '<style>.a{background:url("/img/b.png")}</style><p style="background:url(/img/c.png)">p</p>',
    ].join("");
    expect(relativeHtml(html, "tema1/y/index.html", "/")).toBe(
      [
        '<html lang="es" data-root="../../">',
        `<pre><code>${sample}</code></pre>`,
        `<script>${script}</script>`,
        '<img src="../../img/a.png" srcset="../../img/a.png 1x, ../../img/a@2x.png 2x" alt="a > b">',
        '<a href="//cdn.example.org/x.js">c</a><a href="https://example.org/">e</a>',
        '<style>.a{background:url("../../img/b.png")}</style><p style="background:url(../../img/c.png)">p</p>',
      ].join(""),
    );
  });

  it("resolves CSS from its file, marks a page as packaged and drops the PDF links when there are no PDFs", () => {
    expect(relativeCss("url(/curso/_astro/f.woff2) url(//x/y)", "_astro/a.css", "/curso/")).toBe(
      "url(../_astro/f.woff2) url(//x/y)",
    );
    expect(markPackage('<html lang="es">', "scorm2004")).toBe('<html data-package="scorm2004" lang="es">');
    const page =
      '<header><h1>T</h1><p class="lesson-pdf" data-pdf-link data-astro-cid-x><a href="../pdf/a.pdf" download>PDF</a></p></header>' +
      '<p><a class="home__pdf" href="pdf/curso.pdf" download data-pdf-link>Curso</a><a href="x/">x</a></p>';
    expect(withoutPdfLinks(page)).toEqual({
      html: '<header><h1>T</h1></header><p><a href="x/">x</a></p>',
      removed: 2,
    });
  });
});

describe("SCORM 1.2 manifest", () => {
  const outline = {
    title: "Curso & más",
    units: [
      {
        id: "tema1",
        title: "Tema 1",
        lessons: [
          { path: "tema1/a", title: "A", launch: "tema1/a/index.html", quizzes: 0 },
          { path: "tema1/b", title: "B", launch: "tema1/b/index.html", quizzes: 2 },
        ],
      },
    ],
    masteryScore: 60,
  };
  const xml = scorm12Manifest(
    outline,
    ["index.html", "tema1/a/index.html", "tema1/b/index.html", "_astro/x.js"],
    "aula-x",
  );

  it("lists every file once and makes quiz lessons SCOs with the mastery score", () => {
    const files = [...xml.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
    expect(files.sort()).toEqual(["_astro/x.js", "index.html", "tema1/a/index.html", "tema1/b/index.html"]);
    expect(xml).toContain('adlcp:scormtype="sco" href="tema1/b/index.html"');
    expect(xml).toContain('adlcp:scormtype="asset" href="tema1/a/index.html"');
    expect(xml.match(/<adlcp:masteryscore>60</g)?.length).toBe(1);
    expect(xml).toContain("<title>Curso &amp; más</title>");
  });
});
