import { withIndex } from "./url.ts";

// The built site links by absolute paths under its base (`/Curso/tema2/x/`); a package is served by an LMS at
// an address nobody knows in advance, so each file's links become relative to that file. Scripts need no
// rewriting: the build makes them load from their own address (`renderBuiltUrl` in src/index.ts) and read the
// site's root from `<html data-root>`, which is rewritten here like any link.

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** `./` or `../../` from a file at `path` (relative to the site root, `/`-separated) back to the root. */
export function rootFrom(path: string): string {
  const depth = path.split("/").length - 1;
  return depth === 0 ? "./" : "../".repeat(depth);
}

/** `../x/`, `img/a.png`: a link the author wrote relative to the page (no scheme, host, root or bare `#`). */
const isRelative = (url: string) => url !== "" && !/^([a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url);

/** A base-absolute path (`/Curso/…`, never `//host/…`) at the start of a value. */
const underBase = (base: string) => `${escape(base)}(?!/)`;

/**
 * HTML in the pieces that matter: comments, `<script>`/`<style>` with their bodies, and tags (quoted values may
 * hold `>`). Text between them is never touched: a code sample showing `<a href="/x">` is escaped text there.
 */
const htmlToken =
  /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const attribute = /(\s)([^\s"'>/=]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)')/g;

/**
 * Rewrites one HTML page: every link, source and `url()` under the base becomes relative to the page, links
 * to folders name their `index.html` (an LMS serves files, not folders),. Inline scripts are left as they are, so
 * the page's CSP hashes still match them.
 */
export function relativeHtml(html: string, path: string, base: string): string {
  const root = rootFrom(path);
  const at = new RegExp(`^${underBase(base)}`);
  const value = (name: string, text: string): string => {
    if (name === "srcset")
      return text
        .split(",")
        .map((candidate) =>
          candidate.replace(/^(\s*)(\S+)/, (_all, space: string, url: string) => space + value("src", url)),
        )
        .join(",");
    if (name === "style") return relativeCss(text, path, base);
    if (!at.test(text)) return /^(href|src|action)$/.test(name) && isRelative(text) ? withIndex(text) : text;
    const relative = text.replace(at, root);
    return name === "data-root" ? relative : withIndex(relative);
  };
  const tag = (text: string) =>
    text.replace(attribute, (all, space: string, name: string, equals: string, double?: string, single?: string) => {
      const lower = name.toLowerCase();
      if (!/^(href|src|srcset|action|poster|content|style|data-[\w-]+)$/.test(lower)) return all;
      return double !== undefined
        ? `${space}${name}${equals}"${value(lower, double)}"`
        : `${space}${name}${equals}'${value(lower, single ?? "")}'`;
    });
  return html.replace(htmlToken, (all, element?: string, attributes?: string, body?: string) => {
    if (all.startsWith("<!--")) return all;
    if (!element) return tag(all);
    const content = element.toLowerCase() === "style" ? relativeCss(body ?? "", path, base) : (body ?? "");
    return `<${element}${tag(attributes ?? "")}>${content}</${element}>`;
  });
}

/** CSS (a file, or a page's `<style>`): `url(/Curso/…)` becomes relative to the file at `path`. */
export function relativeCss(css: string, path: string, base: string): string {
  return css.replace(new RegExp(`url\\((\\s*["']?)${underBase(base)}`, "g"), `url($1${rootFrom(path)}`);
}

/** Marks a page as part of a package: its scripts then look for the LMS (`src/exporters/scorm/page.ts`). */
export function markPackage(html: string, version: "scorm12" | "scorm2004"): string {
  return html.replace(/<html(?=[\s>])/, `<html data-package="${version}"`);
}

/** The site paths (`img/a.png`) a CSS file names with `url(/base/…)`, so the files it needs go in the package. */
export function cssReferences(css: string, base: string): string[] {
  return [...css.matchAll(new RegExp(`url\\(\\s*["']?${underBase(base)}([^"')?#]+)`, "g"))].map((m) =>
    decodeURIComponent(m[1]!),
  );
}

/**
 * Whether a script names the base in a string (`"/Curso/…"`): such a script would fetch from the public site's
 * paths inside the LMS. Undecidable for the base `/`, which every path starts with.
 */
export function scriptNamesBase(js: string, base: string): boolean {
  return base !== "/" && new RegExp(`["'\`]${escape(base)}`).test(js);
}

/** Drops the «Descargar PDF» links (marked `data-pdf-link` by the site's layouts), for a package without PDFs. */
export function withoutPdfLinks(html: string): { html: string; removed: number } {
  let removed = 0;
  const out = html.replace(/<(p|a)\b[^>]*\sdata-pdf-link(?:=""|(?=[\s>]))[^>]*>[\s\S]*?<\/\1>/g, () => {
    removed++;
    return "";
  });
  return { html: out, removed };
}
