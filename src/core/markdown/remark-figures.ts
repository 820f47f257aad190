import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Element, ElementContent } from "hast";
import type { Image, ImageReference, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { reportInFile } from "../problems/report.ts";
import { createTranslator, type Translator } from "../i18n/index.ts";
import { remoteCopyFinder } from "./remote-images.ts";

/** Options for {@link remarkFigures}. */
export interface Options {
  /** The site's base path, ending in `/`. */
  base: string;
  /** Folder whose files are served at the base (`public/`). */
  publicDir: string;
  /** The old Jekyll site's base (`/Ciberseguridad-PePS/`): its absolute paths map into `publicDir`. */
  legacyBase?: string;
  /** The course's texts: the placeholder's words in its language. */
  i18n?: Translator;
}

/** What the resolver may look at: the disk, and the local copies of remote images. */
export interface ResolveContext {
  fileExists: (path: string) => boolean;
  /** Site URL of the downloaded copy of a remote image, if there is one. */
  remoteCopy?: (url: string) => string | undefined;
}

export type ImageSource =
  | { kind: "remote"; url: string }
  | { kind: "local"; url: string }
  | { kind: "missing"; path: string }
  | { kind: "other" };

const remotePattern = /^(https?:)?\/\//i;

function decode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/**
 * The path below `public/` that a site-absolute URL names: under the old base, the new base or
 * the site root, as Jekyll served them. `undefined` for relative URLs, anchors and other schemes.
 */
export function publicPath(url: string, options: Options): string | undefined {
  if (!url.startsWith("/") || url.startsWith("//")) return undefined;
  const legacy = options.legacyBase?.replace(/\/?$/, "/");
  const prefixes = [legacy, options.base].filter((p): p is string => Boolean(p) && p !== "/");
  const prefix = prefixes.find((p) => url.startsWith(p)) ?? "/";
  return decode(url.slice(prefix.length).split(/[?#]/)[0] ?? "");
}

/** Decides what an image URL becomes: remote images are never hotlinked, only their local copies used. */
export function resolveImage(
  url: string,
  options: Options,
  context: ResolveContext | ((path: string) => boolean),
): ImageSource {
  const { fileExists, remoteCopy } =
    typeof context === "function" ? { fileExists: context, remoteCopy: undefined } : context;
  if (remotePattern.test(url)) {
    const copy = remoteCopy?.(url);
    return copy ? { kind: "local", url: copy } : { kind: "remote", url };
  }
  const path = publicPath(url, options);
  if (path === undefined) return { kind: "other" };
  return fileExists(join(options.publicDir, path))
    ? { kind: "local", url: encodeURI(`${options.base}${path}`) }
    : { kind: "missing", path: url };
}

/** Names tools give screenshots (Typora's `image-20220120185015690`, `Screenshot …`, `IMG_1234`, `foto.png`). */
export function isToolFileName(alt: string): boolean {
  const text = alt.trim();
  return (
    /^image-?\d{8,}/i.test(text) ||
    /^(screenshot|captura de pantalla|screen shot)\b/i.test(text) ||
    /^(img|dsc|pxl|dscn|cimg)[_-]?\d{3,}/i.test(text) ||
    /^[\w.-]+\.(png|jpe?g|gif|svg|webp|bmp|avif)$/i.test(text)
  );
}

/** The dashed box that stands where an image could not be carried over; a remote one links to its original. */
export function placeholderHast(alt: string, original?: string, { t }: Translator = createTranslator()): Element {
  const caption: ElementContent[] = [{ type: "text", value: alt || t("figure.missingDetail") }];
  if (original) {
    caption.push(
      { type: "text", value: " " },
      {
        type: "element",
        tagName: "a",
        properties: {
          href: original,
          target: "_blank",
          rel: ["noopener", "noreferrer"],
          className: ["figure__original"],
        },
        children: [
          { type: "text", value: t("figure.original") },
          {
            type: "element",
            tagName: "span",
            properties: { className: ["visually-hidden"] },
            children: [{ type: "text", value: ` ${t("figure.newTab")}` }],
          },
        ],
      },
    );
  }
  return {
    type: "element",
    tagName: "figure",
    properties: { className: ["figure", "figure--missing"] },
    children: [
      {
        type: "element",
        tagName: "div",
        properties: { className: ["figure__placeholder"], ariaHidden: "true" },
        children: [{ type: "text", value: t("figure.missing") }],
      },
      { type: "element", tagName: "figcaption", properties: {}, children: caption },
    ],
  };
}

function placeholder(alt: string, original: string | undefined, i18n: Translator) {
  const element = placeholderHast(alt, original, i18n);
  return {
    type: "missingFigure",
    data: { hName: "figure", hProperties: element.properties, hChildren: element.children },
    children: [],
  };
}

function figure(image: Image) {
  return {
    type: "figure",
    data: { hName: "figure", hProperties: { className: ["figure"] } },
    children: [
      { type: "paragraph", data: { hName: "div" }, children: [image] },
      ...(image.alt
        ? [{ type: "figureCaption", data: { hName: "figcaption" }, children: [{ type: "text", value: image.alt }] }]
        : []),
    ],
  };
}

function onlyImage(paragraph: Paragraph): Image | undefined {
  const meaningful = paragraph.children.filter(
    (c: PhrasingContent) => !(c.type === "text" && !c.value.trim()) && c.type !== "break",
  );
  return meaningful.length === 1 && meaningful[0]?.type === "image" ? meaningful[0] : undefined;
}

/** `![alt][ref]` with `[ref]: url`, as kramdown reads it: the same as an inline image. */
function inlineReferenceImages(tree: Root): void {
  const definitions = new Map<string, { url: string; title?: string | null }>();
  visit(tree, "definition", (definition) => {
    definitions.set(definition.identifier.toLowerCase(), definition);
  });
  visit(tree, "imageReference", (reference: ImageReference, index, parent) => {
    const definition = definitions.get(reference.identifier.toLowerCase());
    if (!parent || index === undefined || !definition) return;
    parent.children[index] = {
      type: "image",
      url: definition.url,
      title: definition.title,
      alt: reference.alt,
      position: reference.position,
    };
  });
}

/**
 * Images of the old site: absolute paths under the old base or the root resolve to local files,
 * remote ones use their downloaded copy or become a placeholder linking to the original, and
 * anything not carried over is a warning. A tool's file name as alt text is never a caption.
 */
export default function remarkFigures(options: Options) {
  const i18n = options.i18n ?? createTranslator();
  const context: ResolveContext = {
    fileExists: (path: string) => existsSync(path),
    remoteCopy: remoteCopyFinder(options.publicDir, options.base),
  };
  return (tree: Root, file: VFile) => {
    inlineReferenceImages(tree);
    const unnamed: { image: Image; alt: string }[] = [];
    const resolve = (image: Image) => {
      const source = resolveImage(image.url, options, context);
      if (source.kind === "missing") {
        reportInFile(file, image, {
          severity: "warning",
          ruleId: "image/missing",
          message: `La imagen «${source.path}» no existe en public/`,
          fix: "copia el archivo a public/ con la misma ruta o cambia la imagen por un diagrama o un bloque de texto",
        });
      }
      if (source.kind === "remote") {
        reportInFile(file, image, {
          severity: "warning",
          ruleId: "image/remote",
          message: `La imagen remota «${source.url}» no tiene copia local; se muestra un aviso con un enlace a la original`,
          fix: "ejecuta «npm run images:download» para guardarla en public/assets/remote/",
        });
      }
      if (source.kind === "local") image.url = source.url;
      if (image.alt && isToolFileName(image.alt)) {
        unnamed.push({ image, alt: image.alt });
        image.alt = "";
      }
      return source;
    };
    visit(tree, "paragraph", (paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const image = onlyImage(paragraph);
      if (!image) return;
      const source = resolve(image);
      if (source.kind === "other") return;
      parent.children[index] = (source.kind === "local"
        ? figure(image)
        : placeholder(
            image.alt ?? "",
            source.kind === "remote" ? source.url : undefined,
            i18n,
          )) as RootContent as never;
      return "skip";
    });
    visit(tree, "image", (image, index, parent) => {
      if (!parent || index === undefined) return;
      const source = resolve(image);
      if (source.kind === "remote" || source.kind === "missing") {
        parent.children[index] = {
          type: "emphasis",
          children: [{ type: "text", value: `[${i18n.t("figure.missing")}: ${image.alt ?? ""}]` }],
        };
      }
    });
    const first = unnamed[0];
    if (first) {
      reportInFile(file, first.image, {
        severity: "warning",
        ruleId: "image/file-name-alt",
        message: `${unnamed.length === 1 ? "1 imagen tiene" : `${unnamed.length} imágenes tienen`} como texto alternativo el nombre de archivo que puso la herramienta («${first.alt}», la primera en esta línea); se publican sin pie`,
        fix: "describe cada imagen entre los corchetes: ![Qué muestra la imagen](…)",
      });
    }
  };
}
