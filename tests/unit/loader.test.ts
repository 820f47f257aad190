import { createHash } from "node:crypto";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { courseLoader } from "../../src/core/build/loader.ts";
import { renderVersion } from "../../src/core/build/render-version.ts";
import { createBuildSession, sessionPlugin } from "../../src/core/session.ts";

const dir = mkdtempSync(join(tmpdir(), "aula-loader-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const lesson = (title: string) => `---\ntitle: ${title}\n---\n\n## ${title}\n\nTexto.\n`;
writeFileSync(join(dir, "curso.yaml"), "title: Curso\nunits:\n  - id: tema1\n    title: Tema 1\n");
mkdirSync(join(dir, "tema1"));
writeFileSync(join(dir, "tema1/01-uno.md"), lesson("Uno"));
writeFileSync(join(dir, "tema1/02-dos.md"), lesson("Dos"));

type Entry = { id: string; digest?: string; rendered?: { html: string; metadata?: { htmlFile?: string } } };
const entries = new Map<string, Entry>();
const rendered: string[] = [];
const store = {
  get: (id: string) => entries.get(id),
  set: (entry: Entry) => {
    if (entry.rendered) rendered.push(entry.id);
    entries.set(entry.id, entry);
    return true;
  },
  keys: () => [...entries.keys()],
  values: () => [...entries.values()],
  delete: (id: string) => entries.delete(id),
  clear: () => entries.clear(),
};
const cacheDir = join(dir, ".cache");
/** What a build under `base` hands the loader: its config, with the integration's session. */
const contextFor = (base: string) => ({
  config: {
    root: pathToFileURL(`${dir}/`),
    cacheDir: pathToFileURL(`${cacheDir}/`),
    vite: {
      plugins: [
        sessionPlugin(
          createBuildSession({
            site: `http://localhost${base}`,
            base,
            contentDir: dir,
            publicDir: join(dir, "public"),
          }),
        ),
      ],
    },
  },
  store,
  logger: { warn: () => {} },
  parseData: async ({ data }: { data: unknown }) => data,
  generateDigest: (text: string) => createHash("sha256").update(text).digest("hex"),
});
/** The HTML the page gets: the loader keeps it in a file of its own, the store only its path. */
const html = (id: string) => {
  const file = entries.get(id)?.rendered?.metadata?.htmlFile;
  return file ? readFileSync(file, "utf8") : "";
};
const load = async (base = "/") => {
  rendered.length = 0;
  await courseLoader().load(contextFor(base) as never);
  return [...rendered];
};

describe("course loader: only what changed is rendered again", () => {
  it("renders every lesson once, then only the edited one, and drops a deleted one", async () => {
    expect((await load()).sort()).toEqual(["tema1/dos", "tema1/uno"]);
    expect(await load()).toEqual([]);

    writeFileSync(join(dir, "tema1/02-dos.md"), lesson("Dos, revisada"));
    expect(await load()).toEqual(["tema1/dos"]);
    expect(html("tema1/dos")).toContain("Dos, revisada");
    expect(html("tema1/uno")).toContain("Uno");
    // The store stays small: the HTML is not in it.
    expect(entries.get("tema1/dos")?.rendered?.html).toBe("");

    unlinkSync(join(dir, "tema1/01-uno.md"));
    expect(await load()).toEqual([]);
    expect([...entries.keys()]).toEqual(["tema1/dos"]);
    // The deleted lesson's and the old version's HTML files are gone too.
    // One lesson left: its HTML and its slides' blocks.
    expect(
      readdirSync(join(cacheDir, "lesson-html"))
        .map((name) => name.replace(/^.*\./, ""))
        .sort(),
    ).toEqual(["html", "json"]);
  });

  it("renders a lesson again when its HTML file was deleted with the cache", async () => {
    rmSync(join(cacheDir, "lesson-html"), { recursive: true });
    expect(await load()).toEqual(["tema1/dos"]);
    expect(html("tema1/dos")).toContain("Dos, revisada");
  });

  it("still fails on a stored lesson's quiz error when the lesson did not change", async () => {
    writeFileSync(join(dir, "tema1/03-mal.md"), `${lesson("Mal")}\n{:.quiz}\n¿Cuál?\n- ( ) Uno\n- ( ) Dos\n`);
    await expect(load()).rejects.toThrow(/03-mal\.md:9:1 {2}error .*\[quiz\/no-correct-option\]/);
    await expect(load()).rejects.toThrow(/\[quiz\/no-correct-option\]/);
    expect(rendered).toEqual([]);
  });
});

describe("course loader: a change to how lessons render renders them all again", () => {
  const course = "title: Curso\nunits:\n  - id: tema1\n    title: Tema 1\n";
  const withLink = (title: string) => `${lesson(title)}\n[Dos]({{ site.baseurl }}/tema1/dos/)\n`;

  it("re-renders every lesson after the base path or curso.yaml's legacyBase changes, and only then", async () => {
    writeFileSync(join(dir, "curso.yaml"), course);
    // The previous test's broken lesson, mended (a deleted file's problems are the dev watcher's concern).
    writeFileSync(join(dir, "tema1/03-mal.md"), withLink("Mal"));
    writeFileSync(join(dir, "tema1/01-uno.md"), withLink("Uno"));
    writeFileSync(join(dir, "tema1/02-dos.md"), withLink("Dos"));
    try {
      await load("/");
      expect(await load("/")).toEqual([]);

      expect((await load("/otro/")).sort()).toEqual(["tema1/dos", "tema1/mal", "tema1/uno"]);
      expect(html("tema1/uno")).toContain('href="/otro/tema1/dos/"');
      expect(await load("/otro/")).toEqual([]);

      writeFileSync(join(dir, "curso.yaml"), `${course}legacyBase: /Viejo\n`);
      expect((await load("/otro/")).sort()).toEqual(["tema1/dos", "tema1/mal", "tema1/uno"]);
      expect(await load("/otro/")).toEqual([]);
    } finally {
      writeFileSync(join(dir, "curso.yaml"), course);
    }
  });
});

describe("render version: the key of the rendering code", () => {
  it("changes when a plugin source changes, and stays the same otherwise", () => {
    const root = mkdtempSync(join(tmpdir(), "aula-render-version-"));
    const src = join(root, "src/core");
    const engine = { root, version: "1.0.0" };
    try {
      mkdirSync(join(src, "markdown"), { recursive: true });
      writeFileSync(join(src, "markdown/plugin.ts"), "export const a = 1;\n");
      const first = renderVersion(engine);
      expect(renderVersion(engine)).toBe(first);
      writeFileSync(join(src, "markdown/plugin.ts"), "export const a = 2;\n");
      expect(renderVersion(engine)).not.toBe(first);
      mkdirSync(join(src, "diagrams"));
      const second = renderVersion(engine);
      writeFileSync(join(src, "diagrams/theme.css"), ".a{}\n");
      expect(renderVersion(engine)).not.toBe(second);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("course loader: a Jekyll post that repeats its title", () => {
  it("renders the body without the repeated `# Title`, and keeps a different first heading", async () => {
    writeFileSync(
      join(dir, "tema1/04-http.md"),
      "---\ntitle: El protocolo *HTTP*\n---\n\n# El protocolo HTTP\n\nTexto.\n\n## Peticiones\n",
    );
    writeFileSync(join(dir, "tema1/05-otra.md"), "---\ntitle: Otra\n---\n\n# Introducción\n\nTexto.\n");
    await load();
    const http = html("tema1/http");
    expect(http).not.toContain("El protocolo HTTP");
    expect(http).toMatch(/<h2 id="peticiones"[^>]*>Peticiones/);
    expect(entries.get("tema1/http")?.rendered?.metadata).toMatchObject({
      headings: [{ depth: 2, text: "Peticiones" }],
    });
    expect(html("tema1/otra")).toMatch(/>Introducción</);
  });
});
