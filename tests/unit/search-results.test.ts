import { describe, expect, it } from "vitest";
import { fold, toResultView, type SearchHit } from "../../src/search/results.ts";

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
