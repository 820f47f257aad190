import type { PluggableList } from "unified";
import remarkCallouts from "./remark-callouts.ts";
import remarkCodeBlocks from "./remark-code-blocks.ts";
import remarkFigures from "./remark-figures.ts";
import remarkKramdownIal from "./remark-kramdown-ial.ts";
import rehypeHeadings from "./rehype-headings.ts";

/** What the plugins need to know about the site. */
export interface PipelineOptions {
  /** Base path of the site, ending in `/`. */
  base: string;
  /** Absolute path of `public/`. */
  publicDir: string;
  /** The old Jekyll site's base path, from the course config. */
  legacyBase?: string;
}

/** The one list of plugins: the build, the lint script and the tests all use it. */
export function createPipeline(options: PipelineOptions): { remarkPlugins: PluggableList; rehypePlugins: PluggableList } {
  return {
    remarkPlugins: [
      remarkKramdownIal,
      remarkCallouts,
      [remarkFigures, { base: options.base, publicDir: options.publicDir, legacyBase: options.legacyBase }],
      remarkCodeBlocks,
    ],
    rehypePlugins: [rehypeHeadings],
  };
}
