import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const markdown = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "template" || name === "_public" ? [] : markdown(path);
    return name.endsWith(".md") ? [path] : [];
  });
/** The manual and the contributor notes: what a reader follows to a file. */
const documents = [
  join(root, "README.md"),
  join(root, "CONTRIBUTING.md"),
  ...markdown(join(root, "docs")),
  ...markdown(join(root, "src")),
];
const repoPath = /`((?:src|scripts|tests|bin|docs|\.github|\.ci)\/[^`\s]*)`/g;

describe("the README, CONTRIBUTING.md, the guide and the area notes", () => {
  it("name only files and folders that exist (a path that moved is a stale claim)", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of documents)
      for (const [, path = ""] of readFileSync(file, "utf8").matchAll(repoPath)) {
        // Patterns and placeholders (`src/core/quiz/types/<tipo>/`, `tests/.dist/…`) name no one file.
        if (/[<>…*]|\.dist/.test(path)) continue;
        checked++;
        const clean = path.replace(/[#:].*$/, "");
        if (!existsSync(join(root, clean)) && !existsSync(join(dirname(file), clean)))
          missing.push(`${relative(root, file)}: ${path}`);
      }
    expect(checked).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it("keep the README short: what aula is, the commands and where to read on", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(6 * 1024);
    for (const link of ["docs/index.md", "CONTRIBUTING.md", "docs/_public/capturas/leccion.png"]) {
      expect(readme).toContain(`(${link})`);
      expect(existsSync(join(root, link))).toBe(true);
    }
    expect(readme).toContain("npx aula init mi-curso");
  });
});
