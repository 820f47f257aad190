import { describe, expect, it } from "vitest";
import {
  fold,
  rankHits,
  titleScore,
  toResultView,
  type SearchAnchor,
  type SearchHit,
  type SearchSubHit,
} from "../../src/core/search/results.ts";

// Word positions count whitespace-separated words of `content`, as in Pagefind's result data.
const content = "Laboratorio 1. Imágenes. Docker docker docker imagen. Aislamiento. Usamos docker container exec aquí.";
const hit: SearchHit = {
  url: "/tema2/laboratorio-1/",
  excerpt: "página",
  content,
  meta: { title: "Laboratorio 1" },
  sub_results: [
    { title: "Laboratorio 1", url: "/tema2/laboratorio-1/", excerpt: "raíz", locations: [] },
    {
      title: "Imágenes",
      url: "/tema2/laboratorio-1/#imágenes",
      excerpt: "<mark>Docker</mark> docker",
      anchor: { id: "imágenes" },
      locations: [3, 4, 5],
      weighted_locations: [3, 4, 5].map((location) => ({ location, weight: 1, balanced_score: 10 })),
    },
    {
      title: "Aislamiento",
      url: "/tema2/laboratorio-1/#aislamiento",
      excerpt: "<mark>docker</mark> container <mark>exec</mark>",
      anchor: { id: "aislamiento" },
      locations: [9, 11],
      weighted_locations: [9, 11].map((location) => ({ location, weight: 1, balanced_score: 5 })),
    },
  ],
};

describe("toResultView", () => {
  it("links to the section with the most query terms, even if another has more hits", () => {
    const view = toResultView(hit, "docker exec");
    expect(view).toMatchObject({
      lesson: "Laboratorio 1",
      section: "Aislamiento",
      url: "/tema2/laboratorio-1/#aislamiento",
    });
    expect(view.excerpt).toContain("<mark>exec</mark>");
    expect(view.others).toEqual([{ title: "Imágenes", url: "/tema2/laboratorio-1/#imágenes" }]);
  });

  it("breaks ties by score, so one term goes to the section that says it most", () => {
    expect(toResultView(hit, "docker").url).toBe("/tema2/laboratorio-1/#imágenes");
  });

  it("falls back to the page when no section matched", () => {
    const view = toResultView({ ...hit, sub_results: [] }, "docker");
    expect(view).toEqual({ lesson: "Laboratorio 1", url: "/tema2/laboratorio-1/", excerpt: "página", others: [] });
  });
});

describe("fold", () => {
  it("drops accents, case and punctuation", () => {
    expect(fold("«Virtualización.»")).toBe("virtualizacion");
  });
});

/**
 * A lesson as Pagefind's `data()` returns it: its text with a "." after each heading, the anchors of its
 * headings, and one sub-result per section with hits, hits being the words that start with a term.
 */
function lesson(
  url: string,
  title: string,
  sections: { id: string; heading: string; body: string }[],
  terms: string[],
) {
  const words: string[] = [];
  const anchors: SearchAnchor[] = [];
  const sub_results: SearchSubHit[] = [];
  for (const { id, heading, body } of sections) {
    const location = words.length;
    anchors.push({ element: "h2", id, text: heading, location });
    words.push(...`${heading}.`.split(" "), ...body.split(" "));
    const locations = words
      .map((word, at) => (at >= location && terms.some((t) => fold(word).startsWith(t)) ? at : -1))
      .filter((at) => at >= 0);
    if (locations.length === 0) continue;
    sub_results.push({
      title: heading,
      url: `${url}#${id}`,
      excerpt: `Pagefind: ${heading}`,
      anchor: anchors.at(-1),
      locations,
      weighted_locations: locations.map((at) => ({
        location: at,
        weight: 1,
        balanced_score: at < location + 3 ? 50 : 10,
      })),
    });
  }
  return {
    url,
    excerpt: "página",
    content: words.join(" "),
    meta: { title },
    anchors,
    sub_results,
  } satisfies SearchHit;
}

describe("rankHits", () => {
  const lab = lesson(
    "/lab/",
    "Laboratorio 2: una aplicación en un contenedor",
    [
      {
        id: "primer",
        heading: "Primer contenedor en Docker",
        body: "El contenedor y el contenedor y otro contenedor con docker build.",
      },
      { id: "ejecutar", heading: "Ejecutar", body: "Ejecuta el contenedor con docker run y para el contenedor." },
    ],
    ["contenedor"],
  );
  const theory = lesson(
    "/teoria/",
    "Contenedores y sandboxing",
    [{ id: "usar", heading: "Usar contenedores", body: "Los contenedores comparten el kernel del anfitrión." }],
    ["contenedor"],
  );

  it("puts the lesson titled with the very word above one that only says it more often", () => {
    expect(rankHits([lab, theory], "contenedores").map((hit) => hit.url)).toEqual(["/teoria/", "/lab/"]);
    expect(rankHits([lab, theory], "Contenedores").map((hit) => hit.url)).toEqual(["/teoria/", "/lab/"]);
  });

  it("and the other way round: «contenedor» puts the lab titled «… en un contenedor» first", () => {
    expect(rankHits([theory, lab], "contenedor").map((hit) => hit.url)).toEqual(["/lab/", "/teoria/"]);
  });

  it("keeps Pagefind's order when the titles name the query equally", () => {
    const lab1 = { ...lab, url: "/lab1/", meta: { title: "Laboratorio 1: tu primer contenedor" } };
    expect(rankHits([lab, lab1], "contenedor").map((hit) => hit.url)).toEqual(["/lab/", "/lab1/"]);
    expect(rankHits([lab1, lab], "contenedor").map((hit) => hit.url)).toEqual(["/lab1/", "/lab/"]);
  });

  it("puts a section that holds every term above a title that names only one", () => {
    const terms = ["docker", "exec"];
    const lab = lesson(
      "/lab1/",
      "Laboratorio 1",
      [
        { id: "run", heading: "Correr", body: "Docker aquí." },
        { id: "exec", heading: "Aislamiento", body: "Usa docker container exec para entrar." },
      ],
      terms,
    );
    const apart = lesson(
      "/docker/",
      "Docker para desarrollo",
      [
        { id: "a", heading: "Docker", body: "Docker por todas partes." },
        { id: "b", heading: "Otra", body: "Aquí exec." },
      ],
      terms,
    );
    expect(rankHits([apart, lab], "docker exec").map((hit) => hit.url)).toEqual(["/lab1/", "/docker/"]);
    expect(toResultView(lab, "docker exec").url).toBe("/lab1/#exec");

    // With both terms in one section, the title that names one of them wins again.
    const together = lesson(
      "/docker/",
      "Docker para desarrollo",
      [{ id: "a", heading: "Docker", body: "Docker y exec juntos." }],
      terms,
    );
    expect(rankHits([lab, together], "docker exec").map((hit) => hit.url)).toEqual(["/docker/", "/lab1/"]);
  });
});

describe("excerpts", () => {
  const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `palabra${from + i}`).join(" ");

  it("come from the section's text around the hits, never from its heading", () => {
    const hit = lesson(
      "/l/",
      "Lección",
      [
        { id: "intro", heading: "Intro", body: words(5) },
        {
          id: "vol",
          heading: "Volumen con nombre",
          body: `${words(40)} un volumen guarda <datos> & más ${words(40, 40)}`,
        },
        { id: "fin", heading: "Fin", body: "volumen final" },
      ],
      ["volumen"],
    );
    const view = toResultView(hit, "volumen");
    expect(view.url).toBe("/l/#vol");
    expect(view.excerpt).toMatch(/^… palabra\d+ .* un <mark>volumen<\/mark> guarda &lt;datos&gt; &amp; más .* …$/);
    expect(view.excerpt).not.toContain("Volumen con nombre");
    expect(view.excerpt).not.toContain("final");
    expect(view.excerpt.replace(/^… | …$/g, "").split(" ")).toHaveLength(30);
  });

  it("start at the section's first word when the hit is near it, with no leading ellipsis", () => {
    const hit = lesson("/l/", "Lección", [{ id: "a", heading: "Datos", body: `Un volumen ${words(50)}` }], ["volumen"]);
    expect(toResultView(hit, "volumen").excerpt).toMatch(/^Un <mark>volumen<\/mark> palabra0 .* …$/);
  });

  it("start at the sentence of the first hit when it begins just before it", () => {
    const hit = lesson(
      "/l/",
      "Lección",
      [{ id: "a", heading: "Datos", body: `${words(30)} Fin de frase. Un volumen guarda datos. ${words(40, 30)}` }],
      ["volumen"],
    );
    expect(toResultView(hit, "volumen").excerpt).toMatch(/^… Un <mark>volumen<\/mark> guarda datos\. palabra30 .* …$/);
  });

  it("fall back to Pagefind's when only the heading matched", () => {
    const hit = lesson("/l/", "Lección", [{ id: "a", heading: "Volumen", body: words(10) }], ["volumen"]);
    expect(toResultView(hit, "volumen").excerpt).toBe("Pagefind: Volumen");
  });

  it("cover the text before the first heading for the page's own sub-result", () => {
    const hit: SearchHit = {
      url: "/l/",
      excerpt: "página",
      content: "Un volumen al principio. Sección. nada",
      meta: { title: "Lección" },
      anchors: [{ element: "h2", id: "s", text: "Sección", location: 4 }],
      sub_results: [{ title: "Lección", url: "/l/", excerpt: "x", locations: [1] }],
    };
    expect(toResultView(hit, "volumen")).toMatchObject({
      url: "/l/",
      excerpt: "Un <mark>volumen</mark> al principio.",
    });
  });
});

describe("titleScore", () => {
  it("gives the very word twice what another form of it gets", () => {
    expect(titleScore("Contenedores y sandboxing", ["contenedores"])).toBe(2);
    expect(titleScore("Laboratorio 1: tu primer contenedor", ["contenedores"])).toBe(1);
    expect(titleScore("Docker Container Run", ["docker", "run"])).toBe(4);
    expect(titleScore("Imágenes del Docker", ["imagen"])).toBe(1);
    expect(titleScore("Virtualización", ["hipervisor"])).toBe(0);
    expect(titleScore("Aislamiento del contenedor", ["ls", "a"])).toBe(0);
  });
});
