import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";

/**
 * Pagefind indexes the whole site at once, and at 1,200 lessons that is most of a warm build. When no
 * page it reads has changed, the bundle it would write is the one it wrote last time: keep a copy and
 * a fingerprint of its input (every built page, Pagefind's version, our settings) next to Astro's cache.
 */
export function searchInputFingerprint(siteDir: string, settings: unknown): string {
  const hash = createHash("sha256").update(JSON.stringify(settings));
  const pages = readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".html") && !path.startsWith(`pagefind${sep}`))
    .sort();
  for (const path of pages)
    hash
      .update(`${path}\0`)
      .update(readFileSync(join(siteDir, path)))
      .update("\0");
  return hash.digest("hex");
}

export interface SearchIndexCache {
  /** Copies the kept bundle to `outputPath` if its fingerprint matches; tells whether it did. */
  restore(fingerprint: string, outputPath: string): boolean;
  keep(fingerprint: string, outputPath: string): void;
}

export function searchIndexCache(dir: string): SearchIndexCache {
  const bundle = join(dir, "bundle");
  const stamp = join(dir, "fingerprint");
  return {
    restore(fingerprint, outputPath) {
      if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== fingerprint || !existsSync(bundle)) return false;
      rmSync(outputPath, { recursive: true, force: true });
      cpSync(bundle, outputPath, { recursive: true });
      return true;
    },
    keep(fingerprint, outputPath) {
      rmSync(dir, { recursive: true, force: true });
      cpSync(outputPath, bundle, { recursive: true });
      writeFileSync(stamp, fingerprint);
    },
  };
}
