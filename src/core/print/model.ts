/** A heading as Astro's `render()` lists it. */
export interface PrintHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A heading in the printed table of contents, with its section number and PDF anchor. */
export interface TocEntry {
  depth: number;
  number: string;
  text: string;
  anchor: string;
}

export type Paper = "a4" | "letter";

/** The anchor of a lesson in a printed document, e.g. `leccion-tema2-virtualizacion`. */
export function lessonAnchor(lessonId: string): string {
  return `leccion-${asciiId(lessonId)}`;
}

function asciiId(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}

/**
 * Gives every id of one lesson a document-wide, ASCII-only id under the lesson's anchor: two
 * lessons may both have a `#docker` section, and Chromium writes ids into the PDF as destination names.
 * The same mapper must serve the table of contents and the lesson body.
 */
export function createIdMapper(anchor: string): (id: string) => string {
  const given = new Map<string, string>();
  const used = new Set<string>();
  return (id: string) => {
    const known = given.get(id);
    if (known) return known;
    const stem = `${anchor}--${asciiId(id)}`;
    let candidate = stem;
    for (let n = 2; used.has(candidate); n++) candidate = `${stem}-${n}`;
    given.set(id, candidate);
    used.add(candidate);
    return candidate;
  };
}

/**
 * Numbers sections the way the old pandoc PDFs did: `2`, `2.1` within a lesson, or `3.2`, `3.2.1`
 * under lesson 3 in the whole course. Only `h2`…`h(maxDepth)` get a number.
 */
export function numberHeadings(
  headings: PrintHeading[],
  options: { lessonNumber?: number; maxDepth?: number } = {},
): Map<string, string> {
  const maxDepth = options.maxDepth ?? 3;
  const counters: number[] = [];
  const numbers = new Map<string, string>();
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > maxDepth) continue;
    const level = heading.depth - 2;
    counters[level] = (counters[level] ?? 0) + 1;
    counters.length = level + 1;
    const parts = Array.from(counters, (value) => value ?? 0);
    if (options.lessonNumber !== undefined) parts.unshift(options.lessonNumber);
    numbers.set(heading.slug, parts.join("."));
  }
  return numbers;
}

/** Escapes text for a CSS string, as in `content: "…"`. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/[\n\r\f]+/g, " ")}"`;
}

/** A named page per lesson, so the running header shows that lesson's title (Chromium has no `string-set`). */
export interface RunningHeader {
  pageName: string;
  left: string;
  right?: string;
}

/**
 * The page rules that depend on the course: each lesson's running header. The footer (the site's address, «Página
 * X de Y») is stamped by the exporter, which alone knows a page's number in the assembled PDF.
 */
export function pageCss(options: { headers: RunningHeader[] }) {
  const rules: string[] = [];
  for (const header of options.headers) {
    const right = header.right ? ` @top-right { content: ${cssString(header.right)}; }` : "";
    rules.push(`@page ${header.pageName} { @top-left { content: ${cssString(header.left)}; }${right} }`);
  }
  return rules.join("\n");
}

/**
 * An address as a reader types it from paper: `https://es.wikipedia.org/wiki/Máquina_virtual`, not `M%C3%A1quina`.
 * Spaces and other blanks, and escapes that do not decode, stay encoded.
 */
export function printableUrl(href: string): string {
  try {
    return decodeURI(href).replace(/[\s\u200b-\u200f\u2028-\u202f]/gu, (blank) => encodeURIComponent(blank));
  } catch {
    return href;
  }
}

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0"]);

/**
 * The public address printed in the footer: `SITE_URL` when it is a public http(s) address, else the
 * course's `url`. Never localhost or file://, which would mean nothing on paper.
 */
export function canonicalSiteUrl(...candidates: (string | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue;
    let url: URL;
    try {
      url = new URL(candidate.trim());
    } catch {
      continue;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") continue;
    if (localHosts.has(url.hostname)) continue;
    if (!url.pathname.endsWith("/")) url.pathname += "/";
    return url.href;
  }
  return undefined;
}

/** Front matter keys of the pandoc era that say what the title page and the header show. */
export interface PandocKeys {
  author?: string;
  date?: string;
  subtitle?: string;
  headerLeft?: string;
  headerRight?: string;
}

function text(value: unknown, lang?: string): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(String).join(", ") || undefined;
  if (value instanceof Date) return formatDate(value, lang);
  return undefined;
}

/** LaTeX commands such as `\thepage` mean nothing here; a key made of them is ignored. */
function plain(value: unknown, lang?: string): string | undefined {
  const result = text(value, lang);
  return result && !result.includes("\\") ? result : undefined;
}

export function readPandocKeys(frontmatter: Record<string, unknown>, lang?: string): PandocKeys {
  return {
    author: plain(frontmatter.author),
    date: plain(frontmatter.date, lang),
    subtitle: plain(frontmatter.subtitle),
    headerLeft: plain(frontmatter["header-left"]),
    headerRight: plain(frontmatter["header-right"]),
  };
}

/** A cover's date as the course's language writes it: «7 de diciembre de 2026», «December 7, 2026». */
export function formatDate(date: Date, lang = "es"): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** Where a lesson's PDF is published, below the site's base: `pdf/tema2/virtualizacion.pdf`. */
export function lessonPdfPath(lessonId: string): string {
  return `pdf/${lessonId}.pdf`;
}

export const coursePdfPath = "pdf/curso.pdf";

/** In `npm run dev` there are no PDFs: the «Descargar PDF» links go to this page, which says how they are made. */
export const devPdfPath = "pdf-en-desarrollo/";
