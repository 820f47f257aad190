import { PurgeCSS } from "purgecss";

const decode = (css: string) =>
  css.replace(
    /&(gt|lt|quot|#39|amp);/g,
    (_, name: string) => ({ gt: ">", lt: "<", quot: '"', "#39": "'", amp: "&" })[name] ?? "",
  );
const encode = (css: string) => css.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Drops the rules of mermaid's stylesheet that match nothing in this SVG. Mermaid writes the
 * rules of every diagram type into each SVG (about 5 KB); a page with several diagrams in two
 * themes would otherwise carry them ten times. Should pruning fail, the SVG keeps every rule.
 */
export async function pruneSvgStyles(svg: string): Promise<string> {
  const style = /<style>([\s\S]*?)<\/style>/.exec(svg);
  if (!style) return svg;
  try {
    const [result] = await new PurgeCSS().purge({
      content: [{ raw: svg.replace(style[0], ""), extension: "html" }],
      css: [{ raw: decode(style[1] ?? "") }],
      keyframes: true,
      fontFace: true,
    });
    if (result === undefined) return svg;
    return svg.replace(style[0], () => `<style>${encode(result.css)}</style>`);
  } catch {
    return svg;
  }
}
