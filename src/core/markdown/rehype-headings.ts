import GithubSlugger from "github-slugger";
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { createTranslator, type Translator } from "../i18n/index.ts";

const headingTags = new Set(["h2", "h3", "h4", "h5", "h6"]);

function classesOf(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : value ? String(value).split(" ") : [];
}

/**
 * Gives headings ids and a visible anchor link, and lists the ids that kramdown's `no_toc`
 * class keeps out of the table of contents (in `frontmatter.tocExclude`).
 */
export default function rehypeHeadings(options: { i18n?: Translator } = {}) {
  const { t } = options.i18n ?? createTranslator();
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    const excluded: string[] = [];
    visit(tree, "element", (node) => {
      // The lesson title is the page's one h1; a `# ` in the body is a section like `## `.
      if (node.tagName === "h1") node.tagName = "h2";
      if (!headingTags.has(node.tagName)) return;
      const text = toString(node);
      const id = typeof node.properties.id === "string" ? node.properties.id : slugger.slug(text);
      node.properties.id = id;
      if (classesOf(node).includes("no_toc")) excluded.push(id);
      node.children.push({
        type: "element",
        tagName: "a",
        properties: { className: ["heading-anchor"], href: `#${id}`, ariaLabel: `${t("heading.anchor")}: ${text}` },
        children: [],
      });
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.tocExclude = excluded;
  };
}
