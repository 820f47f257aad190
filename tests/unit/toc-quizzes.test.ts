import { describe, expect, it } from "vitest";
import { quizAnchor, quizPlacesKey, quizTocText, tocWithQuizzes } from "../../src/core/course/toc.ts";
import { buildCourseModel } from "../../src/core/course/model.ts";
import { lessonRouteData } from "../../src/core/course/route-data.ts";
import { renderMarkdown } from "./support/markdown.ts";

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

describe("quizzes in the table of contents", () => {
  it("are linked by an id from their stable quiz id", () => {
    expect(quizAnchor("tema2/laboratorio-1#q14s9kvz")).toBe("pregunta-q14s9kvz");
    expect(quizAnchor("tema2/lab#docker-hub")).toBe("pregunta-docker-hub");
  });

  it("read «Pregunta N · » and the start of the question, as text, cut at a word", () => {
    expect(quizTocText(2, "¿Qué comando lista las imágenes de tu `Docker`?")).toBe(
      "Pregunta 2 · ¿Qué comando lista las imágenes de tu Docker?",
    );
    const long = quizTocText(
      3,
      "Completa las dos órdenes del laboratorio: la primera abre un shell interactivo en alpine",
    );
    expect(long).toBe("Pregunta 3 · Completa las dos órdenes del laboratorio: la primera abre…");
  });

  it("sit after the heading before them, or the listed heading before that one", () => {
    const all = [h(2, "uno"), h(3, "uno-a"), h(4, "uno-a-i"), h(2, "dos")];
    const shown = all.filter((x) => x.depth <= 3);
    const quizzes = [
      { id: "l#q0", question: "Antes" },
      { id: "l#q1", question: "Primera" },
      { id: "l#q2", question: "Segunda" },
      { id: "l#q3", question: "Tercera" },
    ];
    const toc = tocWithQuizzes(all, shown, quizzes, { "l#q0": null, "l#q1": "uno", "l#q2": "uno-a-i", "l#q3": "dos" });
    expect(toc.map((e) => `${e.depth} ${e.slug}`)).toEqual([
      "2 pregunta-q0",
      "2 uno",
      "3 pregunta-q1",
      "3 uno-a",
      "3 pregunta-q2",
      "2 dos",
      "3 pregunta-q3",
    ]);
    expect(toc.filter((e) => e.quiz).map((e) => e.text.split(" · ")[0])).toEqual([
      "Pregunta 1",
      "Pregunta 2",
      "Pregunta 3",
      "Pregunta 4",
    ]);
  });

  it("from a lesson: each quiz gets the id its entry links to, and the route data a link to the first", async () => {
    const markdown = [
      "## Primero",
      "Texto.",
      "{:.quiz}\n¿Cuál es el registro por defecto?\n- ( ) Ninguno\n- (x) Docker Hub",
      "## Segundo",
      "{:.quiz #lista}\n¿Qué orden lista imágenes?\n- (x) `docker image ls`\n- ( ) `docker ps`",
    ].join("\n\n");
    const { html, frontmatter } = await renderMarkdown(markdown);
    const ids = [...html.matchAll(/<aula-quiz[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(frontmatter[quizPlacesKey]).toEqual({
      [(frontmatter.quizzes as { id: string }[])[0]!.id]: "primero",
      "tema2/prueba#lista": "segundo",
    });
    const course = buildCourseModel({ title: "Curso", units: [{ id: "tema2", title: "Tema 2" }] }, [
      { id: "tema2/prueba", unit: "tema2", slug: "prueba", title: "Prueba", sortKey: "prueba" },
    ]);
    const route = lessonRouteData(course, "/", {
      id: "tema2/prueba",
      unit: "tema2",
      title: "Prueba",
      showToc: true,
      headings: [h(2, "primero"), h(2, "segundo")],
      frontmatter,
    });
    expect(route.toc.map((e) => e.slug)).toEqual(["primero", ids[0], "segundo", "pregunta-lista"]);
    expect(route.toc[3]?.text).toBe("Pregunta 2 · ¿Qué orden lista imágenes?");
    expect(route.firstQuizHref).toBe(`#${ids[0]}`);
    // Every entry links to an id the page has.
    for (const entry of route.toc) expect(html).toContain(`id="${entry.slug}"`);
  });
});
