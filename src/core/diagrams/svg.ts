/**
 * Post-processing of mermaid's SVG text. Cached SVGs keep mermaid's ids; each use on a page gets
 * its own prefix, so two diagrams (or the light and dark copy of one) never share a marker,
 * gradient, style rule or title id.
 */

const idAttribute = /\sid="([^"]+)"/g;

/** Every id defined in the SVG. */
export function listIds(svg: string): Set<string> {
  return new Set([...svg.matchAll(idAttribute)].map((m) => m[1] as string));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Rewrites each id and every reference to it (url(#…), href, aria-*, `#id` in <style>) to `prefix-id`. */
export function prefixIds(svg: string, prefix: string): string {
  const ids = listIds(svg);
  if (ids.size === 0) return svg;
  const rename = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  const known = [...ids]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
  return (
    svg
      .replace(idAttribute, (_, id: string) => ` id="${rename(id)}"`)
      .replace(/url\(\s*(['"]?)#([^)'"]+)\1\s*\)/g, (whole, quote: string, id: string) =>
        ids.has(id) ? `url(${quote}#${rename(id)}${quote})` : whole,
      )
      .replace(/((?:xlink:)?href=")#([^"]+)"/g, (_, attr: string, id: string) => `${attr}#${rename(id)}"`)
      .replace(
        /(aria-(?:labelledby|describedby|controls|owns)=")([^"]*)"/g,
        (_, attr: string, list: string) => `${attr}${list.split(/\s+/).filter(Boolean).map(rename).join(" ")}"`,
      )
      // In CSS an id selector follows a rule start, a combinator or a comma, never a colon (colours do).
      .replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
        const selector = new RegExp(`(^|[\\s{},>+~(])#(${known})(?![\\w-])`, "g");
        return `<style>${css.replace(selector, (__, before: string, id: string) => `${before}#${rename(id)}`)}</style>`;
      })
  );
}

/** Width and height from the viewBox, so the page reserves the space before the SVG is painted. */
export function svgSize(svg: string): { width: number; height: number } | undefined {
  const box = /<svg\b[^>]*\sviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (!box) return undefined;
  return { width: Math.ceil(Number(box[1])), height: Math.ceil(Number(box[2])) };
}

export interface FinishOptions {
  /** Unique on the page: the prefix for every id in this SVG. */
  idPrefix: string;
  /** Extra classes for the <svg> element. */
  className: string;
}

/**
 * Makes mermaid's SVG fit for the page: unique ids, role="img" named by its <title> and described
 * by its <desc> (mermaid's "graphics-document" role is not announced as an image by most screen
 * readers), and an intrinsic size instead of `width="100%"` so nothing moves when it paints.
 */
export function finishSvg(svg: string, options: FinishOptions): string {
  const size = svgSize(svg);
  const prefixed = prefixIds(svg, options.idPrefix);
  return prefixed.replace(/<svg\b([^>]*)>/, (_, attributes: string) => {
    const ownClass = /\sclass="([^"]*)"/.exec(attributes)?.[1];
    let attrs = attributes
      .replace(/\s(width|height|role|aria-roledescription|class)="[^"]*"/g, "")
      .replace(/\sstyle="[^"]*max-width:[^"]*"/, "");
    if (size) attrs += ` width="${size.width}" height="${size.height}"`;
    return `<svg${attrs} class="${[ownClass, options.className].filter(Boolean).join(" ")}" role="img">`;
  });
}

/** Adds CSS to the SVG's first <style> (mermaid always writes one), or a <style> of its own. */
export function addStyle(svg: string, css: string): string {
  if (svg.includes("</style>")) return svg.replace("</style>", () => `${css}</style>`);
  return svg.replace(/<svg\b[^>]*>/, (open) => `${open}<style>${css}</style>`);
}
