import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rankHits, toResultView, type SearchHit } from "../../src/core/search/results.ts";
import { openSearchEngine, type SearchEngine } from "./search-engine.ts";

// Three lessons shaped like the sample course: a short lesson titled with the word, and two labs that
// say «contenedor» in their title and many times in their text.
const siteDir = resolve(import.meta.dirname, "../fixtures/search-ranking/site");

describe("search ranking on Pagefind's own results", () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = await openSearchEngine(siteDir);
  });
  afterAll(async () => {
    await engine?.close();
  });

  async function first(query: string) {
    const [hit] = rankHits(await engine.search(query), query);
    if (!hit) throw new Error(`Sin resultados para «${query}»`);
    return toResultView(hit, query);
  }

  const table = [
    {
      query: "contenedores",
      lesson: "Contenedores y sandboxing",
      url: "/tema2/contenedores-y-sandboxing/#usar-contenedores",
    },
    {
      query: "docker run",
      lesson: "Laboratorio 1: tu primer contenedor",
      url: "/tema2/laboratorio-1/#docker-container-run",
    },
    { query: "docker exec", lesson: "Laboratorio 1: tu primer contenedor", url: "/tema2/laboratorio-1/#aislamiento" },
    { query: "sandboxing", lesson: "Contenedores y sandboxing", url: "/tema2/contenedores-y-sandboxing/#sandboxing" },
    {
      query: "volumen",
      lesson: "Laboratorio 2: una aplicación en un contenedor",
      url: "/tema2/laboratorio-2/#ejecutar",
    },
  ];
  for (const { query, lesson, url } of table) {
    it(`«${query}» puts «${lesson}» first, at ${url}`, async () => {
      expect(await first(query)).toMatchObject({ lesson, url });
    });
  }

  it("shows, for every result, an excerpt of the body with the match marked, not the title", async () => {
    for (const query of ["contenedores", "contenedor", "docker", "docker run", "sandboxing", "imagen"]) {
      const hits = await engine.search(query);
      expect(hits.length, query).toBeGreaterThan(0);
      for (const hit of hits) {
        const view = toResultView(hit, query);
        expect(view.excerpt, `${query}: ${view.url}`).toContain("<mark>");
        // Body words beyond any title: the lesson title is not indexed text, a heading may lead.
        const text = view.excerpt.replace(/<\/?mark>/g, "");
        expect(text).not.toContain(view.lesson);
        expect(text.replace(view.section ?? "", "").replace(/^\W+/, "").length).toBeGreaterThan(20);
      }
    }
  });

  it("finds a lesson by its title alone, which is not part of the indexed text", async () => {
    const hits = await engine.search("aplicación");
    expect(hits.map((hit) => hit.meta.title)).toContain("Laboratorio 2: una aplicación en un contenedor");
    expect(hits.every((hit: SearchHit) => !hit.content?.includes("Laboratorio"))).toBe(true);
  });
});
