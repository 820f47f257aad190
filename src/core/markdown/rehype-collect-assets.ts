import type { Root } from "hast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

/** Where the files a lesson links or embeds are published: `remarkPluginFrontmatter[assetsKey]`. */
export const assetsKey = "assets";

/** Options for {@link rehypeCollectAssets}. */
export interface Options {
  /** Base path of the site, ending in `/`. */
  base: string;
}

const urlProperties = ["href", "src", "poster", "data"] as const;

/** The site path a URL names, when it is a file of this site (`/curso/img/a.png` → `img/a.png`); pages (`…/`) are not. */
export function sitePath(url: string, base: string): string | undefined {
  if (!url.startsWith(base) || url.startsWith("//")) return undefined;
  const path = url.slice(base.length).replace(/[?#].*$/, "");
  if (path === "" || path.endsWith("/")) return undefined;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Last of the rehype plugins: lists, in `frontmatter.assets`, the files of the site the lesson's body links or
 * embeds (images, `srcset` candidates, videos, downloads), as paths below the site's root. Exporters take
 * from the built site only these and the site's own files, never guessing from the HTML.
 */
export default function rehypeCollectAssets(options: Options) {
  return (tree: Root, file: VFile) => {
    const found = new Set<string>();
    const add = (url: unknown) => {
      const path = typeof url === "string" ? sitePath(url.trim(), options.base) : undefined;
      if (path) found.add(path);
    };
    visit(tree, "element", (node) => {
      for (const name of urlProperties) add(node.properties[name]);
      const srcset = node.properties.srcSet ?? node.properties.srcset;
      const candidates = Array.isArray(srcset)
        ? srcset.map(String)
        : typeof srcset === "string"
          ? srcset.split(",")
          : [];
      for (const candidate of candidates) add(candidate.trim().split(/\s+/)[0]);
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[assetsKey] = [...found].sort();
  };
}
