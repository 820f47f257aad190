import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { courseLoader } from "../../src/core/build/loader.ts";
import { createBuildSession, sessionPlugin } from "../../src/core/session.ts";

// A course with a home introduction, a unit introduction and a standalone page, as a Jekyll course brings them.
const dir = mkdtempSync(join(tmpdir(), "aula-pages-loader-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, "curso.yaml"), "title: Curso\nunits:\n  - id: tema1\n    title: Tema 1\n");
mkdirSync(join(dir, "tema1"));
writeFileSync(join(dir, "tema1/01-uno.md"), "---\ntitle: Uno\n---\nTexto.\n");
writeFileSync(join(dir, "index.md"), "---\nlayout: home\n---\n# Curso\n\nBienvenidos.\n");
writeFileSync(join(dir, "tema1/index.md"), "Empezamos por **HTTP**.\n");
writeFileSync(join(dir, "acerca-de.md"), "---\nnav: header\n---\n# Acerca de\n\nQuién escribe.\n");

type Entry = { id: string; data?: Record<string, unknown>; rendered?: { html: string } };
const entries = new Map<string, Entry>();
const warnings: string[] = [];
const context = {
  config: {
    root: pathToFileURL(`${dir}/`),
    cacheDir: pathToFileURL(`${dir}/.cache/`),
    vite: {
      plugins: [
        sessionPlugin(createBuildSession({ site: "http://localhost/", base: "/", contentDir: dir, publicDir: dir })),
      ],
    },
  },
  store: {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => (entries.set(entry.id, entry), true),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    delete: (id: string) => entries.delete(id),
    clear: () => entries.clear(),
  },
  logger: { warn: (line: string) => warnings.push(line) },
  parseData: async ({ data }: { data: unknown }) => data,
  generateDigest: (text: string) => createHash("sha256").update(text).digest("hex"),
};
const load = () => courseLoader().load(context as never);

describe("the loader reads pages that are not lessons", () => {
  it("stores them beside the lessons, each with its kind, title and no repeated # title", async () => {
    await load();
    expect([...entries.keys()].sort()).toEqual([":home", ":page/acerca-de", ":unit/tema1", "tema1/uno"]);
    expect(entries.get("tema1/uno")?.data).toMatchObject({ kind: "lesson", unit: "tema1" });
    expect(entries.get(":home")?.data).toMatchObject({ kind: "home", title: "Curso" });
    expect(entries.get(":unit/tema1")?.data).toMatchObject({ kind: "unit", unit: "tema1", title: "Tema 1" });
    expect(entries.get(":page/acerca-de")?.data).toMatchObject({
      kind: "page",
      slug: "acerca-de",
      title: "Acerca de",
      nav: "header",
    });
    expect(warnings).toEqual([]);
  });

  it("says once that _data/navigation.yml is not read, and how to link a page", async () => {
    mkdirSync(join(dir, "_data"));
    writeFileSync(join(dir, "_data/navigation.yml"), "main:\n  - title: Acerca de\n    url: /acerca-de/\n");
    await load();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /_data\/navigation\.yml {2}aviso {2}Este archivo de Jekyll no se usa.*nav: header.*\[jekyll\/navigation\]/,
    );
  });

  it("stops the build when a standalone page would take a unit's address", async () => {
    writeFileSync(join(dir, "tema1.md"), "# Tema uno\n");
    await expect(load()).rejects.toThrow(
      /tema1\.md:1 {2}error {2}La página tendría la dirección «\/tema1\/», que es la de la unidad «tema1».*\[page\/address-taken\]/,
    );
    unlinkSync(join(dir, "tema1.md"));
  });
});
