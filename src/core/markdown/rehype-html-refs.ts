import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Element, ElementContent, Parents, Root } from "hast";
import { raw } from "hast-util-raw";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { reportInFile } from "../problems/report.ts";
import { createTranslator, type Translator } from "../i18n/index.ts";
import { remoteCopyFinder } from "./remote-images.ts";
import { isPlayerTitle, videoEmbed } from "./embeds.ts";
import { type Options, placeholderHast, publicPath, type ResolveContext, resolveImage } from "./remark-figures.ts";

const mediaAttributes: Record<string, string[]> = {
  source: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
};

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function splitSuffix(url: string): [string, string] {
  const at = url.search(/[?#]/);
  return at === -1 ? [url, ""] : [url.slice(0, at), url.slice(at)];
}

/** What a site-absolute link becomes: a file of public/ under the new base, a page, or a missing file. */
export function resolveLink(
  url: string,
  options: Options,
  fileExists: (path: string) => boolean,
): { kind: "file" | "page"; url: string } | { kind: "missing" } | undefined {
  const path = publicPath(url, options);
  if (path === undefined) return undefined;
  const [, suffix] = splitSuffix(url);
  if (path && fileExists(join(options.publicDir, path)))
    return { kind: "file", url: `${encodeURI(options.base + path)}${suffix}` };
  if (/\.[a-z0-9]{1,5}$/i.test(path)) return { kind: "missing" };
  return { kind: "page", url: `${encodeURI(options.base + path)}${suffix}` };
}

function replaceNode(parent: Parents, node: Element, replacement: ElementContent[]): void {
  const children = parent.children as ElementContent[];
  const index = children.indexOf(node);
  if (index !== -1) children.splice(index, 1, ...replacement);
}

/** Typora writes `style="zoom:150%;"`; browsers disagree on zoom and it breaks layouts, so it goes. */
function dropZoom(node: Element): void {
  const style = node.properties.style;
  if (typeof style !== "string" || !/zoom\s*:/i.test(style)) return;
  const rest = style
    .split(";")
    .filter((rule) => rule.trim() && !/^\s*zoom\s*:/i.test(rule))
    .join(";");
  if (rest) node.properties.style = rest;
  else delete node.properties.style;
}

const headingTags = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** The element after `node` in `parent`, skipping white space. */
function nextElement(parent: Parents, node: ElementContent): Element | undefined {
  const children = parent.children as ElementContent[];
  for (const sibling of children.slice(children.indexOf(node) + 1)) {
    if (sibling.type === "element") return sibling;
    if (sibling.type === "text" && sibling.value.trim() !== "") return undefined;
  }
  return undefined;
}

/**
 * A frame's caption: the `<figcaption>` of the figure around it, or a paragraph of only italics right after
 * it (`*Vídeo: …*`, as Typora and kramdown courses write captions).
 */
function frameCaption(node: Element, parent: Parents): string | undefined {
  if (parent.type === "element" && parent.tagName === "figure") {
    const caption = parent.children.find((c): c is Element => c.type === "element" && c.tagName === "figcaption");
    if (caption) return toString(caption).trim() || undefined;
  }
  const next = nextElement(parent, node);
  const parts = next?.tagName === "p" ? next.children.filter((c) => c.type !== "text" || c.value.trim() !== "") : [];
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.type === "element" && only.tagName === "em") return toString(only).trim() || undefined;
  return undefined;
}

function videoFacade(
  src: string,
  ownTitle: string,
  nearby: () => string | undefined,
  { t, f }: Translator,
): Element | undefined {
  const video = videoEmbed(src);
  if (!video) return undefined;
  const title = isPlayerTitle(ownTitle) ? (nearby() ?? f("video.fromSite", { site: video.site })) : ownTitle.trim();
  const text = (value: string): ElementContent => ({ type: "text", value });
  return {
    type: "element",
    tagName: "figure",
    properties: { className: ["video"], dataVideoSrc: video.embedUrl, dataVideoTitle: title },
    children: [
      {
        type: "element",
        tagName: "div",
        properties: { className: ["video__frame"] },
        children: [
          { type: "element", tagName: "p", properties: { className: ["video__title"] }, children: [text(title)] },
          {
            type: "element",
            tagName: "button",
            properties: { type: "button", className: ["button", "video__play"], dataVideoPlay: true, hidden: true },
            children: [text(t("video.play"))],
          },
        ],
      },
      {
        type: "element",
        tagName: "figcaption",
        properties: {},
        children: [
          {
            type: "element",
            tagName: "a",
            properties: { href: video.watchUrl, className: ["video__link"] },
            children: [text(`${f("video.watchOn", { site: video.site })}: ${video.watchUrl}`)],
          },
        ],
      },
    ],
  };
}

/**
 * References in raw HTML and Markdown links, as Jekyll served them: `<img src/srcset>`, `<a href>`,
 * `<source>`, `<video>`, `<audio>` under the old base or the site root point into the new base
 * and must exist; a missing one is a warning and a placeholder (image) or plain text (link).
 * YouTube and Vimeo frames become a facade that loads nothing before a click; other frames a link.
 * Runs first among the rehype plugins, parsing raw HTML itself (Astro only does so at the end).
 */
export default function rehypeHtmlRefs(options: Options) {
  const i18n = options.i18n ?? createTranslator();
  const context: ResolveContext = { fileExists: isFile, remoteCopy: remoteCopyFinder(options.publicDir, options.base) };
  return (tree: Root, file: VFile) => {
    // MDX trees have no raw HTML (it is JSX there), and hast-util-raw does not know their nodes.
    let hasRaw = false;
    visit(tree, "raw", () => {
      hasRaw = true;
    });
    if (hasRaw) tree.children = (raw(tree, { file }) as Root).children;
    const warn = (node: Element, ruleId: string, message: string, fix: string) =>
      reportInFile(file, node, { severity: "warning", ruleId, message, fix });
    const missingNote = "copia el archivo a public/ con la misma ruta (public/ se publica en la raíz del sitio)";

    /** The text of the last heading before the node being visited: a video without a title takes it. */
    let lastHeading: string | undefined;
    visit(tree, "element", (node, _index, parent) => {
      if (!parent) return;
      if (headingTags.has(node.tagName)) lastHeading = toString(node).trim() || lastHeading;
      if (node.tagName === "img") {
        const src = String(node.properties.src ?? "");
        dropZoom(node);
        const source = resolveImage(src, options, context);
        if (source.kind === "local") node.properties.src = source.url;
        if (source.kind === "missing" || source.kind === "remote") {
          if (source.kind === "missing")
            warn(node, "image/missing", `La imagen «${src}» no existe en public/`, missingNote);
          else
            warn(
              node,
              "image/remote",
              `La imagen remota «${src}» no tiene copia local; se muestra un aviso con un enlace a la original`,
              "ejecuta «npm run images:download» para guardarla en public/assets/remote/",
            );
          const box = placeholderHast(
            String(node.properties.alt ?? ""),
            source.kind === "remote" ? src : undefined,
            i18n,
          );
          const lonely = parent.type === "element" && parent.tagName === "p" && toString(parent).trim() === "";
          if (lonely && parent.type === "element") {
            parent.tagName = "div";
            parent.children = [box];
          } else replaceNode(parent, node, [box]);
          return "skip";
        }
        if (typeof node.properties.srcSet === "string")
          node.properties.srcSet = rewriteSrcset(node, node.properties.srcSet);
        return;
      }
      if (node.tagName === "source" && typeof node.properties.srcSet === "string") {
        node.properties.srcSet = rewriteSrcset(node, node.properties.srcSet);
      }
      for (const attribute of mediaAttributes[node.tagName] ?? []) {
        const value = node.properties[attribute];
        if (typeof value !== "string") continue;
        const link = resolveLink(value, options, isFile);
        if (!link) continue;
        if (link.kind === "missing") {
          warn(node, "media/missing", `El archivo «${value}» no existe en public/`, missingNote);
          delete node.properties[attribute];
        } else node.properties[attribute] = link.url;
      }
      if (node.tagName === "a" && typeof node.properties.href === "string") {
        const href = node.properties.href;
        const link = resolveLink(href, options, isFile);
        if (!link) return;
        if (link.kind === "missing") {
          warn(
            node,
            "link/missing-file",
            `El enlace apunta a «${href}», que no existe en public/; se publica como texto`,
            missingNote,
          );
          replaceNode(parent, node, node.children);
        } else node.properties.href = link.url;
        return;
      }
      if (node.tagName === "iframe") {
        const src = String(node.properties.src ?? "");
        const title = String(node.properties.title ?? "");
        const facade = videoFacade(src, title, () => frameCaption(node, parent) ?? lastHeading, i18n);
        if (facade) {
          replaceNode(parent, node, [facade]);
          return "skip";
        }
        warn(
          node,
          "embed/unsupported",
          `El contenido incrustado «${src}» no se carga (la página no pide nada a otros sitios); se publica como enlace`,
          "solo los vídeos de YouTube y Vimeo se muestran en la página",
        );
        replaceNode(parent, node, [
          {
            type: "element",
            tagName: "p",
            properties: { className: ["embed-link"] },
            children: [
              {
                type: "element",
                tagName: "a",
                properties: { href: src },
                children: [{ type: "text", value: `${i18n.t("embed.open")}: ${src}` }],
              },
            ],
          },
        ]);
        return "skip";
      }
    });

    function rewriteSrcset(node: Element, srcset: string): string {
      return srcset
        .split(",")
        .map((candidate) => candidate.trim())
        .filter(Boolean)
        .flatMap((candidate) => {
          const [url = "", ...descriptor] = candidate.split(/\s+/);
          const source = resolveImage(url, options, context);
          if (source.kind === "local") return [[source.url, ...descriptor].join(" ")];
          if (source.kind === "other") return [candidate];
          warn(
            node,
            "image/missing",
            `La imagen «${url}» de srcset no está en public/; se quita de la lista`,
            missingNote,
          );
          return [];
        })
        .join(", ");
    }
  };
}
