import { createHash } from "node:crypto";
import { withIndex } from "./url.ts";

/** The base the SCORM build is made with, replaced afterwards by paths relative to each file. */
export const placeholderBase = "/__aula_scorm__/";

const escaped = placeholderBase.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** `./` or `../../` from a file at `path` (relative to the site root, `/`-separated) back to the root. */
export function rootFrom(path: string): string {
  const depth = path.split("/").length - 1;
  return depth === 0 ? "./" : "../".repeat(depth);
}

/**
 * Rewrites one HTML page: every `/<placeholder>/…` becomes relative to the page, folders get their
 * `index.html`, and the CSP's hashes follow inline scripts whose text changed (the policy still holds).
 */
export function relativeHtml(html: string, path: string, publicUrl?: string): string {
  const root = rootFrom(path);
  const oldScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  // Canonical links name the public site, when the course has one.
  let out = html.replace(new RegExp(`https?://[^"'\\s]*?${escaped}`, "g"), publicUrl ?? root);
  out = out.replace(
    new RegExp(`(\\s(?:href|src|action|content|poster|data-[\\w-]+)=")${escaped}([^"]*)"`, "g"),
    (_all, attr: string, rest: string) => `${attr}${withIndex(root + rest)}"`,
  );
  out = out.replace(new RegExp(escaped, "g"), root);
  const newScripts = [...out.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  oldScripts.forEach((before, i) => {
    const after = newScripts[i];
    if (after !== undefined && after !== before) out = out.split(hash(before)).join(hash(after));
  });
  return out;
}

/** CSS: `url(/<placeholder>/…)` resolves against the stylesheet, so relative to its file. */
export function relativeCss(css: string, path: string): string {
  return css.replace(new RegExp(escaped, "g"), rootFrom(path));
}

/**
 * A module script's strings are URLs for the document (a script's `src`, a fetch) as often as for
 * imports, so the placeholder becomes an absolute URL computed from the module's own address.
 * A literal that cannot be rewritten (a template with `${…}` right after the base) is returned in
 * `left`, so the export stops instead of shipping a broken link.
 */
export function relativeJs(js: string, path: string): { code: string; left: number } {
  const root = rootFrom(path);
  const code = js.replace(
    new RegExp(`(["'\`])${escaped}([^"'\`$\\\\]*)\\1`, "g"),
    // The space: a minifier writes `return`/…/`` with nothing between.
    (_all, _quote: string, rest: string) => ` new URL(${JSON.stringify(root + rest)},import.meta.url).href`,
  );
  return { code, left: code.split(placeholderBase).length - 1 };
}
