import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";

/**
 * A PDF is a function of what it is printed from: its print page, the CSS, fonts and images that
 * page uses, the paper, aula's version and Chromium's. Hashing exactly that lets an export reuse
 * every PDF whose inputs did not change, without starting a browser.
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

export interface KeyInputs {
  outDir: string;
  base: string;
  /** Path of the print page below the site, e.g. `imprimir/tema2/x/`. */
  target: string;
  paper: string;
  aulaVersion: string;
  chromium: string;
}

/** The cache key of one PDF. */
export function pdfKey(inputs: KeyInputs): string {
  const hash = createHash("sha256");
  const html = readFileSync(join(inputs.outDir, inputs.target, "index.html"));
  hash.update(`aula ${inputs.aulaVersion}\0chromium ${inputs.chromium}\0paper ${inputs.paper}\0`);
  hash.update(html);
  const seen = new Set<string>();
  const queue = assetsOf(html.toString("utf8"), inputs.base);
  while (queue.length > 0) {
    const ref = queue.shift() ?? "";
    const path = ref.split(/[?#]/)[0] ?? "";
    if (seen.has(path)) continue;
    seen.add(path);
    const file = join(inputs.outDir, path.slice(inputs.base.length));
    const bytes = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : Buffer.from("missing");
    hash.update(`\0${path}\0`).update(bytes);
    if (path.endsWith(".css")) queue.push(...cssUrls(bytes.toString("utf8"), path));
  }
  return hash.digest("hex");
}

export interface CachedPdf {
  pages: number;
  passes: number;
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

  copyTo(key: string, file: string): number {
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(join(this.dir, `${key}.pdf`), file);
    return statSync(file).size;
  }

  put(key: string, bytes: Uint8Array, meta: CachedPdf): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, `${key}.pdf`), bytes);
    writeFileSync(join(this.dir, `${key}.json`), JSON.stringify(meta));
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
