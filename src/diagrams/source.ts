/** What a ```` ```mermaid ```` fence says besides the diagram. */
export interface DiagramMeta {
  /** Visible caption, from `caption="…"` after the language. */
  caption?: string;
}

/** Reads `caption="…"` (or single quotes) from the fence's info string. */
export function parseDiagramMeta(meta: string | null | undefined): DiagramMeta {
  const match = /(?:^|\s)caption=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? "");
  const caption = (match?.[1] ?? match?.[2])?.trim();
  return caption ? { caption } : {};
}

/** The accessible name and description that mermaid will put in the SVG's <title> and <desc>. */
export interface DiagramAccessibility {
  title?: string;
  description?: string;
}

/** Finds `accTitle: …` and `accDescr: …` / `accDescr { … }`, as mermaid reads them. */
export function readAccessibility(source: string): DiagramAccessibility {
  const title = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const single = /^\s*accDescr\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1];
  const description = (single ?? block?.replace(/\s+/g, " "))?.trim();
  return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}
