import * as pagefind from "pagefind";

/**
 * Parts of a lesson page that repeat its navigation or chrome rather than teach: the inline table of
 * contents, the code blocks' header ("Terminal", "Copiar"), the missing-figure placeholder, and every
 * button («Ampliar» on a diagram, «Comprobar» on a quiz), whose label would run into the next word of an
 * excerpt. Quiz answers and explanations carry `data-pagefind-ignore` themselves.
 */
export const excludeSelectors = [".toc", ".code-block__header", ".figure__placeholder", ".heading-anchor", "button"];

export interface IndexOptions {
  /** Folder of the built site. */
  siteDir: string;
  /** Where the Pagefind bundle goes; normally `<siteDir>/pagefind`. */
  outputPath: string;
}

export interface IndexSummary {
  /** Pages indexed (one fragment each): the lessons. */
  pageCount: number;
  /** Every file of the bundle, relative to `outputPath`, with its size in bytes. */
  files: { path: string; bytes: number }[];
}

export class SearchIndexError extends Error {
  constructor(errors: string[]) {
    super(`Pagefind no pudo crear el índice de búsqueda:\n${errors.map((e) => `  ${e}`).join("\n")}`);
    this.name = "SearchIndexError";
  }
}

function assertOk<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new SearchIndexError(response.errors);
  return response;
}

/**
 * Indexes the pages of a built site that mark their content with `data-pagefind-body` (the lessons),
 * and writes Pagefind's bundle. Pagefind runs as a child process: it is closed in every case.
 */
export async function buildSearchIndex({ siteDir, outputPath }: IndexOptions): Promise<IndexSummary> {
  try {
    const { index } = assertOk(await pagefind.createIndex({ excludeSelectors }));
    if (!index) throw new SearchIndexError(["createIndex no devolvió un índice"]);
    assertOk(await index.addDirectory({ path: siteDir }));
    const { files } = assertOk(await index.getFiles());
    assertOk(await index.writeFiles({ outputPath }));
    return {
      pageCount: files.filter((f) => f.path.startsWith("fragment/")).length,
      files: files.map((f) => ({ path: f.path, bytes: f.content.byteLength })),
    };
  } finally {
    await pagefind.close();
  }
}
