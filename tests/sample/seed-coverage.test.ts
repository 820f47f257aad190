import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { visit } from "unist-util-visit";
import { describe, expect, inject, it } from "vitest";
import { splitFrontmatter } from "../../src/core/text/frontmatter.ts";
import { readAccessibility } from "../../src/core/diagrams/source.ts";
import { projectRoot } from "../e2e/support/site.ts";
import { renderMarkdown } from "../unit/support/markdown.ts";
import { requireSampleCourse } from "./support/sample.ts";

requireSampleCourse();

/** The chapter the sample course was made from, as it was before the errata. */
const seedPath = resolve(projectRoot, "tests/fixtures/seed/000_49f75daf4ec47fca.txt");
const lessonsDir = resolve(projectRoot, "content/tema2");
const lessons = [
  "tipos-de-hosting",
  "virtualizacion",
  "contenedores-y-sandboxing",
  "docker-para-desarrollo",
  "laboratorio-1",
  "laboratorio-2",
];

/** `| lección | `original` | `corrección` | motivo |` rows of content/ERRATA.md. */
function errata(): { original: string; correction: string }[] {
  const cell = (text: string) => text.trim().replace(/^``\s?([\s\S]*?)\s?``$|^`([\s\S]*)`$/, "$1$2");
  return readFileSync(resolve(projectRoot, "content/ERRATA.md"), "utf8")
    .split("\n")
    .filter((line) => /^\| [0-9]{2}-/.test(line))
    .map((line) => line.split(/ \| /))
    .map((cells) => ({ original: cell(cells[1] ?? ""), correction: cell(cells[2] ?? "") }));
}

const normalize = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .replace(/^\s*[([][ xX][)\]]\s*/, "")
    .trim();

/** Text of each heading, paragraph, list item, table cell and code block, as the reader sees it. */
function blockTexts(html: string): string[] {
  const tree: Root = fromHtml(html, { fragment: true });
  const texts: string[] = [];
  visit(tree, "element", (node: Element) => {
    if (node.tagName === "figure" && String(node.properties.className).includes("figure")) return "skip";
    if (
      ["h2", "h3", "p", "td", "th", "pre"].includes(node.tagName) ||
      (node.tagName === "li" && !node.children.some((c) => c.type === "element" && c.tagName === "p"))
    ) {
      const text = normalize(toText(node));
      if (text) texts.push(text);
      return "skip";
    }
    return undefined;
  });
  return texts;
}

describe("the seed chapter in the sample course's lessons", () => {
  it("became ten mermaid diagrams, each with an accTitle, and no image is left", () => {
    const lessonFiles = readdirSync(lessonsDir).filter((name) => /\.mdx?$/.test(name));
    const sources = lessonFiles.map((name) => readFileSync(join(lessonsDir, name), "utf8"));
    const titles = sources.flatMap((text) =>
      [...text.matchAll(/```mermaid[^\n]*\n([\s\S]*?)```/g)].map((m) => readAccessibility(m[1] ?? "").title ?? ""),
    );
    expect(titles).toHaveLength(10);
    expect(titles.filter((title) => !title)).toEqual([]);
    for (const [i, text] of sources.entries()) expect(text, lessonFiles[i]).not.toContain("![");
  });
});

describe("the seed chapter in the sample course's built site", () => {
  it("turned every figure of the seed into a diagram or a text block", () => {
    const seedImages = readFileSync(seedPath, "utf8").match(/!\[[^\]]*\]\([^)]*\)/g) ?? [];
    const pages = lessons.map((slug) => readFileSync(join(inject("distDir"), "tema2", slug, "index.html"), "utf8"));
    const diagrams = pages.join("").match(/<svg[^>]*role="img"/g) ?? [];
    const screenshotsAsText = 2;
    expect(seedImages.length).toBe(11);
    // Each diagram is rendered twice (light and dark).
    expect(diagrams.length / 2).toBeGreaterThanOrEqual(seedImages.length - screenshotsAsText);
    for (const page of pages) expect(page).not.toContain("figure--missing");
  });

  it("has every heading, paragraph, list item and code block of the seed, with the errata applied", async () => {
    let seed = splitFrontmatter(readFileSync(seedPath, "utf8")).body;
    const rows = errata();
    expect(rows.length).toBeGreaterThan(20);
    for (const { original, correction } of rows) {
      expect(seed, `la errata «${original}» no está en el original`).toContain(original);
      seed = seed.replaceAll(original, correction);
    }
    // Figures are checked on their own below: they became diagrams or text.
    const { html } = await renderMarkdown(seed.replace(/!\[[^\]]*\]\([^)]*\)/g, ""));
    const site = lessons
      .map((slug) => readFileSync(join(inject("distDir"), "tema2", slug, "index.html"), "utf8"))
      .flatMap((page) => blockTexts(page))
      .join("\n");
    const seedBlocks = blockTexts(html);
    expect(seedBlocks.length).toBeGreaterThan(150);
    const missing = seedBlocks.filter((text) => !site.includes(text));
    expect(missing).toEqual([]);
  });
});
