import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { join, posix } from "node:path";
import type { BodyLayout, FrameLayout, PrintPlan } from "./plan.ts";

/**
 * A printed part (a lesson's body, or the course's covers and contents) is a function of what it is printed from:
 * its print page and the files that page uses, the paper, the engine and Chromium. Hashing exactly that lets an
 * export reuse every part whose inputs did not change, without starting a browser.
 */

/** Local files a print page uses: stylesheets, `src` attributes and `url()` in CSS, as site paths. */
export function assetsOf(html: string, base: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)) found.add(m[1] ?? "");
  for (const m of html.matchAll(/\ssrc="([^"]+)"/g)) found.add(m[1] ?? "");
  for (const m of html.matchAll(/url\(\s*['"]?([^)'"]+)['"]?\s*\)/g)) found.add(m[1] ?? "");
  return [...found].filter((ref) => ref.startsWith(base) && !ref.startsWith("//")).sort();
}

function cssUrls(css: string, from: string): string[] {
  return [...css.matchAll(/url\(\s*['"]?([^)'"]+)['"]?\s*\)/g)]
    .map((m) => m[1] ?? "")
    .filter((ref) => !/^(data:|#|[a-z]+:)/i.test(ref))
    .map((ref) => (ref.startsWith("/") ? ref : posix.join(posix.dirname(from), ref)));
}

/** The two hashes of a print page: its content (the page and its images), and its print styles (CSS and fonts). */
export interface PageHashes {
  content: string;
  styles: string;
}

/**
 * Hashes a built print page. What a stylesheet brings in (fonts, images in `url()`) counts as style: a change in
 * print.css reprints every part, a change in one lesson only that lesson's.
 */
export function pageHashes(outDir: string, base: string, target: string): PageHashes {
  const content = createHash("sha256");
  const styles = createHash("sha256");
  const html = readFileSync(join(outDir, target, "index.html"));
  content.update(html);
  const seen = new Set<string>();
  const queue = assetsOf(html.toString("utf8"), base).map((ref) => ({ ref, style: false }));
  while (queue.length > 0) {
    const { ref, style } = queue.shift() ?? { ref: "", style: false };
    const path = ref.split(/[?#]/)[0] ?? "";
    if (seen.has(path)) continue;
    seen.add(path);
    const file = join(outDir, path.slice(base.length));
    const bytes = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : Buffer.from("missing");
    const css = path.endsWith(".css");
    (css || style ? styles : content).update(`\0${path}\0`).update(bytes);
    if (css) queue.push(...cssUrls(bytes.toString("utf8"), path).map((next) => ({ ref: next, style: true })));
  }
  return { content: content.digest("hex"), styles: styles.digest("hex") };
}

export interface KeyInputs {
  /** `body` or `front`: a lesson's text, or the course's covers and contents. */
  part: string;
  /** The content hash of what is printed (for a lesson, the course manifest's when there is one). */
  content: string;
  /** The print styles' hash. */
  styles: string;
  paper: string;
  /** The installed engine's version and file hash. */
  engine: string;
  chromium: string;
  /** Anything else the part depends on, such as the page numbers of the bodies it lists. */
  extra?: string;
}

/** The cache key of one printed part: the one freshness rule of the PDFs. */
export function pdfKey(inputs: KeyInputs): string {
  const hash = createHash("sha256");
  for (const [name, value] of Object.entries(inputs).sort(([a], [b]) => a.localeCompare(b)))
    hash.update(`${name} ${value ?? ""}\0`);
  return hash.digest("hex");
}

export interface CachedPdf {
  pages: number;
  passes: number;
  /** A lesson's body: where its text ends and its targets are. */
  body?: BodyLayout;
  /** The course's covers and contents: the plan they were printed from, and where to cut them. */
  frame?: { plan: PrintPlan; layout: FrameLayout };
}

/** `.aula/cache/pdf/<key>.pdf` and its `<key>.json`. */
export class PdfCache {
  private readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  get(key: string): CachedPdf | undefined {
    const meta = join(this.dir, `${key}.json`);
    if (!existsSync(meta) || !existsSync(join(this.dir, `${key}.pdf`))) return undefined;
    try {
      return JSON.parse(readFileSync(meta, "utf8")) as CachedPdf;
    } catch {
      return undefined;
    }
  }

  read(key: string): Uint8Array {
    return new Uint8Array(readFileSync(join(this.dir, `${key}.pdf`)));
  }

  put(key: string, bytes: Uint8Array, meta: CachedPdf): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, `${key}.pdf`), bytes);
    writeFileSync(join(this.dir, `${key}.json`), JSON.stringify(meta));
  }

  /** How many pages each cover and contents took at the last print: the next print's first guess. */
  frontLengths(): Record<string, number> {
    try {
      return JSON.parse(readFileSync(join(this.dir, "fronts.json"), "utf8")) as Record<string, number>;
    } catch {
      return {};
    }
  }

  rememberFrontLengths(lengths: Record<string, number>): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, "fronts.json"), JSON.stringify(lengths));
  }

  /**
   * Chromium's version, learnt from the browser at an earlier export and kept by the identity of its
   * executable (real path, size, date), so a warm export need not start it to know.
   */
  chromiumVersion(executable: string | undefined): string | undefined {
    const id = executableId(executable);
    if (!id) return undefined;
    const file = join(this.dir, "chromium.json");
    if (!existsSync(file)) return undefined;
    try {
      const known = JSON.parse(readFileSync(file, "utf8")) as { id: string; version: string };
      return known.id === id ? known.version : undefined;
    } catch {
      return undefined;
    }
  }

  rememberChromium(executable: string | undefined, version: string): void {
    const id = executableId(executable);
    if (!id) return;
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, "chromium.json"), JSON.stringify({ id, version }));
  }
}

function executableId(executable: string | undefined): string | undefined {
  if (!executable || !existsSync(executable)) return undefined;
  const real = realpathSync(executable);
  const stat = statSync(real);
  return `${real}:${stat.size}:${Math.round(stat.mtimeMs)}`;
}
