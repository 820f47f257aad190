import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = resolve(import.meta.dirname, "../../src");

/** `core/markdown`, `site/components`, `exporters/print`, `cli`: the folder a file of the engine belongs to. */
function folderOf(path: string): string {
  const parts = relative(src, path).split("/");
  return parts.length > 2 ? parts.slice(0, 2).join("/") : (parts[0] ?? "");
}

/** Every import between two folders of `src/`, from the engine's TypeScript and Astro files. */
function folderImports(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => /\.(ts|astro)$/.test(f));
  for (const file of files) {
    const path = join(src, file);
    const from = folderOf(path);
    for (const m of readFileSync(path, "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
      const to = folderOf(resolve(dirname(path), m[1]!));
      if (to === from || to === "" || !to.includes("/")) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  return edges;
}

describe("the engine's layers", () => {
  const edges = folderImports();

  it("no two folders import each other", () => {
    const mutual = [...edges].flatMap(([from, tos]) =>
      [...tos].filter((to) => from < to && edges.get(to)?.has(from)).map((to) => `${from} ↔ ${to}`),
    );
    expect(mutual).toEqual([]);
  });

  it("the build-time core imports nothing from the site, the exporters or the CLI", () => {
    const upward = [...edges]
      .filter(([from]) => from.startsWith("core/"))
      .flatMap(([from, tos]) => [...tos].filter((to) => !to.startsWith("core/")).map((to) => `${from} → ${to}`));
    expect(upward).toEqual([]);
  });
});
