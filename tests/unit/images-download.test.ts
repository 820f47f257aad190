import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as imagesCommand } from "../../src/cli/commands/images.ts";
import { formatProblem as formatDiagnostic } from "../../src/core/problems/format.ts";
import { remoteImagesInLesson } from "../../src/core/images/collect.ts";
import { downloadRemoteImages } from "../../src/core/images/download.ts";
import { readManifest, remoteDir, remoteFileName } from "../../src/core/markdown/remote-images.ts";
import { fixturesDir } from "./support/markdown.ts";

const png = readFileSync(resolve(fixturesDir, "jekyll-course/public/assets/img/tema2/zoom.png"));

let server: Server;
let origin = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/sala.png") return void response.writeHead(200, { "content-type": "image/png" }).end(png);
    if (request.url === "/vieja.png") return void response.writeHead(301, { location: "/sala.png" }).end();
    if (request.url === "/pagina")
      return void response.writeHead(200, { "content-type": "text/html" }).end("<p>hola</p>");
    if (request.url === "/lenta.png") return; // never answers
    if (request.url === "/cortada.png") {
      response.writeHead(200, { "content-type": "image/png", "content-length": String(png.byteLength * 4) });
      response.write(png.subarray(0, 10));
      return void setTimeout(() => response.destroy(), 20);
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  origin = typeof address === "object" && address ? `http://127.0.0.1:${address.port}` : "";
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("finding the remote images of a lesson", () => {
  it("reads Markdown, reference and raw HTML images, with their lines, and leaves local ones", () => {
    const body = [
      "![a](https://a.example/1.png)",
      "![b][ref]",
      '<img src="//b.example/2.jpg" srcset="https://b.example/3.jpg 2x"> ![local](/assets/x.png)',
      "",
      "[ref]: https://a.example/4.png",
      "",
    ].join("\n");
    expect(remoteImagesInLesson(body, "a.md").map((u) => [u.url, u.line])).toEqual([
      ["https://a.example/1.png", 1],
      ["https://a.example/4.png", 2],
      ["//b.example/2.jpg", 3],
      ["https://b.example/3.jpg", 3],
    ]);
  });
});

describe("images:download against a local server", () => {
  it("keeps the good ones, and says in one line why each other one was not kept, writing nothing half", async () => {
    const publicDir = mkdtempSync(join(tmpdir(), "aula-download-"));
    const uses = ["/sala.png", "/vieja.png", "/falta.png", "/pagina", "/lenta.png", "/cortada.png"].map(
      (path, index) => ({
        url: `${origin}${path}`,
        file: "content/tema2/a.md",
        line: index + 1,
      }),
    );
    const report = await downloadRemoteImages(uses, {
      publicDir,
      timeoutMs: 500,
      now: () => new Date("2026-01-02T03:04:05Z"),
    });
    const lines = report.problems.map(formatDiagnostic);
    expect(lines).toEqual([
      expect.stringMatching(
        /^content\/tema2\/a\.md:2 {2}aviso {2}«http:\/\/127\.0\.0\.1:\d+\/vieja\.png» redirige a «http:\/\/127\.0\.0\.1:\d+\/sala\.png»/,
      ),
      expect.stringMatching(
        /^content\/tema2\/a\.md:3 {2}aviso {2}No se pudo descargar «[^»]+\/falta\.png»: el servidor respondió 404/,
      ),
      expect.stringMatching(
        /^content\/tema2\/a\.md:4 {2}aviso {2}No se pudo descargar «[^»]+\/pagina»: no es una imagen \(el servidor dice «text\/html»\)/,
      ),
      expect.stringMatching(
        /^content\/tema2\/a\.md:5 {2}aviso {2}No se pudo descargar «[^»]+\/lenta\.png»: el servidor no respondió en 0\.5 s/,
      ),
      expect.stringMatching(
        /^content\/tema2\/a\.md:6 {2}aviso {2}No se pudo descargar «[^»]+\/cortada\.png»: la conexión se cortó a medias/,
      ),
    ]);

    const dir = join(publicDir, remoteDir);
    const files = readdirSync(dir).sort();
    const good = remoteFileName(`${origin}/sala.png`, "png");
    const redirected = remoteFileName(`${origin}/vieja.png`, "png");
    expect(files).toEqual(["manifest.json", good, redirected].sort());
    expect(readFileSync(join(dir, good)).equals(png)).toBe(true);
    expect(readManifest(publicDir).images).toEqual([
      { url: `${origin}/sala.png`, file: good, bytes: png.byteLength, downloadedAt: "2026-01-02T03:04:05.000Z" },
      { url: `${origin}/vieja.png`, file: redirected, bytes: png.byteLength, downloadedAt: "2026-01-02T03:04:05.000Z" },
    ]);

    expect(report.failed).toBe(4);
    expect(report.offline).toBeUndefined();

    const again = await downloadRemoteImages(uses.slice(0, 2), { publicDir, timeoutMs: 500 });
    expect(again).toMatchObject({ downloaded: [], kept: 2, problems: [] });
    expect(existsSync(join(dir, "manifest.json"))).toBe(true);
  });
});

describe("images:download with no connection", () => {
  it("says once that the machine seems offline, and exits 0", async () => {
    const publicDir = mkdtempSync(join(tmpdir(), "aula-offline-"));
    const out: string[] = [];
    const code = await imagesCommand({
      argv: [],
      cwd: resolve(fixturesDir, ".."),
      env: {
        AULA_CONTENT_DIR: resolve(fixturesDir, "offline-images/content"),
        AULA_PUBLIC_DIR: publicDir,
        AULA_IMAGES_TIMEOUT_MS: "5000",
      },
      stdout: (line) => out.push(line),
      stderr: (line) => out.push(line),
    });
    expect(code).toBe(0);
    expect(out).toEqual([
      expect.stringMatching(
        /^Parece que no hay conexión: ninguna de las 2 imágenes se pudo descargar \((ENOTFOUND|EAI_AGAIN)\)\. Conéctate y vuelve a ejecutar «npm run images:download»\.$/,
      ),
      "Imágenes remotas: 0 descargadas en public/assets/remote/, 0 ya estaban, 2 sin descargar",
    ]);
  });

  it("lists each failure when only some fail, or when one server is down", async () => {
    const publicDir = mkdtempSync(join(tmpdir(), "aula-offline-"));
    const one = await downloadRemoteImages([{ url: "https://una.aula.invalid/a.png", file: "a.md", line: 1 }], {
      publicDir,
    });
    expect(one.offline).toBeUndefined();
    expect(one.problems.map((p) => p.severity)).toEqual(["warning"]);
    const mixed = await downloadRemoteImages(
      [
        { url: `${origin}/falta.png`, file: "a.md", line: 1 },
        { url: "https://una.aula.invalid/a.png", file: "a.md", line: 2 },
      ],
      { publicDir, timeoutMs: 500 },
    );
    expect(mixed.offline).toBeUndefined();
    expect(mixed.failed).toBe(2);
  });
});
