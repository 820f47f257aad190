import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, sep } from "node:path";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";

/** A link or asset reference in a built page that does not resolve. */
export interface BrokenLink {
  /** Page path below the output folder, e.g. `tema2/x/index.html`. */
  page: string;
  url: string;
  reason: string;
}

const linkAttributes: Record<string, string[]> = {
  a: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  source: ["src"],
  iframe: ["src"],
  use: ["href"],
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".html"))
    .map((path) => path.split(sep).join("/"));
}

/** What a page links to, and which fragment ids it offers. */
function readPage(html: string): { urls: string[]; ids: Set<string> } {
  const tree: Root = fromHtml(html);
  const urls: string[] = [];
  const ids = new Set<string>();
  visit(tree, "element", (node: Element) => {
    const id = node.properties.id ?? node.properties.name;
    if (typeof id === "string") ids.add(id);
    for (const attribute of linkAttributes[node.tagName] ?? []) {
      const value = node.properties[attribute === "href" ? "href" : "src"];
      if (typeof value === "string" && value) urls.push(value);
    }
  });
  return { urls, ids };
}

/** The file a site path is served from, as GitHub Pages resolves it. */
function fileFor(distDir: string, sitePath: string): string | undefined {
  const decoded = decodeURIComponent(sitePath);
  const candidates = decoded.endsWith("/")
    ? [`${decoded}index.html`]
    : [decoded, `${decoded}.html`, `${decoded}/index.html`];
  return candidates.map((c) => join(distDir, c)).find((path) => existsSync(path) && statSync(path).isFile());
}

/**
 * Checks every internal link, anchor and asset of a built site as it would be served under
 * `base` at `origin`. External links are not fetched (no network).
 */
export function checkLinks(distDir: string, base: string, origin = "https://aula.invalid"): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const pages = new Map<string, { urls: string[]; ids: Set<string> }>();
  const load = (file: string) => {
    let page = pages.get(file);
    if (!page) {
      page = readPage(readFileSync(file, "utf8"));
      pages.set(file, page);
    }
    return page;
  };

  for (const page of htmlFiles(distDir)) {
    const pageUrl = new URL(`${base}${page.replace(/(^|\/)index\.html$/, "$1")}`, origin);
    for (const raw of load(join(distDir, page)).urls) {
      if (/^(mailto|tel|javascript|data|blob):/i.test(raw)) continue;
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        broken.push({ page, url: raw, reason: "dirección mal formada" });
        continue;
      }
      if (url.origin !== new URL(origin).origin) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, url: raw, reason: `fuera de la base ${base}` });
        continue;
      }
      const target = fileFor(distDir, posix.normalize(url.pathname.slice(base.length)));
      if (!target) {
        broken.push({ page, url: raw, reason: "no existe" });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      // `#top` needs no element: HTML's "scroll to the fragment" goes to the top of the page (back-to-top links).
      const top = fragment.toLowerCase() === "top";
      if (fragment && !top && target.endsWith(".html") && !load(target).ids.has(fragment)) {
        broken.push({ page, url: raw, reason: `no hay ningún elemento con id «${fragment}»` });
      }
    }
  }
  return broken;
}
