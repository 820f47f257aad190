import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { SKIP, visit } from "unist-util-visit";
import { createTranslator, type Translator } from "../../core/i18n/index.ts";

// A lesson's rendered body as EPUB 3 XHTML: quizzes in their printed form, code in its light colours, light
// diagrams inline, files of the site packed or linked to the public site, nothing remote loaded.

export interface BodyOptions {
  /** The site's base (`/Curso/`). */
  base: string;
  /** The lesson's own address (`/Curso/tema1/x/`), which relative links in its body start from. */
  url: string;
  /** The chapter of a site page (`tema1/x/` → `tema1-x.xhtml`), when the book has it. */
  chapterOf: (sitePath: string) => string | undefined;
  /** Packs a file of the site for an `<img>` and returns its path from the chapter, or undefined when it cannot. */
  image: (sitePath: string) => string | undefined;
  /** The public address of the site, for links to its files (downloads). */
  publicUrl?: string;
  /** The course's language, for the words the book adds (Spanish when left out). */
  lang?: string;
}

const el = (tagName: string, properties: Element["properties"], children: ElementContent[]): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: "text", value });
const classes = (node: Element) => {
  const value = node.properties.className as unknown;
  return Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(" ") : [];
};

/** Attributes EPUB 3's HTML schema (epubcheck 4) does not know, and a page's interactive plumbing. */
const dropped = new Set(["loading", "decoding", "fetchPriority", "download", "target", "srcSet", "sizes"]);

/** A quiz as printed: the question, then its options, blanks or items without their controls and solutions. */
function printedQuiz(node: Element, { t }: Translator): Element {
  visit(node, "element", (child, index, parent) => {
    if (!parent || index === undefined) return;
    const name = child.tagName;
    const cls = classes(child);
    const interactive =
      name === "button" ||
      name === "details" ||
      name === "script" ||
      child.properties.dataActions !== undefined ||
      child.properties.dataFeedback !== undefined ||
      cls.includes("quiz__mark") ||
      cls.includes("quiz__hint");
    if (interactive) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (name === "input" || name === "select" || name === "textarea") {
      const type = String(child.properties.type ?? "");
      const mark = type === "radio" ? "○ " : type === "checkbox" ? "☐ " : "______ ";
      parent.children[index] = el("span", { className: ["quiz__blank"], title: t("epub.blank") }, [text(mark)]);
      return SKIP;
    }
    if (name === "fieldset") child.tagName = "div";
    if (name === "legend") child.tagName = "p";
    if (name === "label") {
      child.tagName = "span";
      delete child.properties.htmlFor;
    }
    return undefined;
  });
  return el("section", { className: ["quiz"] }, node.children);
}

/** `--shiki-light:#24292f;--shiki-dark:…` → `color:#24292f` (the book is printed light, like the PDF). */
function lightStyle(style: string): string {
  const colour = /--shiki-light:\s*([^;]+)/.exec(style)?.[1];
  const background = /--shiki-light-bg:\s*([^;]+)/.exec(style)?.[1];
  return [colour && `color:${colour.trim()}`, background && `background-color:${background.trim()}`]
    .filter(Boolean)
    .join(";");
}

/** Where a link of the body goes in the book. */
function linkTarget(href: string, options: BodyOptions): string | undefined {
  if (href.startsWith("#") || /^(mailto|tel):/i.test(href)) return href;
  let url: URL;
  try {
    url = new URL(href, new URL(options.url, "http://sitio.invalid"));
  } catch {
    return undefined;
  }
  if (url.host !== "sitio.invalid") return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  if (!url.pathname.startsWith(options.base)) return undefined;
  const path = decodeURIComponent(url.pathname.slice(options.base.length));
  const chapter = options.chapterOf(path.endsWith("/") || path === "" ? path : `${path}/`);
  if (chapter) return `${chapter}${url.hash}`;
  // A file of the site (a download): its public address, when the course has one.
  return options.publicUrl ? new URL(url.pathname.slice(options.base.length), options.publicUrl).href : undefined;
}

/** The lesson's body as XHTML elements for a chapter. */
export function bookBody(html: string, options: BodyOptions): string {
  const i18n = createTranslator(options.lang);
  const { t } = i18n;
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, "element", (node, index, parent) => {
    if (!parent || index === undefined) return;
    const replace = (nodes: ElementContent[]): [typeof SKIP, number] => {
      parent.children.splice(index, 1, ...nodes);
      return [SKIP, index];
    };
    if (node.tagName === "aula-quiz") {
      parent.children[index] = printedQuiz(node, i18n);
      return [SKIP, index];
    }
    // A book has nothing to click and shows nothing hidden (zoom buttons, notices for the browser).
    const gone = ["script", "template", "noscript", "button"].includes(node.tagName) || node.properties.hidden;
    if (gone) return replace([]);
    // Diagrams come in a light and a dark drawing: the book keeps the light one.
    if (classes(node).includes("diagram__svg--dark")) return replace([]);
    if (node.tagName === "picture") {
      const img = node.children.find((c): c is Element => c.type === "element" && c.tagName === "img");
      return replace(img ? [img] : []);
    }
    if (node.tagName === "iframe" || node.tagName === "video" || node.tagName === "audio") {
      const src = String(node.properties.src ?? "");
      const target = src ? linkTarget(src, options) : undefined;
      const title = String(node.properties.title ?? src);
      return replace([
        el("p", { className: ["media"] }, [
          text(`${t("epub.video")} `),
          target ? el("a", { href: target }, [text(title)]) : text(title),
        ]),
      ]);
    }
    if (node.tagName === "img") {
      const src = String(node.properties.src ?? "");
      const local = src.startsWith(options.base)
        ? options.image(decodeURIComponent(src.slice(options.base.length)))
        : undefined;
      if (!local)
        return replace([
          el("span", { className: ["image-missing"] }, [
            text(`[${t("epub.remoteImage")} ${String(node.properties.alt ?? "")}]`),
          ]),
        ]);
      node.properties.src = local;
      node.properties.alt ??= "";
    }
    if (node.tagName === "a" && typeof node.properties.href === "string") {
      const target = linkTarget(node.properties.href, options);
      if (target === undefined) return replace(node.children);
      node.properties.href = target;
    }
    if (node.tagName === "svg") {
      node.properties.xmlns ??= "http://www.w3.org/2000/svg";
      // Mermaid's own bookkeeping attributes are not SVG 1.1's, which EPUB 3 validates against.
      visit(node, "element", (inner) => {
        for (const name of Object.keys(inner.properties))
          if (name === "name" || name === "datatype" || /^data[A-Z]/.test(name)) delete inner.properties[name];
      });
    }
    // SVG 1.1, which EPUB 3 validates against, requires them; mermaid sizes some rects by CSS.
    if (node.tagName === "rect") {
      node.properties.width ??= "0";
      node.properties.height ??= "0";
    }
    if (typeof node.properties.style === "string" && node.properties.style.includes("--shiki"))
      node.properties.style = lightStyle(node.properties.style) || undefined;
    for (const [name, value] of Object.entries(node.properties)) {
      if (dropped.has(name) || value === false || value === null || value === undefined) delete node.properties[name];
      else if (value === true) node.properties[name] = booleanMark;
    }
    return undefined;
  });
  return xhtml(tree);
}

/** Stands for a boolean attribute's value until serialised: HTML writes `open`, XML needs `open="open"`. */
const booleanMark = "aula-boolean-attribute";

/** XHTML serialisation: void elements closed, boolean attributes written out, no named references. */
export function xhtml(tree: Root | Element): string {
  return toHtml(tree, { closeSelfClosing: true, closeEmptyElements: true, tightSelfClosing: false }).replace(
    new RegExp(`(\\s)([\\w:-]+)="${booleanMark}"`, "g"),
    '$1$2="$2"',
  );
}
