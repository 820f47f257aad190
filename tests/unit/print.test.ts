import { mkdtempSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/commands/pdf.ts";
import { buildAnswerKey } from "../../src/exporters/print/answers.ts";
import { answerKeyData } from "../../src/exporters/print/document.ts";
import { renderMarkdown } from "./support/markdown.ts";
import { isFreshBuild, listPrintPages } from "../../src/exporters/print/export.ts";
import { inlineMarkdownToHtml } from "../../src/core/text/inline.ts";
import {
  canonicalSiteUrl,
  createIdMapper,
  lessonAnchor,
  numberHeadings,
  pageCss,
  printableUrl,
  readPandocKeys,
} from "../../src/core/print/model.ts";
import { hasOwnNumber, numberingDepth } from "../../src/core/print/numbering.ts";
import { compactTable, isTableLike, longestLine } from "../../src/exporters/print/code.ts";
import { scopeLessonHtml, type ScopeOptions } from "../../src/exporters/print/scope.ts";

describe("inline Markdown of quiz text (the site and the answer key)", () => {
  it("renders code, emphasis and links, and escapes everything else", () => {
    expect(inlineMarkdownToHtml("Usa `docker image ls` y **no** *borres* <b>nada</b> & ya")).toBe(
      "Usa <code>docker image ls</code> y <strong>no</strong> <em>borres</em> &#x3C;b>nada&#x3C;/b> &#x26; ya",
    );
    expect(inlineMarkdownToHtml("[Docker Hub](https://hub.docker.com) o <https://x.org/a>")).toBe(
      '<a href="https://hub.docker.com">Docker Hub</a> o <a href="https://x.org/a">https://x.org/a</a>',
    );
  });

  it("keeps markup characters inside code and drops unsafe link targets", () => {
    expect(inlineMarkdownToHtml("`a *b* <c>`")).toBe("<code>a *b* &#x3C;c></code>");
    expect(inlineMarkdownToHtml("[clic](javascript:alert)")).toBe("clic");
    expect(inlineMarkdownToHtml("2 * 3 * 4")).toBe("2 * 3 * 4");
  });

  it("supports GFM strikethrough and bare URLs, as the lessons do", () => {
    expect(inlineMarkdownToHtml("~~docker run -d~~ mira https://docs.docker.com/engine/")).toBe(
      '<del>docker run -d</del> mira <a href="https://docs.docker.com/engine/">https://docs.docker.com/engine/</a>',
    );
  });
});

describe("print model", () => {
  const headings = [
    { depth: 2, slug: "docker", text: "Docker" },
    { depth: 3, slug: "imagenes", text: "Imágenes" },
    { depth: 3, slug: "contenedores", text: "Contenedores" },
    { depth: 4, slug: "detalle", text: "Detalle" },
    { depth: 2, slug: "hosting", text: "Hosting" },
    { depth: 3, slug: "data-centers", text: "Data centers" },
  ];

  it("numbers sections within a lesson and under the lesson's number in the course", () => {
    expect([...numberHeadings(headings)]).toEqual([
      ["docker", "1"],
      ["imagenes", "1.1"],
      ["contenedores", "1.2"],
      ["hosting", "2"],
      ["data-centers", "2.1"],
    ]);
    expect(numberHeadings(headings, { lessonNumber: 4 }).get("data-centers")).toBe("4.2.1");
  });

  it("gives every id an ASCII id under its lesson, the same every time and never twice", () => {
    const mapId = createIdMapper(lessonAnchor("tema2/virtualización"));
    expect(mapId("virtualización")).toBe("leccion-tema2-virtualizacion--virtualizacion");
    expect(mapId("virtualizacion")).toBe("leccion-tema2-virtualizacion--virtualizacion-2");
    expect(mapId("virtualización")).toBe("leccion-tema2-virtualizacion--virtualizacion");
  });

  it("prints a public site URL only, never localhost or file://", () => {
    expect(canonicalSiteUrl("http://localhost:4321/", "https://user.github.io/Curso")).toBe(
      "https://user.github.io/Curso/",
    );
    expect(canonicalSiteUrl("file:///tmp/dist/", undefined)).toBeUndefined();
    expect(canonicalSiteUrl("https://aula.example.org/c/", "https://user.github.io/Curso/")).toBe(
      "https://aula.example.org/c/",
    );
  });

  it("writes one running header per lesson as @page rules, and leaves the footer to the exporter", () => {
    const css = pageCss({ headers: [{ pageName: "leccion-1", left: 'Laboratorio "1"', right: "Tema 2" }] });
    expect(css).toBe(
      '@page leccion-1 { @top-left { content: "Laboratorio \\"1\\""; } @top-right { content: "Tema 2"; } }',
    );
    expect(css).not.toContain("@bottom");
  });

  it("prints addresses decoded, as a reader types them, but keeps blanks and broken escapes encoded", () => {
    expect(printableUrl("https://es.wikipedia.org/wiki/M%C3%A1quina_virtual")).toBe(
      "https://es.wikipedia.org/wiki/Máquina_virtual",
    );
    expect(printableUrl("https://x.org/a%20b/%E2%80%8Bc")).toBe("https://x.org/a%20b/%E2%80%8Bc");
    expect(printableUrl("https://x.org/100%")).toBe("https://x.org/100%");
    // A reserved character stays escaped: decoding it would change the address.
    expect(printableUrl("https://x.org/?q=a%26b")).toBe("https://x.org/?q=a%26b");
  });

  it("reads pandoc's keys and ignores LaTeX ones", () => {
    expect(
      readPandocKeys({
        author: ["Ana", "Luis"],
        "header-left": "Laboratorio 2",
        "footer-right": "\\thepage/\\pageref{LastPage}",
        "header-right": "\\thepage",
        date: new Date("2021-01-08T00:00:00Z"),
      }),
    ).toEqual({ author: "Ana, Luis", headerLeft: "Laboratorio 2", date: "8 de enero de 2021" });
  });
});

describe("scoping a lesson's HTML for print", () => {
  const other = createIdMapper("leccion-tema2-otra");
  const options = (): ScopeOptions => ({
    mapId: createIdMapper("leccion-tema2-esta"),
    numbers: new Map([["docker", "3.1"]]),
    pageUrl: "https://user.github.io/Curso/tema2/esta/",
    lessonsInDocument: new Map([["/Curso/tema2/otra/", { anchor: "leccion-tema2-otra", mapId: other }]]),
  });

  it("numbers headings, scopes ids and drops on-screen controls", () => {
    const html = scopeLessonHtml(
      '<h2 id="docker">Docker<a class="heading-anchor" href="#docker"></a></h2><p><a href="#docker">arriba</a></p><button>Copiar</button>',
      options(),
    );
    expect(html).toBe(
      '<h2 id="leccion-tema2-esta--docker"><span class="heading-number">3.1</span> Docker</h2><p><a href="#leccion-tema2-esta--docker">arriba</a></p>',
    );
  });

  it("keeps a wide flowchart's original rendering and drops its turned copy", () => {
    const view = (name: string, prefix: string) =>
      `<div class="diagram__view diagram__view--${name}"><svg id="${prefix}-m" class="diagram__svg diagram__svg--light"><title>Flujo</title></svg></div>`;
    const html = scopeLessonHtml(
      `<figure class="diagram" id="p-1"><div class="diagram__canvas">${view("wide", "p-1l")}${view("turned", "p-1tl")}</div></figure>`,
      options(),
    );
    expect(html).toContain('id="p-1l-m"');
    expect(html).not.toContain("diagram__view--turned");
    expect(html).not.toContain("p-1tl");
  });

  it("leaves a diagram's own ids and references alone and drops its dark copy", () => {
    const light =
      '<svg id="p-1l-m" class="diagram__svg diagram__svg--light" aria-labelledby="p-1l-t"><title id="p-1l-t">Flujo</title>' +
      '<style>#p-1l-m .node rect{fill:#eee}</style><path marker-end="url(#p-1l-arrow)"></path><use href="#p-1l-arrow"></use></svg>';
    const dark = '<svg id="p-1d-m" class="diagram__svg diagram__svg--dark"><title id="p-1d-t">Flujo</title></svg>';
    const html = scopeLessonHtml(
      `<figure class="diagram"><div class="diagram__canvas">${light}${dark}</div></figure>`,
      options(),
    );
    expect(html).not.toContain("diagram__svg--dark");
    expect(html).not.toContain("p-1d-");
    for (const kept of [
      'id="p-1l-m"',
      'aria-labelledby="p-1l-t"',
      'id="p-1l-t"',
      "#p-1l-m .node",
      "url(#p-1l-arrow)",
      'href="#p-1l-arrow"',
    ])
      expect(html).toContain(kept);
  });

  it("links printed lessons inside the PDF and prints the address of everything else", () => {
    const html = scopeLessonHtml(
      [
        '<a href="/Curso/tema2/otra/#paso-1">paso</a>',
        '<a href="../otra/">otra</a>',
        '<a href="/Curso/tema2/fuera/">fuera</a>',
        '<a href="https://docs.docker.com/">docs</a>',
        '<a href="https://hub.docker.com">https://hub.docker.com</a>',
      ].join(" "),
      options(),
    );
    expect(html).toContain('<a href="#leccion-tema2-otra--paso-1">paso</a>');
    expect(html).toContain('<a href="#leccion-tema2-otra">otra</a>');
    expect(html).toContain(
      '<a href="https://user.github.io/Curso/tema2/fuera/" data-print-url="https://user.github.io/Curso/tema2/fuera/">fuera</a>',
    );
    expect(html).toContain('<a href="https://docs.docker.com/" data-print-url="https://docs.docker.com/">docs</a>');
    expect(html).toContain('<a href="https://hub.docker.com/">https://hub.docker.com</a>');
  });

  it("prints a link's address decoded", () => {
    const html = scopeLessonHtml('<a href="https://es.wikipedia.org/wiki/M%C3%A1quina_virtual">MV</a>', options());
    expect(html).toContain('data-print-url="https://es.wikipedia.org/wiki/Máquina_virtual"');
    // Its text already says it, decoded: no second copy.
    const same = scopeLessonHtml(
      '<a href="https://es.wikipedia.org/wiki/M%C3%A1quina">https://es.wikipedia.org/wiki/Máquina</a>',
      options(),
    );
    expect(same).not.toContain("data-print-url");
  });
});

describe("headings the author numbered", () => {
  const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase(), text });

  it("recognises the author's own numbers, and not a year or a word", () => {
    for (const text of [
      "1. Hello World!",
      "3.1 ¿Qué es la web?",
      "2) Instalar",
      "Paso 2",
      "Paso 3: Docker",
      "IV. Redes",
      "a) Uno",
      "Parte 1 - Intro",
      "10 Pasos",
    ])
      expect(hasOwnNumber(text), text).toBe(true);
    for (const text of [
      "2018 en cifras",
      "Docker",
      "1password",
      "Pasos finales",
      "HTTP/2",
      "3D en la web",
      "Introducción al paso 2",
    ])
      expect(hasOwnNumber(text), text).toBe(false);
  });

  it("turns a lesson's numbering off from the first level where most headings carry their own", () => {
    // «3.1 3.1 ¿Qué es la web?»: every h2 is numbered by its author.
    const own = [h(2, "1. Hello World!"), h(3, "Detalles"), h(2, "2. Variables"), h(2, "3.1 ¿Qué es la web?")];
    expect(numberingDepth(own)).toBe(1);
    expect([...numberHeadings(own, { maxDepth: numberingDepth(own) })]).toEqual([]);
    // «Paso 2» under «4.2»: the h2 keep their numbers, the steps are not numbered again.
    const steps = [h(2, "Instalación"), h(3, "Paso 1"), h(3, "Paso 2"), h(2, "Uso"), h(3, "Paso 1 Arrancar")];
    expect(numberingDepth(steps)).toBe(2);
    expect([...numberHeadings(steps, { maxDepth: numberingDepth(steps) }).values()]).toEqual(["1", "2"]);
    // One numbered heading among many is not the author's numbering.
    const plain = [h(2, "Intro"), h(2, "1. Un caso"), h(2, "Docker"), h(3, "Red")];
    expect(numberingDepth(plain)).toBe(3);
  });
});

describe("table-like console output", () => {
  const options = (): ScopeOptions => ({
    mapId: createIdMapper("leccion-tema2-esta"),
    numbers: new Map(),
    pageUrl: "https://user.github.io/Curso/tema2/esta/",
    lessonsInDocument: new Map(),
  });
  const dockerPs = [
    "CONTAINER ID        IMAGE               COMMAND                  CREATED             STATUS",
    '36171a5da744        alpine              "/bin/sh"                5 minutes ago       Exited (0) 2 minutes ago',
    'a6a9d46d0b2f        alpine             "echo \'hello from alp"    6 minutes ago       Exited (0) 6 minutes ago',
    'c317d0a9e3d2        hello-world         "/hello"                 34 seconds ago      Exited (0) 19 seconds ago',
  ].join("\n");

  it("recognises aligned columns (docker ps, docker images) even when a row is off by one", () => {
    expect(isTableLike(dockerPs)).toBe(true);
    expect(
      isTableLike("REPOSITORY   TAG       IMAGE ID       SIZE\nalpine       latest    c059bfaa849c   5.59MB"),
    ).toBe(true);
    expect(longestLine(dockerPs)).toBe(110);
  });

  it("leaves prose-like output, commands and Dockerfiles alone", () => {
    expect(
      isTableLike("Hello from Docker!\nThis message shows that your installation appears to be working correctly."),
    ).toBe(false);
    expect(isTableLike("FROM alpine\nRUN apk add --no-cache  curl  &&  rm -rf /var/cache/apk/*")).toBe(false);
    expect(isTableLike("total 4\ndrwxr-xr-x 2 root root 4096 bin")).toBe(false);
  });

  it("is marked for print with its longest line; commands never are", () => {
    const block = (cls: string, text: string) =>
      `<figure class="${cls}"><div class="code-block__header">Terminal</div><pre><code>${text}</code></pre></figure>`;
    expect(scopeLessonHtml(block("code-block", dockerPs.replaceAll('"', "&quot;")), options())).toContain(
      'class="code-block code-block--table" style="--code-columns: 110"',
    );
    expect(
      scopeLessonHtml(block("code-block code-block--commands", dockerPs.replaceAll('"', "&quot;")), options()),
    ).not.toContain("code-block--table");
  });
});

describe("console tables re-padded for print", () => {
  const wide = [
    "CONTAINER ID        IMAGE               COMMAND                  CREATED             STATUS                      PORTS               NAMES",
    '36171a5da744        alpine              "/bin/sh"                5 minutes ago       Exited (0) 2 minutes ago                        fervent_newton',
    'a6a9d46d0b2f        alpine             "echo \'hello from alp"    6 minutes ago       Exited (0) 6 minutes ago                        lonely_kilby',
    "3030c9c91e12        alpine              /bin/ash                 2 minutes ago       Up 14 seconds               0.0.0.0:80->80/tcp  distracted_bhaskara",
  ].join("\n");

  it("keeps every cell under its header, two spaces apart, and fits a 150-column table into about 120", () => {
    const rows = compactTable(wide).split("\n");
    expect(rows).toHaveLength(4);
    const header = rows[0]!;
    for (const title of ["IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"]) {
      const at = header.indexOf(title);
      expect(header.slice(at - 2, at)).toBe("  ");
      for (const row of rows.slice(1)) expect(row[at - 1], `${title} in «${row}»`).toBe(" ");
    }
    // The off-by-one row lines up; an empty PORTS cell stays empty, a full one stays in its column.
    expect(rows[2]!.indexOf('"echo')).toBe(header.indexOf("COMMAND"));
    expect(rows[1]!.indexOf("fervent_newton")).toBe(header.indexOf("NAMES"));
    expect(rows[3]!.indexOf("0.0.0.0:80->80/tcp")).toBe(header.indexOf("PORTS"));
    expect(longestLine(compactTable(wide))).toBeLessThan(longestLine(wide) - 25);
  });

  it("closes up a header printed alone (docker ps with nothing running)", () => {
    const header =
      "CONTAINER ID        IMAGE               COMMAND             CREATED             STATUS              PORTS               NAMES";
    expect(compactTable(header)).toBe("CONTAINER ID  IMAGE  COMMAND  CREATED  STATUS  PORTS  NAMES");
    expect(compactTable("Hello from Docker!   This message")).toBe("Hello from Docker!   This message");
  });

  it("leaves text that is not a table untouched", () => {
    const prose = "Hello from Docker!\nThis message shows that your installation appears to be working correctly.";
    expect(compactTable(prose)).toBe(prose);
  });

  it("rewrites the highlighted lines of the print page and sizes the block by the compact width", () => {
    const lines = wide
      .split("\n")
      .map((line) => `<span class="line"><span style="color:#24292e">${line.replaceAll('"', "&quot;")}</span></span>`)
      .join("\n");
    const html = scopeLessonHtml(
      `<figure class="code-block"><pre class="astro-code"><code>${lines}</code></pre></figure>`,
      {
        mapId: createIdMapper("leccion-tema2-esta"),
        numbers: new Map(),
        pageUrl: "https://user.github.io/Curso/tema2/esta/",
        lessonsInDocument: new Map(),
      },
    );
    expect(html).toContain(`--code-columns: ${longestLine(compactTable(wide))}`);
    expect(html).toContain("CONTAINER ID  IMAGE   COMMAND");
  });
});

describe("answer key", () => {
  const quiz = {
    id: "q1",
    type: "choice",
    multiple: false,
    question: "¿Qué comando lista las imágenes?",
    options: [
      { text: "`docker image ls`", correct: true, explanation: "Lista las imágenes locales." },
      { text: "`docker run`", correct: false },
    ],
  };

  it("keeps lessons with quizzes, in order, and ignores data of another shape", () => {
    const key = buildAnswerKey([
      { lessonId: "a", title: "A", quizzes: undefined },
      { lessonId: "b", title: "B", quizzes: [quiz, { id: "roto" }] },
      { lessonId: "c", title: "C", quizzes: [] },
    ]);
    expect(key.map((lesson) => [lesson.lessonId, lesson.quizzes.map((q) => q.id)])).toEqual([["b", ["q1"]]]);
  });
});

describe("answer key and print form of short answer, numeric and cloze", () => {
  const lesson = [
    "{:.quiz}\n¿Qué orden lista las imágenes?\n\n- [=] `docker image ls`\n- [!] `docker ps`\n  Lista contenedores.\n",
    "{:.quiz}\n¿Qué puerto?\n\n- [#] 8080..8090 puerto\n",
    "{:.quiz}\nCompleta:\n\n    docker run [[-d|--detach]] nginx\n",
    "{:.quiz}\nUna [[imagen]] se ejecuta como un [[contenedor]].\n",
  ].join("\n");

  it("writes each type's solution line, from the published models", async () => {
    const { frontmatter, html } = await renderMarkdown(lesson);
    const [key] = buildAnswerKey([{ lessonId: "tema2/prueba", title: "Prueba", quizzes: frontmatter.quizzes }]);
    expect(key?.quizzes.map((q) => q.type)).toEqual(["short", "numeric", "cloze", "cloze"]);
    const [section] = answerKeyData(key ? [key] : []);
    expect(section?.items.map((i) => [i.questionHtml, i.correctLabel, i.correctHtml])).toEqual([
      ["¿Qué orden lista las imágenes?", "print.answer", ["<code>docker image ls</code>"]],
      ["¿Qué puerto?", "print.answer", ["entre 8080 y 8090 puerto"]],
      ["Completa:", "print.answer", ["1: <code>-d</code> o <code>--detach</code>"]],
      [
        "Una _____ se ejecuta como un _____.",
        "print.answersMultiple",
        ["1: <code>imagen</code>", "2: <code>contenedor</code>"],
      ],
    ]);
    expect(section?.items[0]?.options).toEqual([
      { correct: false, textHtml: "<code>docker ps</code>", explanationHtml: "Lista contenedores." },
    ]);
    // On paper: a text box per answer or blank (the print CSS draws it as a line), no solution in sight.
    expect(html.match(/<input class="quiz__text-input/g)).toHaveLength(2);
    expect(html.match(/<input class="quiz__blank"/g)).toHaveLength(3);
  });
});

describe("export command", () => {
  it("finds the course and lesson print pages of a build, course first", () => {
    const dist = mkdtempSync(join(tmpdir(), "aula-pdf-"));
    for (const dir of ["imprimir", "imprimir/tema2/b", "imprimir/tema2/a"]) {
      mkdirSync(join(dist, dir), { recursive: true });
      writeFileSync(join(dist, dir, "index.html"), "<!doctype html>");
    }
    expect(listPrintPages(dist)).toEqual(["imprimir/", "imprimir/tema2/a/", "imprimir/tema2/b/"]);
  });

  it("reuses a build only while it is newer than the sources", () => {
    const root = mkdtempSync(join(tmpdir(), "aula-root-"));
    mkdirSync(join(root, "content"));
    writeFileSync(join(root, "content", "a.md"), "# A");
    const dist = join(root, "dist");
    expect(isFreshBuild(root, dist)).toBe(false);
    mkdirSync(join(dist, "imprimir"), { recursive: true });
    writeFileSync(join(dist, "imprimir", "index.html"), "");
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(root, "content", "a.md"), past, past);
    utimesSync(join(root, "content"), past, past);
    expect(isFreshBuild(root, dist)).toBe(true);
    writeFileSync(join(root, "content", "a.md"), "# A cambiada");
    expect(isFreshBuild(root, dist)).toBe(false);
  });

  it("says clearly, without a stack, that there is no browser; --if-browser makes it a warning", async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/no/existe/chromium";
    try {
      const lines: string[] = [];
      const run = (argv: string[]) =>
        main({ argv, env: { AULA_OUT_DIR: "/no/existe" }, log: (l) => lines.push(l), error: (l) => lines.push(l) });
      expect(await run([])).toBe(1);
      expect(lines.pop()).toMatch(
        /^error {2}No se pueden generar los PDF: CHROMIUM_PATH apunta a «\/no\/existe\/chromium»/,
      );
      expect(await run(["--if-browser"])).toBe(0);
      expect(lines.pop()).toMatch(/^aviso {2}No se generan los PDF: .*Instala Chromium/);
      expect(lines.join("\n")).not.toMatch(/\n\s+at /);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
