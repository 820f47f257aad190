import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** The parser every reading of Markdown shares: CommonMark + GFM, and MDX syntax for `.mdx`. */
export function markdownParser(options: { mdx?: boolean } = {}) {
  const parser = unified().use(remarkParse).use(remarkGfm);
  return options.mdx ? parser.use(remarkMdx) : parser;
}

// Configured once per process: reading many lessons (the lint) reuses them instead of rebuilding.
const readers = { md: markdownParser().freeze(), mdx: markdownParser({ mdx: true }).freeze() };

/** The Markdown tree of `text`, from the shared parser: no Liquid, no front matter (inline text). */
export function parseMarkdown(text: string, options: { mdx?: boolean } = {}): Root {
  return readers[options.mdx ? "mdx" : "md"].parse(text);
}
