import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkLinks } from "../../scripts/links/check.ts";

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "aula-links-"));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe("link check", () => {
  it("accepts pages, anchors, assets and external links under the base", () => {
    const dir = site({
      "index.html":
        '<a href="/b/x/#uno">x</a><a href="x/">x</a><img src="/b/a.svg"><a href="https://example.org/">e</a>',
      "x/index.html": '<h2 id="uno">Uno</h2><a href="../">inicio</a><a href="#uno">#</a>',
      "a.svg": "<svg/>",
    });
    expect(checkLinks(dir, "/b/")).toEqual([]);
  });

  it("reports a missing page, a missing anchor, a missing asset and a path outside the base", () => {
    const dir = site({
      "index.html": '<a href="/b/nada/">1</a><a href="/b/#falta">2</a><img src="/b/no.png"><a href="/tema2/">3</a>',
    });
    expect(checkLinks(dir, "/b/")).toEqual([
      { page: "index.html", url: "/b/nada/", reason: "no existe" },
      { page: "index.html", url: "/b/#falta", reason: "no hay ningún elemento con id «falta»" },
      { page: "index.html", url: "/b/no.png", reason: "no existe" },
      { page: "index.html", url: "/tema2/", reason: "fuera de la base /b/" },
    ]);
  });
});
