import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Image, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { reportInFile } from "../problems/report.ts";
import { t } from "../i18n/es.ts";

/** Options for {@link remarkFigures}. */
export interface Options {
  /** The site's base path, ending in `/`. */
  base: string;
  /** Folder whose files are served at the base (`public/`). */
  publicDir: string;
  /** The old Jekyll site's base (`/Ciberseguridad-PePS/`): its absolute paths map into `publicDir`. */
  legacyBase?: string;
}

export type ImageSource =
  { kind: "remote" } | { kind: "local"; url: string } | { kind: "missing"; path: string } | { kind: "other" };

/** Decides what an image URL becomes: remote images are never hotlinked. */
export function resolveImage(url: string, options: Options, fileExists: (path: string) => boolean): ImageSource {
  if (/^(https?:)?\/\//i.test(url)) return { kind: "remote" };
  const legacy = options.legacyBase?.replace(/\/?$/, "/");
  const prefixes = [legacy, options.base].filter((p): p is string => Boolean(p) && p !== "/");
  for (const prefix of prefixes) {
    if (!url.startsWith(prefix)) continue;
    const path = decodeURI(url.slice(prefix.length).split(/[?#]/)[0] ?? "");
    return fileExists(join(options.publicDir, path))
      ? { kind: "local", url: `${options.base}${path}` }
      : { kind: "missing", path: url };
  }
  return { kind: "other" };
}

function placeholder(alt: string) {
  return {
    type: "missingFigure",
    data: { hName: "figure", hProperties: { className: ["figure", "figure--missing"] } },
    children: [
      {
        type: "figureBox",
        data: { hName: "div", hProperties: { className: ["figure__placeholder"], ariaHidden: "true" } },
        children: [{ type: "text", value: t("figure.missing") }],
      },
      {
        type: "figureCaption",
        data: { hName: "figcaption" },
        children: [{ type: "text", value: alt || t("figure.missingDetail") }],
      },
    ],
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

/**
 * Images of the old site: remote ones become captioned placeholders (never hotlinked), absolute
 * paths under the old base resolve to local files, and missing files are a warning plus placeholder.
 */
export default function remarkFigures(options: Options) {
  const fileExists = (path: string) => existsSync(path);
  return (tree: Root, file: VFile) => {
    const resolve = (image: Image) => {
      const source = resolveImage(image.url, options, fileExists);
      if (source.kind === "missing") {
        reportInFile(file, image, {
          severity: "warning",
          ruleId: "image/missing",
          message: `La imagen «${source.path}» no existe en public/`,
          fix: "copia el archivo a public/ con la misma ruta o cambia la imagen por un diagrama o un bloque de texto",
        });
      }
      if (source.kind === "local") image.url = source.url;
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
        : placeholder(image.alt ?? "")) as RootContent as never;
      return "skip";
    });
    visit(tree, "image", (image, index, parent) => {
      if (!parent || index === undefined) return;
      const source = resolve(image);
      if (source.kind === "remote" || source.kind === "missing") {
        parent.children[index] = {
          type: "emphasis",
          children: [{ type: "text", value: `[${t("figure.missing")}: ${image.alt ?? ""}]` }],
        };
      }
    });
  };
}
