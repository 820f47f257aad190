import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { buildDiagnostics, type Diagnostic } from "../../../src/diagnostics.ts";
import { createPipeline, shikiConfig } from "../../../src/markdown/pipeline.ts";

export const fixturesDir = resolve(import.meta.dirname, "../../fixtures");

/** Renders Markdown through the same plugins and settings as the build. */
export async function renderMarkdown(
  markdown: string,
  options: { path?: string; publicDir?: string; base?: string } = {},
): Promise<{ html: string; diagnostics: Diagnostic[]; frontmatter: Record<string, unknown> }> {
  const pipeline = createPipeline({
    base: options.base ?? "/",
    publicDir: options.publicDir ?? resolve(fixturesDir, "public"),
    legacyBase: "/Ciberseguridad-PePS/",
  });
  const processor = await createMarkdownProcessor({ ...pipeline, shikiConfig, smartypants: false });
  const collector = buildDiagnostics();
  collector.clear();
  const path = resolve(process.cwd(), options.path ?? "content/tema2/prueba.md");
  const result = await processor.render(markdown, { fileURL: new URL(`file://${path}`) });
  return { html: result.code, diagnostics: collector.list(), frontmatter: result.metadata.frontmatter };
}

export function readFixture(path: string): string {
  return readFileSync(resolve(fixturesDir, path), "utf8");
}
