import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLinks } from "../../scripts/links/check.ts";
import { useBrowser } from "./support/browser.ts";
import { projectRoot, runBuild, serveSite } from "./support/site.ts";

const fixture = resolve(projectRoot, "tests/fixtures/jekyll-course");
/** The course moves to a new repository: its old links say /Ciberseguridad-PePS/. */
const base = "/ciberseguridad/";
const lessons = ["tema1/http/", "tema2/cabeceras/", "tema2/servidores/", "tema10/final/"];
const remoteUrl = "https://home.cern/sites/default/files/2018-03/server-room.jpg";

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join("/"));
}

/** Every warning line the build printed about a lesson, without the logger's prefix. */
function lessonWarnings(output: string): string[] {
  return (
    output
      .split("\n")
      // Astro colours its log when CI is set, even into a pipe.
      .map((line) => line.replace(/\x1b\[[0-9;]*m/g, "").replace(/^.*?\[aula-course\] /, ""))
      .filter((line) => /^tests\/fixtures\/jekyll-course\/content\/\S+\.md:\d+(:\d+)? {2}aviso /.test(line))
  );
}

/** Broken links, but for the «Descargar PDF» links that AULA_PDF=off leaves without a target on purpose. */
function brokenLinks(outDir: string) {
  return checkLinks(outDir, base).filter(
    (link) => !(link.reason === "no existe" && link.url.startsWith(`${base}pdf/`)),
  );
}

async function pageProblems(page: Page) {
  return page.evaluate(() => ({
    brokenImages: [...document.images].filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.src),
    images: document.images.length,
    text: document.querySelector("main")?.textContent ?? "",
  }));
}

describe("a whole Jekyll course, copied in unedited", () => {
  const outDir = mkdtempSync(join(tmpdir(), "aula-jekyll-course-"));
  const build = runBuild({
    AULA_CONTENT_DIR: join(fixture, "content"),
    AULA_PUBLIC_DIR: join(fixture, "public"),
    AULA_OUT_DIR: outDir,
    BASE_PATH: base,
    SITE_URL: "",
  });
  const { newPage } = useBrowser();
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    site = await serveSite(outDir, base);
  });
  afterAll(async () => {
    await site?.close();
  });

  it("builds with no config edits and one warning line, with file:line, per thing not carried over", () => {
    expect(build.status, build.output).toBe(0);
    const warnings = lessonWarnings(build.output);
    const expected = [
      /^tests\/fixtures\/jekyll-course\/content\/tema2\/2022-01-20-Cabeceras\.md:10:1 {2}aviso {2}2 imágenes tienen como texto alternativo el nombre de archivo/,
      /^tests\/fixtures\/jekyll-course\/content\/tema2\/2022-01-20-Cabeceras\.md:20:1 {2}aviso {2}La imagen «\/Ciberseguridad-PePS\/assets\/img\/tema2\/no-existe\.png» no existe/,
      /^tests\/fixtures\/jekyll-course\/content\/tema2\/2022-01-25-Servidores\.md:8:1 {2}aviso {2}La imagen remota «https:\/\/home\.cern\/[^»]+» no tiene copia local/,
      /^tests\/fixtures\/jekyll-course\/content\/tema2\/2022-01-25-Servidores\.md:16:1 {2}aviso {2}El contenido incrustado «https:\/\/maps\.example\.com\/embed\?x=1» no se carga/,
    ];
    expect(warnings).toHaveLength(expected.length);
    for (const pattern of expected)
      expect(
        warnings.filter((line) => pattern.test(line)),
        String(pattern),
      ).toHaveLength(1);
    for (const unit of ["tema2", "tema10"])
      expect(build.output).toContain(`jekyll-course/content/curso.yaml  aviso  La unidad «${unit}» no está en «units»`);
    // Below the route lines, the last line counts the warnings printed above them.
    expect(build.output.trimEnd().split("\n").at(-1)).toMatch(
      /^\d+ avisos? en \d+ (archivos?|lecciones?), más arriba con su archivo y su línea$/,
    );
  });

  it("shows kramdown's bold where CommonMark refuses it: no raw ** in the page text", async () => {
    const page = await newPage();
    await page.goto(`${site.url}tema2/permisos/`);
    const prose = await page.evaluate(() => {
      const main = document.querySelector("main")!.cloneNode(true) as HTMLElement;
      for (const code of main.querySelectorAll("pre, code")) code.remove();
      return main.textContent ?? "";
    });
    expect(prose).toContain("Uso de plantillas totalmente personalizables.Tanto");
    expect(prose).not.toContain("**");
    await expect(page.locator("main strong").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["Uso de plantillas totalmente personalizables.", "---"]),
    );
  });

  it("orders the units curso.yaml does not list after the listed one, by id", () => {
    const home = readFileSync(join(outDir, "index.html"), "utf8");
    const at = (path: string) => home.indexOf(`href="${base}${path}"`);
    expect(lessons.map(at).every((index) => index > -1)).toBe(true);
    expect([...lessons.map(at)]).toEqual([...lessons.map(at)].sort((a, b) => a - b));
    expect(home).toContain("Tema 10");
  });

  it("shows every image it carried over, and prints no Markdown or HTML as text", async () => {
    const page = await newPage();
    let images = 0;
    for (const path of lessons) {
      await page.goto(`${site.url}${path}`, { waitUntil: "load" });
      const { brokenImages, images: count, text } = await pageProblems(page);
      images += count;
      expect(brokenImages, path).toEqual([]);
      for (const raw of ["![", "](", "<img", "<iframe", "{{", "{%", "[capa]"])
        expect(text, `${path}: ${raw}`).not.toContain(raw);
    }
    expect(images).toBe(6);
    await page.goto(`${site.url}tema2/servidores/`);
    const original = page.getByRole("link", { name: /Ver la imagen original/ });
    await expect(original.getAttribute("href")).resolves.toBe(remoteUrl);
    await expect(original.getAttribute("target")).resolves.toBe("_blank");
  });

  it("keeps one # heading as a section and drops the one repeating the title", async () => {
    const page = await newPage();
    await page.goto(`${site.url}tema1/http/`);
    await expect(page.locator("h1").allTextContents()).resolves.toEqual(["El protocolo HTTP"]);
    const toc = await page.locator(".toc-column nav a, .toc-inline nav a").allTextContents();
    expect(toc).toContain("Respuestas");
    // The repeated title is gone from the body, not only demoted: no section and no «En esta página» entry.
    expect(toc).not.toContain("El protocolo HTTP");
    await expect(page.locator("article h2", { hasText: /^El protocolo HTTP$/ }).count()).resolves.toBe(0);
  });

  it("has 0 broken links, no localhost, and the teacher's public files byte for byte", () => {
    expect(brokenLinks(outDir)).toEqual([]);
    const withLocalhost = filesBelow(outDir).filter((path) => readFileSync(join(outDir, path)).includes("localhost"));
    expect(withLocalhost).toEqual([]);
    for (const path of filesBelow(join(fixture, "public"))) {
      expect(readFileSync(join(outDir, path)).equals(readFileSync(join(fixture, "public", path))), path).toBe(true);
    }
    expect(readFileSync(join(outDir, "robots.txt"), "utf8")).toContain(
      "Sitemap: https://victorponz.github.io/ciberseguridad/sitemap-index.xml",
    );
    const sitemap = readFileSync(join(outDir, "sitemap-0.xml"), "utf8");
    expect(sitemap).toContain("<loc>https://victorponz.github.io/ciberseguridad/tema10/final/</loc>");
    expect(sitemap).not.toMatch(/ciberseguridad\/ciberseguridad|imprimir|progreso/);
    expect(readFileSync(join(outDir, "tema1/http/index.html"), "utf8")).toContain(
      '<link rel="canonical" href="https://victorponz.github.io/ciberseguridad/tema1/http/">',
    );
  });

  it("loads the video player only after the click, and nothing from another host before", async () => {
    const page = await newPage();
    const foreign: string[] = [];
    const refused: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith("http://127.0.0.1")) foreign.push(request.url());
    });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.route("https://www.youtube-nocookie.com/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>player</title><p>reproductor</p>" }),
    );
    await page.goto(`${site.url}tema2/servidores/`, { waitUntil: "load" });
    await expect(page.locator("figure.video .video__title").textContent()).resolves.toBe("Cómo funciona HTTPS");
    expect(foreign).toEqual([]);
    await page.getByRole("button", { name: "Ver el vídeo" }).click();
    const frame = page.frameLocator("figure.video iframe");
    await expect(frame.locator("p").textContent()).resolves.toBe("reproductor");
    expect(foreign).toEqual(["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"]);
    expect(refused).toEqual([]);
  });

  it("without JavaScript the video is a link with its address printed", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}tema2/servidores/`);
    await expect(page.getByRole("button", { name: "Ver el vídeo" }).isVisible()).resolves.toBe(false);
    const link = page.getByRole("link", { name: /Verlo en YouTube/ });
    await expect(link.textContent()).resolves.toContain("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  });
});

describe("remote images, downloaded once", () => {
  let server: Server;
  let origin = "";
  const jpeg = readFileSync(join(fixture, "public/assets/img/tema2/zoom.png"));
  beforeAll(async () => {
    server = createServer((_request, response) => response.writeHead(200, { "content-type": "image/png" }).end(jpeg));
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const address = server.address();
    origin = typeof address === "object" && address ? `http://127.0.0.1:${address.port}` : "";
  });
  afterAll(() => {
    server.close();
  });

  it("images:download makes the figure local, and a rebuild shows it with no warning", async () => {
    const course = mkdtempSync(join(tmpdir(), "aula-remote-course-"));
    cpSync(fixture, course, { recursive: true });
    const lesson = join(course, "content/tema2/2022-01-25-Servidores.md");
    const imageUrl = `${origin}/server-room.png`;
    writeFileSync(lesson, readFileSync(lesson, "utf8").replace(remoteUrl, imageUrl));
    const env = { ...process.env, AULA_CONTENT_DIR: join(course, "content"), AULA_PUBLIC_DIR: join(course, "public") };
    const download = await new Promise<{ code: number | null; output: string }>((done) => {
      const child = spawn("npm", ["run", "--silent", "images:download"], { cwd: projectRoot, env });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      child.on("close", (code) => done({ code, output }));
    });
    expect(download.code, download.output).toBe(0);
    expect(download.output).toContain(
      "Imágenes remotas: 1 descargadas en public/assets/remote/, 0 ya estaban, 0 sin descargar",
    );
    const before = readFileSync(lesson, "utf8");

    const outDir = join(course, "dist");
    const build = runBuild({
      AULA_CONTENT_DIR: env.AULA_CONTENT_DIR,
      AULA_PUBLIC_DIR: env.AULA_PUBLIC_DIR,
      AULA_OUT_DIR: outDir,
      BASE_PATH: base,
    });
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toContain("image/remote");
    expect(readFileSync(lesson, "utf8")).toBe(before);
    const html = readFileSync(join(outDir, "tema2/servidores/index.html"), "utf8");
    expect(html).toMatch(
      new RegExp(`<img src="${base}assets/remote/[0-9a-f]{16}\\.png" alt="Figure 1\\.3 – A server room at CERN">`),
    );
    expect(html).not.toContain(origin);
    expect(brokenLinks(outDir)).toEqual([]);
    rmSync(course, { recursive: true, force: true });
  });
});
