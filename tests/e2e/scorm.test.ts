import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportScorm } from "../../src/exporters/scorm/export.ts";
import { suspendLimit } from "../../src/exporters/scorm/suspend.ts";
import { useBrowser } from "./support/browser.ts";
import { startPlayer } from "./support/scorm-player.ts";
import { emptyPublicDir, projectRoot } from "./support/site.ts";

const fixture = resolve(projectRoot, "tests/fixtures/scorm-course");
const dir = mkdtempSync(join(tmpdir(), "aula-scorm-test-"));
const zipPath = join(dir, "curso-scorm12.zip");
let player: Awaited<ReturnType<typeof startPlayer>>;
let manifest = "";
const { newPage } = useBrowser();

beforeAll(async () => {
  // The export's build takes public/ from the environment: not the teacher's, whose files would join the package.
  const publicDir = process.env.AULA_PUBLIC_DIR;
  process.env.AULA_PUBLIC_DIR = emptyPublicDir;
  try {
    await exportScorm({ root: projectRoot, contentDir: fixture, zipPath, log: () => {} });
  } finally {
    if (publicDir === undefined) delete process.env.AULA_PUBLIC_DIR;
    else process.env.AULA_PUBLIC_DIR = publicDir;
  }
  player = await startPlayer(zipPath);
  manifest = new TextDecoder().decode(player.files.get("imsmanifest.xml"));
}, 600_000);
afterAll(async () => {
  const server = player?.server as Server | undefined;
  // A browser's keep-alive connection would hold close() open until the hook times out.
  server?.closeAllConnections();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  rmSync(dir, { recursive: true, force: true });
});

type Call = [string, string];
/** The SCO's frame, once its quizzes are ready. */
async function launch(page: Page, href: string, saved?: string): Promise<Frame> {
  await page.goto(`${player.url}/player.html`);
  const mastery = /<adlcp:masteryscore>(\d+)</.exec(manifest)?.[1];
  await page.evaluate(([h, s, m]) => (window as any).launch(h, s, m), [href, saved, mastery] as const);
  const frame = page.frameLocator("#sco");
  // The island shows the buttons row once it has read storage (answered quizzes hide «Comprobar»).
  await frame.locator("aula-quiz [data-actions]").first().waitFor();
  return page.frames().find((f) => f.url().includes(href))!;
}
const calls = (page: Page) => page.evaluate(() => (window as any).calls as Call[]);
const last = (list: Call[], element: string) => list.filter(([e]) => e === element).at(-1)?.[1];
const apiValue = (page: Page, element: string) =>
  page.evaluate((e) => (window as any).API.LMSGetValue(e) as string, element);

describe("SCORM 1.2 package", () => {
  it("has a manifest whose every reference is a file in the zip, with unique identifiers", () => {
    expect(manifest).toContain("<schema>ADL SCORM</schema>");
    expect(manifest).toContain("<schemaversion>1.2</schemaversion>");
    expect(manifest).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    const hrefs = [...manifest.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!);
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
    expect(html).not.toContain("__aula_scorm__");
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
