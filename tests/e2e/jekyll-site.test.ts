import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useBrowser } from "./support/browser.ts";
import { projectRoot, runBuild, serveSite } from "./support/site.ts";

const fixture = resolve(projectRoot, "tests/fixtures/jekyll-course");
/** curso.yaml's url is https://victorponz.github.io/Ciberseguridad-PePS/: with no BASE_PATH, its path is the base. */
const base = "/Ciberseguridad-PePS/";
const origin = "https://victorponz.github.io";

/** Old addresses of the fixture's lessons, from _config.yml's permalink, the dates and categories, and redirect_from. */
const oldAddresses: [old: string, lesson: string, title: string][] = [
  ["tema2/docker/2021/01/08/Docker.html", "tema2/docker/", "Docker"],
  ["docker/", "tema2/docker/", "Docker"],
  ["tema2/introducci%C3%B3n-a-docker/", "tema2/docker/", "Docker"],
  ["tema1/http/2022/01/10/HTTP.html", "tema1/http/", "El protocolo HTTP"],
  ["tema2/http/2022/01/20/Cabeceras.html", "tema2/cabeceras/", "Cabeceras"],
  ["tema2/http/2022/01/25/Servidores.html", "tema2/servidores/", "Servidores"],
  ["tema10/2022/03/01/Final.html", "tema10/final/", "Repaso final"],
];

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join("/"));
}

/** The redirect pages of a built site: every HTML file that refreshes to another address. */
function redirectFiles(dir: string): string[] {
  return filesBelow(dir)
    .filter((path) => path.endsWith(".html") && !path.startsWith("assets/"))
    .filter((path) => readFileSync(join(dir, path), "utf8").includes('http-equiv="refresh"'))
    .sort();
}

const env = {
  AULA_CONTENT_DIR: join(fixture, "content"),
  AULA_PUBLIC_DIR: join(fixture, "public"),
  // Unset, as on a teacher's machine: the base comes from curso.yaml's url. The print pages are built, not printed.
  BASE_PATH: "",
  SITE_URL: "",
  AULA_PDF: "pages",
};

describe("a Jekyll site built locally, with no BASE_PATH", () => {
  const outDir = mkdtempSync(join(tmpdir(), "aula-jekyll-site-"));
  const build = runBuild({ ...env, AULA_OUT_DIR: outDir });
  const { newPage } = useBrowser();
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    site = await serveSite(outDir, base);
  });
  afterAll(async () => {
    await site?.close();
  });

  it("writes canonical links, the sitemap, robots.txt and the print pages' web address under the url's path", () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toContain("course/base-path");
    expect(readFileSync(join(outDir, "tema2/docker/index.html"), "utf8")).toContain(
      `<link rel="canonical" href="${origin}${base}tema2/docker/">`,
    );
    const sitemap = readFileSync(join(outDir, "sitemap-0.xml"), "utf8");
    expect(sitemap).toContain(`<loc>${origin}${base}tema2/docker/</loc>`);
    expect(sitemap.match(/<loc>[^<]*<\/loc>/g)?.every((loc) => loc.startsWith(`<loc>${origin}${base}`))).toBe(true);
    expect(readFileSync(join(outDir, "robots.txt"), "utf8")).toContain(`Sitemap: ${origin}${base}sitemap-index.xml`);
    // The PDF covers («Versión web») are printed from the one print page of covers and contents.
    expect(readFileSync(join(outDir, "imprimir/index.html"), "utf8")).toContain(`${origin}${base}tema2/docker/`);
  });

  it("lands on the lesson from every old Jekyll address", async () => {
    const page = await newPage();
    for (const [old, lesson, title] of oldAddresses) {
      const response = await page.goto(`${site.url}${old}`);
      expect(response?.status(), old).toBe(200);
      await page.waitForURL(`${site.url}${lesson}`);
      await expect(page.locator("h1").textContent(), old).resolves.toBe(title);
    }
    // And any other redirect page the fixture's lessons gave: each leads to a lesson page.
    for (const file of redirectFiles(outDir)) {
      const address = `${base}${file.replace(/index\.html$/, "")}`;
      await page.goto(`${site.url}${encodeURI(file.replace(/index\.html$/, ""))}`);
      await page.waitForURL((url) => decodeURI(url.pathname) !== address);
      await expect(page.locator("article h1").count(), file).resolves.toBe(1);
    }
  });

  it("keeps redirect pages out of the sitemap and search, with noindex, a canonical link and a visible link", () => {
    const files = redirectFiles(outDir);
    expect(files).toEqual(
      expect.arrayContaining(oldAddresses.map(([old]) => decodeURI(old).replace(/\/$/, "/index.html"))),
    );
    const sitemap = readFileSync(join(outDir, "sitemap-0.xml"), "utf8");
    const searched = readdirSync(join(outDir, "pagefind/fragment")).map(
      (name) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(join(outDir, "pagefind/fragment", name)))
              .subarray(12)
              .toString(),
          ) as {
            url: string;
          }
        ).url,
    );
    expect(searched).toContain("/tema2/docker/");
    for (const file of files) {
      const html = readFileSync(join(outDir, file), "utf8");
      const address = file.replace(/index\.html$/, "");
      expect(sitemap, file).not.toContain(`<loc>${origin}${base}${address}</loc>`);
      expect(searched.includes(`/${address}`), file).toBe(false);
      expect(html, file).toContain('<meta name="robots" content="noindex">');
      expect(html, file).toMatch(new RegExp(`<link rel="canonical" href="${origin}${base}[^"]+/">`));
      expect(html, file).toMatch(
        /<p>Esta lección tiene una dirección nueva: <a href="\/Ciberseguridad-PePS\/[^"]+\/">/,
      );
    }
  });

  it("writes the same redirect pages, byte for byte, on the next build", () => {
    const again = mkdtempSync(join(tmpdir(), "aula-jekyll-site-"));
    const second = runBuild({ ...env, AULA_OUT_DIR: again });
    expect(second.status, second.output).toBe(0);
    const files = redirectFiles(outDir);
    expect(redirectFiles(again)).toEqual(files);
    for (const file of files)
      expect(readFileSync(join(again, file)).equals(readFileSync(join(outDir, file))), file).toBe(true);
  });

  it("numbers the lines of the blocks Jekyll numbered (_config.yml), beside the code, and not the one that opts out", async () => {
    const page = await newPage();
    await page.goto(`${site.url}tema2/docker/`);
    const gutters = await page.locator("figure.code-block pre").evaluateAll((blocks) =>
      blocks.map((pre) => {
        const lines = [...pre.querySelectorAll<HTMLElement>(".line")];
        const first = lines[0]?.firstElementChild;
        const last = lines.at(-1);
        return {
          numbers: lines.map((line) => getComputedStyle(line, "::before").content),
          // The code starts after the gutter: its first glyph is to the right of the line's start.
          indent: (first?.getBoundingClientRect().left ?? 0) - (lines[0]?.getBoundingClientRect().left ?? 0),
          lastIndent:
            (last?.firstElementChild?.getBoundingClientRect().left ?? 0) - (last?.getBoundingClientRect().left ?? 0),
        };
      }),
    );
    expect(gutters).toHaveLength(2);
    const [numbered, plain] = gutters;
    expect(numbered?.numbers).toHaveLength(11);
    expect(new Set(numbered?.numbers)).toEqual(new Set(["counter(line)"]));
    // Two-digit numbers for 11 lines: every line's code starts at the same column, after the gutter.
    expect(numbered?.indent).toBeGreaterThan(20);
    expect(numbered?.lastIndent).toBeCloseTo(numbered?.indent ?? 0, 0);
    expect(plain?.numbers).toEqual(["none"]);
    expect(plain?.indent).toBe(0);
  });

  it("copies the code of a numbered block without its numbers, by button or by selection", async () => {
    const page = await newPage({ permissions: ["clipboard-read", "clipboard-write"] });
    await page.goto(`${site.url}tema2/docker/`);
    const block = page.locator("figure.code-block--numbered");
    await block.getByRole("button", { name: "Copiar el código al portapapeles" }).click();
    await block
      .getByRole("button", { name: "Copiar el código al portapapeles" })
      .filter({ hasText: "Copiado" })
      .waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split("\n")).toHaveLength(11);
    expect(copied.startsWith("FROM nginx:1.25-alpine\nLABEL")).toBe(true);
    expect(copied).not.toMatch(/^\s*\d/m);
    const selected = await block.locator("pre").evaluate((pre) => {
      const range = document.createRange();
      range.selectNodeContents(pre);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? "";
    });
    expect(selected.trim()).toBe(copied);
  });

  it("prints the numbers in the print page, in a gutter before the code", async () => {
    const page = await newPage();
    await page.goto(`${site.url}imprimir/tema2/docker/`);
    await page.emulateMedia({ media: "print" });
    const printed = await page.locator("figure.code-block--numbered .line").evaluateAll((lines) =>
      lines.map((line) => ({
        number: getComputedStyle(line, "::before").content,
        width: parseFloat(getComputedStyle(line, "::before").width),
        indent: (line.firstElementChild?.getBoundingClientRect().left ?? 0) - line.getBoundingClientRect().left,
      })),
    );
    expect(printed).toHaveLength(11);
    for (const line of printed) {
      expect(line.number).toBe("counter(line)");
      expect(line.width).toBeGreaterThan(8);
      expect(line.indent).toBeGreaterThan(line.width);
    }
  });
});
