import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, type IndexSummary } from "../../src/core/search/indexer.ts";

const siteDir = resolve(import.meta.dirname, "../fixtures/search/site");

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id: string; text?: string }[];
}

/** Pagefind's fragments are gzip'd JSON behind a `pagefind_dcd` signature: what the browser gets per page. */
async function readFragments(outputPath: string): Promise<Fragment[]> {
  const dir = join(outputPath, "fragment");
  const names = await readdir(dir);
  return Promise.all(
    names.map(async (name) => {
      const raw = gunzipSync(await readFile(join(dir, name))).toString("utf8");
      expect(raw.startsWith("pagefind_dcd")).toBe(true);
      return JSON.parse(raw.slice("pagefind_dcd".length)) as Fragment;
    }),
  );
}

describe("search index", () => {
  let outputPath: string;
  let summary: IndexSummary;
  let fragments: Fragment[];

  beforeAll(async () => {
    outputPath = join(await mkdtemp(join(tmpdir(), "aula-search-")), "pagefind");
    summary = await buildSearchIndex({ siteDir, outputPath });
    fragments = await readFragments(outputPath);
  });
  afterAll(async () => {
    await rm(resolve(outputPath, ".."), { recursive: true, force: true });
  });

  it("indexes only pages that mark their lesson body, not the progress page", () => {
    expect(summary.pageCount).toBe(1);
    expect(fragments.map((f) => f.url)).toEqual(["/tema9/leccion/"]);
  });

  it("keeps the lesson's text and code, and leaves out the chrome around it", () => {
    const [lesson] = fragments;
    expect(lesson?.content).toContain("Un puente conecta los contenedores");
    expect(lesson?.content).toContain("docker network create --driver bridge mired");
    expect(lesson?.content).toContain("Esquema de puente");
    expect(lesson?.content).toContain("Dos contenedores en un puente");
    for (const chrome of [
      "Menú lateral",
      "Pie de página",
      "En esta página",
      "Índice puentes",
      "Copiar",
      "Terminal",
      "Ampliar",
      "Comprobar",
    ]) {
      expect(lesson?.content).not.toContain(chrome);
    }
    expect(lesson?.content).not.toContain("Figura no disponible");
  });

  it("leaves out what is marked data-pagefind-ignore, such as quiz explanations", () => {
    expect(fragments[0]?.content).toContain("¿Qué conecta un puente?");
    expect(fragments[0]?.content).not.toContain("ornitorrinco");
  });

  it("leaves the lesson header out of the text, so no excerpt is just the title", () => {
    const [lesson] = fragments;
    expect(lesson?.content.startsWith("Puentes.")).toBe(true);
    for (const header of ["Redes de contenedores", "Tema 9", "Descargar PDF"]) {
      expect(lesson?.content).not.toContain(header);
    }
  });

  it("records the unit as a filter, the title and the section anchors", () => {
    const [lesson] = fragments;
    expect(lesson?.meta.title).toBe("Redes de contenedores");
    expect(lesson?.filters).toEqual({ unidad: ["Tema 9 · Redes"] });
    expect(lesson?.anchors.map((a) => a.id)).toContain("puentes");
  });

  it("writes the browser bundle next to the index", async () => {
    const written = await readdir(outputPath);
    expect(written).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-component-ui.js", "pagefind-entry.json"]));
    expect(summary.files.every((f) => f.bytes > 0)).toBe(true);
  });
});
