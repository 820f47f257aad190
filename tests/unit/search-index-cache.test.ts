import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { searchIndexCache, searchInputFingerprint } from "../../src/core/search/index-cache.ts";

const dir = mkdtempSync(join(tmpdir(), "aula-search-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const site = join(dir, "site");
const page = (path: string, html: string) => {
  mkdirSync(join(site, path, ".."), { recursive: true });
  writeFileSync(join(site, path), html);
};

describe("search index kept between builds", () => {
  page("tema1/uno/index.html", "<main data-pagefind-body>Uno</main>");
  page("tema1/dos/index.html", "<main data-pagefind-body>Dos</main>");
  const settings = { version: "1.6.0", excludeSelectors: [".toc"] };

  it("has the same fingerprint for the same pages, and another when a page, Pagefind or a setting changes", () => {
    const first = searchInputFingerprint(site, settings);
    expect(searchInputFingerprint(site, settings)).toBe(first);
    // Its own bundle is not an input.
    page("pagefind/pagefind.js", "x");
    expect(searchInputFingerprint(site, settings)).toBe(first);
    expect(searchInputFingerprint(site, { ...settings, version: "1.7.0" })).not.toBe(first);
    page("tema1/dos/index.html", "<main data-pagefind-body>Dos, revisada</main>");
    expect(searchInputFingerprint(site, settings)).not.toBe(first);
  });

  it("gives back the bundle it kept only for the fingerprint it was kept with", () => {
    const cache = searchIndexCache(join(dir, "cache"));
    const out = join(site, "pagefind");
    expect(cache.restore("a", out)).toBe(false);
    writeFileSync(join(out, "pagefind.js"), "índice A");
    cache.keep("a", out);
    rmSync(out, { recursive: true });
    expect(cache.restore("b", out)).toBe(false);
    expect(cache.restore("a", out)).toBe(true);
    expect(readFileSync(join(out, "pagefind.js"), "utf8")).toBe("índice A");
  });
});
