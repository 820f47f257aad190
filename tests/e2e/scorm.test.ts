import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { unzipSync } from "fflate";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { Frame, Page } from "playwright-core";
import { visit } from "unist-util-visit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manifestPath, readManifest } from "../../src/core/manifest/file.ts";
import { exportScorm } from "../../src/exporters/scorm/export.ts";
import { suspendLimit } from "../../src/exporters/scorm/suspend.ts";
import { useBrowser } from "./support/browser.ts";
import { startPlayer } from "./support/scorm-player.ts";
import { projectRoot, runBuild, runScript, testBase, testSiteUrl } from "./support/site.ts";

const fixture = resolve(projectRoot, "tests/fixtures/scorm-course");
/** A teacher's public/: the files one lesson uses, and an old site's PDF, CSS, JS and slides that no lesson does. */
const publicDir = resolve(projectRoot, "tests/fixtures/scorm-public");
const distDir = resolve(projectRoot, "tests/.dist/scorm");
const dir = mkdtempSync(join(tmpdir(), "aula-scorm-test-"));
const zip12 = join(dir, "curso-scorm12.zip");
const zip2004 = join(dir, "curso-scorm2004.zip");
// The PDFs are printed (AULA_PDF unset): the package must carry them.
const env = {
  BASE_PATH: testBase,
  SITE_URL: testSiteUrl,
  AULA_OUT_DIR: distDir,
  AULA_CONTENT_DIR: fixture,
  AULA_PUBLIC_DIR: publicDir,
  AULA_PDF: "",
};
type Player = Awaited<ReturnType<typeof startPlayer>>;
let player: Player;
let player2004: Player;
let manifest = "";
let manifest2004 = "";
const exported: Record<"1.2" | "2004", string> = { "1.2": "", "2004": "" };
const cacheDir = resolve(projectRoot, ".aula");
/** The cache folder's entries, two levels down (`.aula/astro/<output folder>`). */
const cacheEntries = () =>
  existsSync(cacheDir)
    ? readdirSync(cacheDir).flatMap((name) => {
        const sub = join(cacheDir, name);
        return [name, ...(name === "cache" ? [] : readdirSync(sub).map((child) => `${name}/${child}`))];
      })
    : [];
let cacheBefore: string[] = [];
let cacheAfter: string[] = [];
const { newPage } = useBrowser();

beforeAll(async () => {
  const build = runBuild(env);
  if (build.status !== 0) throw new Error(`La compilación falló:\n${build.output}`);
  cacheBefore = cacheEntries();
  // As a teacher runs it: `npm run export:scorm`, then `npm run export:scorm -- --scorm 2004`.
  const run12 = runScript("export:scorm", [], { ...env, AULA_SCORM_ZIP: zip12 });
  const run2004 = runScript("export:scorm", ["--scorm", "2004"], { ...env, AULA_SCORM_ZIP: zip2004 });
  cacheAfter = cacheEntries();
  for (const [version, run] of [["1.2", run12] as const, ["2004", run2004] as const]) {
    if (run.status !== 0) throw new Error(`La exportación SCORM ${version} falló:\n${run.output}`);
    exported[version] = run.output;
  }
  player = await startPlayer(zip12);
  player2004 = await startPlayer(zip2004, "2004");
  manifest = new TextDecoder().decode(player.files.get("imsmanifest.xml"));
  manifest2004 = new TextDecoder().decode(player2004.files.get("imsmanifest.xml"));
}, 900_000);
afterAll(async () => {
  for (const p of [player, player2004]) {
    const server = p?.server as Server | undefined;
    // A browser's keep-alive connection would hold close() open until the hook times out.
    server?.closeAllConnections();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  }
  rmSync(dir, { recursive: true, force: true });
});

type Call = [string, string];
/** The SCO's frame, once its quizzes are ready. */
async function launch(page: Page, href: string, saved?: string, on: Player = player): Promise<Frame> {
  await page.goto(`${on.url}/player.html`);
  const mastery =
    on === player
      ? /<adlcp:masteryscore>(\d+)</.exec(manifest)?.[1]
      : /<imsss:minNormalizedMeasure>([\d.]+)</.exec(manifest2004)?.[1];
  await page.evaluate(([h, s, m]) => (window as any).launch(h, s, m), [href, saved, mastery] as const);
  const frame = page.frameLocator("#sco");
  // The island marks itself ready once it has read storage (a quiz answered right shows no buttons at all).
  await frame.locator("aula-quiz[data-ready]").first().waitFor({ state: "attached" });
  return page.frames().find((f) => f.url().includes(href))!;
}
const calls = (page: Page) => page.evaluate(() => (window as any).calls as Call[]);
const last = (list: Call[], element: string) => list.filter(([e]) => e === element).at(-1)?.[1];
const apiValue = (page: Page, element: string) =>
  page.evaluate((e) => (window as any).API.LMSGetValue(e) as string, element);
const apiValue2004 = (page: Page, element: string) =>
  page.evaluate((e) => (window as any).API_1484_11.GetValue(e) as string, element);

/** `href`/`src` values of a manifest, as the files they name. */
const manifestFiles = (xml: string) => [...xml.matchAll(/\shref="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));

/** Every `href` and `src` of every page of a package that names neither a file in it nor another site. */
function unresolved(files: Map<string, Uint8Array>): string[] {
  const bad: string[] = [];
  for (const [path, bytes] of files) {
    if (!path.endsWith(".html")) continue;
    const tree = fromHtml(new TextDecoder().decode(bytes));
    visit(tree, "element", (node: Element) => {
      for (const name of ["href", "src"]) {
        const value = node.properties[name];
        if (typeof value !== "string" || value.startsWith("#")) continue;
        if (/^(https?:|mailto:|data:)/i.test(value)) continue;
        const target = decodeURIComponent(new URL(value, `http://paquete/${path}`).pathname.slice(1));
        if (value.startsWith("/") || !files.has(target)) bad.push(`${path}: ${name}="${value}"`);
      }
    });
  }
  return bad;
}

describe("SCORM packages from the built site", () => {
  it("link every page's href and src to a file in the zip or to another site, in 1.2 and 2004", () => {
    for (const p of [player, player2004]) {
      expect([...p.files.keys()].filter((f) => f.endsWith(".html")).length).toBeGreaterThan(5);
      expect(unresolved(p.files)).toEqual([]);
    }
  });

  it("carry no service worker, web app manifest or offline copy of the public site", () => {
    for (const p of [player, player2004]) {
      const names = [...p.files.keys()];
      expect(names.filter((f) => /^(sw|sw-actualizar)\.js$|webmanifest|^sin-conexion|^icono-/.test(f))).toEqual([]);
      const pages = names.filter((f) => f.endsWith(".html"));
      for (const page of pages)
        expect(new TextDecoder().decode(p.files.get(page)), page).not.toContain('rel="manifest"');
    }
  });

  it("carry the course's PDFs and the files its lessons use, and none of the other files of public/", () => {
    for (const [version, p] of [["1.2", player] as const, ["2004", player2004] as const]) {
      const names = [...p.files.keys()];
      expect(names).toEqual(
        expect.arrayContaining([
          "pdf/curso.pdf",
          "pdf/tema1/introduccion.pdf",
          "pdf/tema1/cuestionario.pdf",
          "assets/img/capas.svg",
          "descargas/chuleta docker & más.txt",
        ]),
      );
      expect(names.filter((n) => /^(assets\/viejo|slides)\//.test(n) || n.startsWith("."))).toEqual([]);
      expect(exported[version]).toContain(
        "4 archivos de public/ (25 KB) no se usan en ninguna lección: quedan fuera del paquete",
      );
      expect(exported[version]).not.toContain("aviso");
      // A name with a space and an ampersand is percent-encoded in the manifest.
      const xml = version === "1.2" ? manifest : manifest2004;
      expect(xml).toContain('<file href="descargas/chuleta%20docker%20%26%20m%C3%A1s.txt"/>');
    }
    const lesson = new TextDecoder().decode(player.files.get("tema1/introduccion/index.html"));
    expect(lesson).toContain('href="../../pdf/tema1/introduccion.pdf"');
  });

  it("leave the cache folder with the entries it had", () => {
    expect(cacheAfter).toEqual(cacheBefore);
    // The old export built into a temporary folder, and left `.aula/astro/…_tmp_aula-scorm-XXXX/` behind.
    expect(cacheBefore).toContain("astro/tests_.dist_scorm");
  });

  it("without the PDFs built, drop every link to them with one warning", () => {
    const copy = mkdtempSync(join(tmpdir(), "aula-scorm-nopdf-"));
    try {
      cpSync(distDir, copy, { recursive: true, filter: (path) => !path.startsWith(join(distDir, "pdf")) });
      const site = readManifest(manifestPath(projectRoot, distDir));
      const warnings: string[] = [];
      const made = exportScorm(
        { ...site, site: { ...site.site, outDir: copy } },
        { version: "1.2", zipPath: join(copy, "sin-pdf.zip"), log: () => {}, warn: (l) => warnings.push(l) },
      );
      expect(made.pdfs).toBe(false);
      const files = new Map(Object.entries(unzipSync(readFileSync(made.zipPath))));
      expect([...files.keys()].filter((f) => f.startsWith("pdf/"))).toEqual([]);
      expect(unresolved(files)).toEqual([]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(
        /^aviso {2}el paquete no lleva los PDF del curso .*: se quitan los 5 enlaces «Descargar PDF»/,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe("SCORM 1.2 package", () => {
  it("has a manifest whose every reference is a file in the zip, with unique identifiers", () => {
    expect(manifest).toContain("<schema>ADL SCORM</schema>");
    expect(manifest).toContain("<schemaversion>1.2</schemaversion>");
    expect(manifest).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    const hrefs = manifestFiles(manifest);
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h) => !player.files.has(h))).toEqual([]);
    // Every file of the package is listed.
    expect([...player.files.keys()].filter((f) => f !== "imsmanifest.xml" && !hrefs.includes(f))).toEqual([]);
    const ids = [...manifest.matchAll(/\sidentifier="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = [...manifest.matchAll(/identifierref="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.filter((r) => !ids.includes(r))).toEqual([]);
    // Course → unit → lessons; quiz lessons are SCOs, the plain one an asset.
    expect(manifest).toMatch(/<organization identifier="course">\s*<title>Curso SCORM de prueba<\/title>/);
    expect(manifest).toContain("<title>Tema 1 · Prueba</title>");
    expect(manifest).toMatch(/adlcp:scormtype="sco" href="tema1\/cuestionario\/index.html"/);
    expect(manifest).toMatch(/adlcp:scormtype="asset" href="tema1\/introduccion\/index.html"/);
    expect(manifest).toContain("<adlcp:masteryscore>50</adlcp:masteryscore>");
  });

  it("links pages by relative file paths, so it runs at any address", () => {
    const html = new TextDecoder().decode(player.files.get("tema1/cuestionario/index.html"));
    expect(html).not.toMatch(new RegExp(`(href|src)="${testBase}`));
    expect(html).toContain('href="../../tema1/introduccion/index.html"');
    expect(html).not.toMatch(/<meta[^>]+frame-ancestors/);
  });

  it("sends score, status and interactions to the LMS, and gets the answers back from suspend data", async () => {
    const page = await newPage();
    const frame = await launch(page, "tema1/cuestionario/index.html");
    const quizzes = frame.locator("aula-quiz");
    await quizzes.nth(0).getByRole("radio", { name: "Docker Hub" }).check();
    await quizzes.nth(0).getByRole("button", { name: "Comprobar" }).click();
    let sent = await calls(page);
    expect(last(sent, "cmi.core.lesson_status")).toBe("incomplete");
    expect(last(sent, "cmi.core.score.raw")).toBe("50");
    expect(sent.filter(([e]) => e === "commit").length).toBe(1);

    // Half of the multiple choice: partial credit from the type's grading; 75 ≥ 50 passes.
    await quizzes.nth(1).getByRole("checkbox", { name: "docker run" }).check();
    await quizzes.nth(1).getByRole("button", { name: "Comprobar" }).click();
    sent = await calls(page);
    expect(last(sent, "cmi.core.score.raw")).toBe("75");
    expect(last(sent, "cmi.core.score.min")).toBe("0");
    expect(last(sent, "cmi.core.score.max")).toBe("100");
    expect(last(sent, "cmi.core.lesson_status")).toBe("passed");
    expect(await apiValue(page, "cmi.interactions._count")).toBe("2");
    expect(last(sent, "cmi.interactions.0.type")).toBe("choice");
    expect(last(sent, "cmi.interactions.0.student_response")).toBe("b");
    expect(last(sent, "cmi.interactions.0.result")).toBe("correct");
    expect(last(sent, "cmi.interactions.1.student_response")).toBe("a");
    expect(last(sent, "cmi.interactions.1.result")).toBe("wrong");
    expect(last(sent, "cmi.interactions.1.id")).toMatch(/^q\w+$/);
    expect(await frame.locator("[data-lms-notice]").count()).toBe(0);

    // Leaving the page finishes the session.
    await frame.evaluate(() => dispatchEvent(new PageTransitionEvent("pagehide")));
    expect((await calls(page)).some(([e]) => e === "finish")).toBe(true);
    const suspend = await apiValue(page, "cmi.suspend_data");
    expect(suspend.startsWith("1[")).toBe(true);

    // Another device (no local storage), same LMS record: the answers come back.
    const other = await newPage();
    const again = await launch(other, "tema1/cuestionario/index.html", suspend);
    const restored = again.locator("aula-quiz");
    await expect(restored.nth(0).getAttribute("data-state")).resolves.toBe("correct");
    await expect(restored.nth(1).getAttribute("data-state")).resolves.toBe("wrong");
    expect(await restored.nth(1).getByRole("checkbox", { name: "docker run" }).isChecked()).toBe(true);
  }, 240_000);

  it("shows a lesson in the player with its diagram, links to the next lesson and finds text with search", async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${player.url}/player.html`);
    await page.evaluate(() => (window as any).launch("tema1/introduccion/index.html"));
    const frame = page.frameLocator("#sco");

    // The diagram is the build's inline SVG, drawn at a readable size, its references resolved.
    const svg = frame.locator("figure svg").first();
    await svg.waitFor();
    const box = await svg.boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(20);
    await expect(frame.locator("figure").first().textContent()).resolves.toContain("Contenedor");
    const dangling = await svg.evaluate((el) =>
      [...el.querySelectorAll("*")]
        .flatMap((node) => [...node.attributes].map((a) => /url\(#([^)]+)\)/.exec(a.value)?.[1]))
        .filter((id): id is string => !!id && !el.ownerDocument.getElementById(id)),
    );
    expect(dangling).toEqual([]);

    // «Siguiente» opens the next lesson's file inside the same frame.
    await frame.getByRole("link", { name: /Siguiente/ }).click();
    await page.waitForFunction(() =>
      (document.getElementById("sco") as HTMLIFrameElement).contentWindow?.location.pathname.endsWith(
        "/tema1/cuestionario/index.html",
      ),
    );
    await frame.locator("aula-quiz [data-actions]").first().waitFor();

    // Search runs from the package: it finds the introduction's text and opens it.
    await frame.getByRole("button", { name: "Buscar" }).click();
    const dialog = frame.getByRole("dialog", { name: "Buscar en el curso" });
    await dialog.getByRole("searchbox").fill("núcleo");
    const result = dialog.locator(".search-result__link").first();
    await result.waitFor({ timeout: 30_000 });
    await expect(result.locator("mark").count()).resolves.toBeGreaterThan(0);
    await result.click();
    await page.waitForFunction(() =>
      (document.getElementById("sco") as HTMLIFrameElement).contentWindow?.location.pathname.endsWith(
        "/tema1/introduccion/index.html",
      ),
    );
    await expect(frame.locator("main").textContent()).resolves.toContain("comparten el núcleo");
  }, 240_000);

  it("keeps all 50 answers of a long lesson within SCORM 1.2's suspend data", async () => {
    const page = await newPage();
    const frame = await launch(page, "tema1/cincuenta/index.html");
    const quizzes = frame.locator("aula-quiz");
    expect(await quizzes.count()).toBe(50);
    for (let i = 0; i < 50; i++) {
      await quizzes
        .nth(i)
        .locator("input")
        .nth(i % 2)
        .check();
      await quizzes.nth(i).locator("[data-action=check]").click();
    }
    const suspend = await apiValue(page, "cmi.suspend_data");
    expect(suspend.length).toBeLessThanOrEqual(suspendLimit);
    expect(last(await calls(page), "cmi.core.score.raw")).toBe("50");
    expect(last(await calls(page), "cmi.core.lesson_status")).toBe("passed");
    expect(await frame.locator("[data-lms-notice]").count()).toBe(0);

    const other = await newPage();
    const again = await launch(other, "tema1/cincuenta/index.html", suspend);
    const states = await again
      .locator("aula-quiz")
      .evaluateAll((qs) => qs.map((q) => (q as HTMLElement).dataset.state));
    expect(states).toEqual(Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? "correct" : "wrong")));
  }, 240_000);

  it("scores a partly right cloze with its share of right blanks, through the type's own grading", async () => {
    const page = await newPage();
    const frame = await launch(page, "tema1/tipos/index.html");
    const cloze = frame.locator('aula-quiz[data-quiz-type="cloze"]');
    await cloze.getByRole("textbox", { name: "Hueco 1" }).fill("-d");
    await cloze.getByRole("textbox", { name: "Hueco 2" }).fill("80:8080");
    await cloze.getByRole("button", { name: "Comprobar" }).click();
    let sent = await calls(page);
    // Half of one of two quizzes.
    expect(last(sent, "cmi.core.score.raw")).toBe("25");
    expect(last(sent, "cmi.interactions.0.type")).toBe("fill-in");
    expect(last(sent, "cmi.interactions.0.result")).toBe("wrong");
    expect(last(sent, "cmi.interactions.0.student_response")).toBe("-d,80:8080");
    const short = frame.locator('aula-quiz[data-quiz-type="short"]');
    await short.getByRole("textbox", { name: "Tu respuesta" }).fill("docker image ls");
    await short.getByRole("button", { name: "Comprobar" }).click();
    sent = await calls(page);
    expect(last(sent, "cmi.core.score.raw")).toBe("75");
    expect(last(sent, "cmi.interactions.1.student_response")).toBe("docker image ls");
    expect(last(sent, "cmi.interactions.1.result")).toBe("correct");
  }, 240_000);

  it("without an LMS, works on the browser's storage and says scores are not sent", async () => {
    const page = await newPage();
    await page.goto(`${player.url}/pkg/tema1/cuestionario/index.html`);
    const notice = page.locator("[data-lms-notice]");
    await expect(notice.textContent()).resolves.toContain("Las puntuaciones no se están enviando");
    const first = page.locator("aula-quiz").nth(0);
    await first.getByRole("radio", { name: "Docker Hub" }).check();
    await first.getByRole("button", { name: "Comprobar" }).click();
    await expect(first.getByRole("status").textContent()).resolves.toBe("✓ ¡Correcto!");
    await page.reload();
    await expect(page.locator("aula-quiz").nth(0).getAttribute("data-state")).resolves.toBe("correct");
  }, 240_000);

  it("survives a broken API: the page works and says so", async () => {
    const page = await newPage();
    await page.goto(`${player.url}/player.html`);
    await page.evaluate(() => {
      (window as any).API = {
        LMSInitialize: () => "true",
        LMSGetValue: () => "",
        LMSSetValue: () => {
          throw new Error("LMS caído");
        },
        LMSCommit: () => "false",
        LMSFinish: () => "true",
      };
      (document.getElementById("sco") as HTMLIFrameElement).src = "/pkg/tema1/cuestionario/index.html";
    });
    const frame = page.frameLocator("#sco");
    const first = frame.locator("aula-quiz").nth(0);
    await first.getByRole("radio", { name: "Docker Hub" }).check();
    await first.getByRole("button", { name: "Comprobar" }).click();
    await expect(first.getByRole("status").textContent()).resolves.toBe("✓ ¡Correcto!");
    await expect(frame.locator("[data-lms-notice]").textContent()).resolves.toContain("no se están enviando");
  }, 240_000);
});

describe("SCORM 2004 4th edition package", () => {
  it("has a 2004 manifest whose every reference is a file in the zip; quiz lessons are SCOs with an objective", () => {
    expect(manifest2004).toContain("<schemaversion>2004 4th Edition</schemaversion>");
    expect(manifest2004).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"');
    const hrefs = manifestFiles(manifest2004);
    expect(hrefs.filter((h) => !player2004.files.has(h))).toEqual([]);
    expect([...player2004.files.keys()].filter((f) => f !== "imsmanifest.xml" && !hrefs.includes(f))).toEqual([]);
    expect(manifest2004).toMatch(/adlcp:scormType="sco" href="tema1\/cuestionario\/index.html"/);
    expect(manifest2004).toMatch(/adlcp:scormType="asset" href="tema1\/introduccion\/index.html"/);
    expect(manifest2004).toContain("<imsss:minNormalizedMeasure>0.50</imsss:minNormalizedMeasure>");
    expect(exported["2004"]).toMatch(/curso-scorm2004\.zip: SCORM 2004, \d+ archivos/);
  });

  it("reports score, completion and success through scorm-again's Scorm2004API, and restores answers in a fresh browser", async () => {
    const page = await newPage();
    const frame = await launch(page, "tema1/cuestionario/index.html", undefined, player2004);
    const quizzes = frame.locator("aula-quiz");
    await quizzes.nth(0).getByRole("radio", { name: "Docker Hub" }).check();
    await quizzes.nth(0).getByRole("button", { name: "Comprobar" }).click();
    let sent = await calls(page);
    expect(last(sent, "cmi.completion_status")).toBe("incomplete");
    expect(last(sent, "cmi.success_status")).toBe("unknown");
    expect(last(sent, "cmi.score.scaled")).toBe("0.5");
    expect(last(sent, "cmi.score.raw")).toBe("50");

    // Half of the multiple choice: 75 ≥ the passing score (0.5) passes.
    await quizzes.nth(1).getByRole("checkbox", { name: "docker run" }).check();
    await quizzes.nth(1).getByRole("button", { name: "Comprobar" }).click();
    sent = await calls(page);
    expect(last(sent, "cmi.score.scaled")).toBe("0.75");
    expect(last(sent, "cmi.completion_status")).toBe("completed");
    expect(last(sent, "cmi.success_status")).toBe("passed");
    expect(await apiValue2004(page, "cmi.success_status")).toBe("passed");
    expect(await apiValue2004(page, "cmi.completion_status")).toBe("completed");
    expect(await apiValue2004(page, "cmi.interactions._count")).toBe("2");
    expect(await apiValue2004(page, "cmi.interactions.0.type")).toBe("choice");
    expect(await apiValue2004(page, "cmi.interactions.0.learner_response")).toBe("b");
    expect(await apiValue2004(page, "cmi.interactions.0.result")).toBe("correct");
    expect(await apiValue2004(page, "cmi.interactions.1.learner_response")).toBe("a");
    expect(await apiValue2004(page, "cmi.interactions.1.result")).toBe("incorrect");
    expect(sent.filter(([e]) => e === "commit").length).toBe(2);
    expect(await frame.locator("[data-lms-notice]").count()).toBe(0);

    await frame.evaluate(() => dispatchEvent(new PageTransitionEvent("pagehide")));
    expect((await calls(page)).some(([e]) => e === "finish")).toBe(true);
    expect(last(await calls(page), "cmi.exit")).toBe("suspend");
    // After Terminate a 2004 SCO's data is the LMS's: what it was last sent.
    const suspend = last(await calls(page), "cmi.suspend_data") ?? "";
    expect(suspend.startsWith("1[")).toBe(true);

    // A fresh browser (no local storage), same LMS record: the answers come back.
    const other = await newPage();
    const again = await launch(other, "tema1/cuestionario/index.html", suspend, player2004);
    const restored = again.locator("aula-quiz");
    await expect(restored.nth(0).getAttribute("data-state")).resolves.toBe("correct");
    await expect(restored.nth(1).getAttribute("data-state")).resolves.toBe("wrong");
    expect(await restored.nth(1).getByRole("checkbox", { name: "docker run" }).isChecked()).toBe(true);
  }, 240_000);

  it("sends typed answers in 2004's formats: blanks separated by [,]", async () => {
    const page = await newPage();
    const frame = await launch(page, "tema1/tipos/index.html", undefined, player2004);
    const cloze = frame.locator('aula-quiz[data-quiz-type="cloze"]');
    await cloze.getByRole("textbox", { name: "Hueco 1" }).fill("-d");
    await cloze.getByRole("textbox", { name: "Hueco 2" }).fill("80:8080");
    await cloze.getByRole("button", { name: "Comprobar" }).click();
    await calls(page);
    expect(await apiValue2004(page, "cmi.interactions.0.type")).toBe("fill-in");
    expect(await apiValue2004(page, "cmi.interactions.0.learner_response")).toBe("-d[,]80:8080");
    expect(await apiValue2004(page, "cmi.interactions.0.result")).toBe("incorrect");
    expect(await apiValue2004(page, "cmi.score.raw")).toBe("25");
  }, 240_000);
});
