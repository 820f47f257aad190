import { createHash, randomUUID } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { useBrowser } from "./support/browser.ts";
import { darkSquares } from "./support/raster.ts";
import { fixtureCourse, projectRoot, runBuild, testBase, testSiteUrl } from "./support/site.ts";
import { launchChromium } from "../../src/core/browser/launch.ts";
import { exportPdfs, type PrintedPdf } from "../../src/exporters/print/export.ts";

const { siteUrl, newPage } = useBrowser();
const distDir = inject("distDir");

interface Line {
  y: number;
  text: string;
  items: TextItem[];
}
interface PdfPage {
  number: number;
  width: number;
  items: TextItem[];
  lines: Line[];
  text: string;
}

async function openPdf(path: string, dir = distDir): Promise<{ doc: PDFDocumentProxy; pages: PdfPage[] }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(join(dir, path))), verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const items = (await page.getTextContent()).items.filter(
      (item): item is TextItem => "str" in item && !!item.str.trim(),
    );
    const byY = new Map<number, TextItem[]>();
    for (const item of items) {
      const y = Math.round(item.transform[5] ?? 0);
      byY.set(y, [...(byY.get(y) ?? []), item]);
    }
    const lines = [...byY.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([y, row]) => {
        const sorted = row.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
        return { y, items: sorted, text: sorted.map((i) => i.str.trim()).join(" ") };
      });
    pages.push({ number, width: page.view[2] ?? 0, items, lines, text: lines.map((l) => l.text).join("\n") });
  }
  return { doc, pages };
}

/** Titles wrap across lines and Chromium's bookmarks drop the space at a line break: compare without spaces. */
const squash = (text: string | undefined) => (text ?? "").replace(/\s+/g, "");
const contains = (text: string | undefined, title: string) => squash(text).includes(squash(title));

const fontSize = (item: TextItem) => Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0);

let lessons: { title: string; href: string }[] = [];

beforeAll(async () => {
  const page = await newPage();
  await page.goto(siteUrl);
  lessons = await page
    .locator(".unit-card ol > li > a")
    .evaluateAll((links) => links.map((a) => ({ title: a.textContent ?? "", href: a.getAttribute("href") ?? "" })));
});

describe("course PDF", () => {
  let pdf: Awaited<ReturnType<typeof openPdf>>;
  beforeAll(async () => {
    pdf = await openPdf("pdf/curso.pdf");
  });

  it("numbers every page «Página X de Y» with the real page count, and has a title page, an index and every lesson", () => {
    const total = pdf.doc.numPages;
    expect(lessons.length).toBeGreaterThan(0);
    expect(total).toBeGreaterThanOrEqual(2 + lessons.length);
    pdf.pages.forEach((page) => expect(page.text).toContain(`Página ${page.number} de ${total}`));
    expect(pdf.pages[0]?.text).toContain("Página 1 de");
    expect(pdf.pages[1]?.text).toContain("Índice");
    for (const lesson of lessons) expect(pdf.pages.some((page) => contains(page.text, lesson.title))).toBe(true);
  });

  it("lists each lesson in the index with the page on which its title actually appears", () => {
    const index = pdf.pages.find((page) => page.lines.some((line) => line.text === "Índice"));
    expect(index).toBeDefined();
    for (const lesson of lessons) {
      const line = index?.lines.find((l) => contains(l.text, lesson.title));
      expect(line, lesson.title).toBeDefined();
      const pageNumber = Number(line?.items.at(-1)?.str);
      expect(pageNumber, `${lesson.title}: ${line?.text}`).toBeGreaterThan(2);
      const isTitle = (page: PdfPage | undefined) =>
        contains(
          page?.items
            .filter((item) => fontSize(item) > 15)
            .map((item) => item.str)
            .join(""),
          lesson.title,
        );
      expect(isTitle(pdf.pages[pageNumber - 1]), `${lesson.title} en la página ${pageNumber}`).toBe(true);
      expect(isTitle(pdf.pages[pageNumber - 2])).toBe(false);
    }
  });

  it("has a bookmark for each lesson, and Title, Author and Lang in its metadata", async () => {
    const outline = (await pdf.doc.getOutline()) ?? [];
    for (const lesson of lessons) expect(outline.some((entry) => contains(entry.title, lesson.title))).toBe(true);
    const { info } = (await pdf.doc.getMetadata()) as { info: Record<string, string> };
    expect(info.Title).toBe("Puesta en producción segura");
    expect(info.Author).toBe("Víctor Ponz");
    expect(info.Language).toBe("es");
  });

  it("leads every bookmark and every contents link to the page of its heading, and prints that page's number", async () => {
    const pageOf = async (dest: unknown) => {
      const array = typeof dest === "string" ? await pdf.doc.getDestination(dest) : (dest as unknown[] | null);
      const ref = array?.[0];
      return ref && typeof ref === "object" ? (await pdf.doc.getPageIndex(ref as never)) + 1 : 0;
    };
    // A heading prints its number before its text, as the contents and the bookmarks give it.
    const onPage = (number: number, title: string) => contains(pdf.pages[number - 1]?.text, title);
    const outline = (await pdf.doc.getOutline()) ?? [];
    const items = outline.flatMap((item) => [item, ...item.items]);
    expect(items.length).toBeGreaterThan(lessons.length + 4);
    for (const item of items) {
      const number = await pageOf(item.dest);
      expect(number, item.title).toBeGreaterThan(1);
      expect(onPage(number, item.title), `«${item.title}» en la página ${number}`).toBe(true);
    }
    const indexPage = pdf.pages.find((page) => page.lines.some((line) => line.text === "Índice"));
    const entries = (indexPage?.lines ?? []).filter((line) => /\s\d+$/.test(line.text) && !/Página/.test(line.text));
    expect(entries.length).toBeGreaterThan(lessons.length + 4);
    const links = (await (await pdf.doc.getPage(indexPage?.number ?? 0)).getAnnotations()).filter(
      (annotation: { subtype: string; dest?: unknown }) => annotation.subtype === "Link" && annotation.dest,
    );
    for (const entry of entries) {
      const number = Number(entry.items.at(-1)?.str);
      const title = entry.text.replace(/\s\d+$/, "");
      expect(onPage(number, title), `«${title}» en la página ${number}`).toBe(true);
      // Its link goes to that page.
      const link = links.find(
        (l: { rect: number[] }) => (l.rect[1] ?? 0) <= entry.y + 1 && entry.y <= (l.rect[3] ?? 0),
      );
      expect(link, title).toBeDefined();
      expect(await pageOf(link.dest), title).toBe(number);
    }
  });

  it("prints the configured site URL in every footer, never a local address", () => {
    for (const page of pdf.pages) {
      expect(page.lines.at(-1)?.text).toContain(testSiteUrl);
      expect(page.lines.at(-1)?.text).not.toMatch(/localhost/);
    }
    // The PDF was printed from 127.0.0.1; none of that address may leak into it (lessons may mention localhost).
    expect(pdf.pages.map((page) => page.text).join("\n")).not.toMatch(/127\.0\.0\.1|file:\/\//);
  });

  it("keeps every glyph, code included, inside the text box", () => {
    let codeGlyphs = 0;
    for (const page of pdf.pages) {
      // The footer's margin boxes mark the text box: the URL starts at its left edge, the page number ends at its right.
      const footer = page.lines.at(-1)?.items ?? [];
      const left = footer[0]?.transform[4] ?? 0;
      const right = (footer.at(-1)?.transform[4] ?? 0) + (footer.at(-1)?.width ?? 0);
      expect(right).toBeGreaterThan(left);
      // A page shrunk to fit a line that does not wrap shrinks its 8 pt footer too.
      for (const item of footer) expect(fontSize(item), `pie de la página ${page.number}`).toBeGreaterThanOrEqual(7.9);
      for (const item of page.items) {
        const x = item.transform[4] ?? 0;
        if (/mono/i.test(item.fontName) || /docker |\$ /.test(item.str)) codeGlyphs++;
        // Chromium shrinks the whole page to fit a line that does not wrap: no text may be smaller than the footer's 8 pt.
        // Console tables are scaled down on purpose, to 6.5 pt at the least.
        expect(fontSize(item), `«${item.str}» en la página ${page.number}`).toBeGreaterThanOrEqual(6.4);
        expect(x, `«${item.str}» en la página ${page.number}`).toBeGreaterThanOrEqual(left - 0.5);
        expect(x + item.width, `«${item.str}» en la página ${page.number}`).toBeLessThanOrEqual(right + 0.5);
      }
    }
    expect(codeGlyphs).toBeGreaterThan(0);
  });
});

describe("console tables in the course PDF", () => {
  let pages: PdfPage[];
  beforeAll(async () => {
    pages = (await openPdf("pdf/curso.pdf")).pages;
  });

  it("prints every row of the widest docker ps -a on one line, each column under its header", () => {
    const lines = pages.flatMap((page) => page.lines);
    const at = lines.findIndex(
      (line, i) =>
        /^CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES$/.test(line.text) &&
        /^[0-9a-f]{12} /.test(lines[i + 1]?.text ?? ""),
    );
    expect(at, "la cabecera de docker ps -a, entera en una línea").toBeGreaterThan(-1);
    const header = lines[at]!;
    const rows = lines
      .slice(at + 1)
      .filter((line) => /^[0-9a-f]{12} /.test(line.text))
      .slice(0, 4);
    expect(rows).toHaveLength(4);
    const xOf = (line: (typeof lines)[number], text: string | RegExp) =>
      line.items.find((item) => (typeof text === "string" ? item.str.trim() === text : text.test(item.str.trim())))
        ?.transform[4];
    for (const row of rows) {
      // The row ends with the container's name, on the same line, right under NAMES: nothing wrapped.
      expect(row.text, "la fila, entera").toMatch(/Exited \(0\) .* [a-z]+_[a-z]+$/);
      expect(Math.abs(xOf(row, /^[a-z]+_[a-z]+$/)! - xOf(header, "NAMES")!)).toBeLessThan(1);
      expect(Math.abs(xOf(row, /^Exited/)! - xOf(header, "STATUS")!)).toBeLessThan(1);
    }
  });

  it("prints a lone docker ps header on one line", () => {
    const wrapped = pages.flatMap((page) => page.lines).filter((line) => /^↪ PORTS/.test(line.text));
    expect(wrapped).toEqual([]);
  });
});

describe("lesson PDFs", () => {
  it("each lesson page links its own PDF, which is served and has the lesson's title and page numbers", async () => {
    const page = await newPage();
    for (const lesson of lessons) {
      await page.goto(new URL(lesson.href, siteUrl).href);
      const link = page.getByRole("link", { name: "Descargar PDF" });
      const href = await link.getAttribute("href");
      expect(href).toMatch(/\/pdf\/.+\.pdf$/);
      const response = await page.request.get(new URL(href ?? "", page.url()).href);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("pdf");
      const path = (href ?? "").replace(/^\/Ciberseguridad-PePS\//, "");
      const { doc, pages } = await openPdf(path);
      expect(contains(pages[0]?.text, lesson.title)).toBe(true);
      expect(pages[0]?.text).toContain(`Página 1 de ${doc.numPages}`);
      const { info } = (await doc.getMetadata()) as { info: Record<string, string> };
      expect(info.Title).toContain(lesson.title);
      expect(info.Language).toBe("es");
    }
  });

  it("the home page links the course PDF", async () => {
    const page = await newPage();
    await page.goto(siteUrl);
    const href = await page.getByRole("link", { name: "Descargar el curso completo en PDF" }).getAttribute("href");
    const response = await page.request.get(new URL(href ?? "", siteUrl).href);
    expect(response.status()).toBe(200);
  });

  it("prints one PDF per lesson, and the build said so on one line each", () => {
    const files = readdirSync(join(distDir, "pdf"), { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".pdf"),
    );
    expect(files.length).toBe(lessons.length + 1);
    const output = inject("buildOutput");
    for (const file of files)
      expect(output).toMatch(new RegExp(`^PDF {2}pdf/${file.replace(/\\/g, "/")} {2}\\d+ páginas`, "m"));
  });
});

describe("one build, one date", () => {
  it("gives every PDF of the build the same date, on its cover and in its metadata", async () => {
    const files = readdirSync(join(distDir, "pdf"), { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".pdf"),
    );
    expect(files.length).toBe(lessons.length + 1);
    const covers = new Set<string>();
    const created = new Set<string>();
    for (const file of files) {
      const { doc, pages } = await openPdf(join("pdf", file));
      covers.add(/\b\d{1,2} de \p{L}+ de \d{4}\b/u.exec(pages[0]?.text ?? "")?.[0] ?? `sin fecha: ${file}`);
      const { info } = (await doc.getMetadata()) as { info: Record<string, string> };
      created.add(`${info.CreationDate} ${info.ModDate}`);
    }
    expect([...covers]).toHaveLength(1);
    expect([...created]).toHaveLength(1);
  });
});

// The answer key is built from the quizzes the quiz plugin publishes.
describe("answer key", () => {
  it("closes the course PDF and each lesson's with every quiz's correct option", async () => {
    const contentDir = join(fixtureCourse, "tema2");
    const withQuizzes = readdirSync(contentDir).filter((f) =>
      readFileSync(join(contentDir, f), "utf8").includes("{:.quiz}"),
    );
    expect(withQuizzes.length).toBeGreaterThan(0);
    const course = await openPdf("pdf/curso.pdf");
    const courseKey = course.pages.slice(course.pages.findIndex((p) => p.lines.some((l) => l.text === "Solucionario")));
    expect(courseKey.length).toBeGreaterThan(0);
    for (const file of withQuizzes) {
      const correct = [...readFileSync(join(contentDir, file), "utf8").matchAll(/^\s*[-*] [([]x[)\]] (.+)$/gm)].map(
        (m) => (m[1] ?? "").replace(/`/g, "").trim(),
      );
      expect(correct.length).toBeGreaterThan(0);
      // Long answers wrap onto several lines of the PDF.
      // In stream order: grouping by baseline splits lines where inline code sits a point lower.
      const text = courseKey
        .map((p) => p.items.map((i) => i.str).join(" "))
        .join("\n")
        .replace(/\s+/g, " ");
      // PDF text extraction splits runs around inline code: compare without spaces.
      const squeeze = (t: string) => t.replace(/\s+/g, "");
      // Each «Respuesta(s): …» line, up to the explanations (✓/✗) or the next exercise.
      const answerLines = squeeze(text)
        .split(/Respuestas?:/)
        .slice(1)
        .map((part) => part.split(/[✓✗]|Ejercicio/)[0] ?? "");
      for (const answer of correct)
        expect(
          answerLines.some((line) => line.includes(squeeze(answer))),
          answer,
        ).toBe(true);
      const lessonPdf = join("pdf/tema2", `${file.replace(/^\d+-/, "").replace(/\.mdx?$/, "")}.pdf`);
      if (!existsSync(join(distDir, lessonPdf))) continue;
      const lesson = await openPdf(lessonPdf);
      const lessonKey = lesson.pages
        .slice(answerKeyStart(lesson.pages))
        .map((p) => p.text)
        .join("\n")
        .replace(/\s+/g, " ");
      expect(squeeze(lessonKey)).toContain(squeeze(correct[0] ?? ""));
    }
  });
});

/**
 * Each light diagram of a page (the original rendering: paper never shows a flowchart's turned copy): its
 * references that point nowhere, and the fill of every node shape.
 */
async function readDiagrams(page: Page) {
  return page.$$eval(".diagram :is(.diagram__view--wide, .diagram__canvas > svg) .diagram__svg--light", (svgs) =>
    svgs.map((svg) => {
      const refs = new Set<string>();
      const text = svg.outerHTML;
      for (const m of text.matchAll(/url\(\s*['"]?#([^)'"]+)['"]?\s*\)/g)) refs.add(m[1] ?? "");
      for (const m of text.matchAll(/href="#([^"]+)"/g)) refs.add(m[1] ?? "");
      for (const el of svg.querySelectorAll("[aria-labelledby], [aria-describedby]"))
        for (const attr of ["aria-labelledby", "aria-describedby"])
          for (const id of (el.getAttribute(attr) ?? "").split(/\s+/).filter(Boolean)) refs.add(id);
      for (const attr of ["aria-labelledby", "aria-describedby"])
        for (const id of (svg.getAttribute(attr) ?? "").split(/\s+/).filter(Boolean)) refs.add(id);
      const shapes = svg.querySelectorAll(
        ".node :is(rect, polygon, circle, ellipse, path), rect.actor, .note, .cluster rect",
      );
      return {
        refs: refs.size,
        dangling: [...refs].filter((id) => !document.getElementById(id)),
        fills: [...shapes].map((el) => getComputedStyle(el).fill),
        markers: [...svg.querySelectorAll("[marker-end], [marker-start]")].length,
      };
    }),
  );
}

describe("diagrams in print", () => {
  it("resolve every url(#…), href and aria reference, print only the light copy, and paint nodes as on the lesson page", async () => {
    const page = await newPage({ colorScheme: "light" });
    let diagrams = 0;
    let withMarkers = false;
    for (const lesson of lessons) {
      const lessonUrl = new URL(lesson.href, siteUrl);
      await page.goto(lessonUrl.href);
      const onScreen = await readDiagrams(page);
      const printUrl = new URL(lessonUrl.pathname.replace(/^(\/[^/]+\/)/, "$1imprimir/"), siteUrl);
      await page.goto(printUrl.href);
      expect(await page.locator(".diagram__svg--dark").count(), printUrl.pathname).toBe(0);
      const printed = await readDiagrams(page);
      expect(printed.length, printUrl.pathname).toBe(onScreen.length);
      printed.forEach((diagram, i) => {
        expect(diagram.dangling, `${printUrl.pathname} diagrama ${i + 1}`).toEqual([]);
        expect(diagram.fills, `${printUrl.pathname} diagrama ${i + 1}`).toEqual(onScreen[i]?.fills);
        expect(diagram.fills.length).toBeGreaterThan(0);
      });
      diagrams += printed.length;
      withMarkers ||= printed.some((diagram) => diagram.refs > 0 && diagram.markers > 0);
    }
    expect(diagrams).toBeGreaterThan(0);
    expect(withMarkers, "un diagrama con flechas y referencias").toBe(true);
  });

  it("in the course PDF, where each lesson's pages come from its own print, every internal link has its destination", async () => {
    const { doc } = await openPdf("pdf/curso.pdf");
    let links = 0;
    for (let number = 1; number <= doc.numPages; number++)
      for (const annotation of await (await doc.getPage(number)).getAnnotations()) {
        if (annotation.subtype !== "Link" || !annotation.dest) continue;
        links++;
        const dest = typeof annotation.dest === "string" ? await doc.getDestination(annotation.dest) : annotation.dest;
        expect(dest, `${JSON.stringify(annotation.dest)} en la página ${number}`).toBeTruthy();
      }
    expect(links).toBeGreaterThan(lessons.length);
  });

  // At 40 dpi a glyph is at most 3 px thick; a flowchart whose styles were lost paints 30-130 px black boxes.
  it("rasters every page of the course PDF and of a lesson PDF without a solid black area", () => {
    const lessonPdf = readdirSync(join(distDir, "pdf/tema2")).find((f) => f.startsWith("laboratorio-1"));
    expect(lessonPdf).toBeDefined();
    for (const file of ["pdf/curso.pdf", `pdf/tema2/${lessonPdf}`]) {
      const pages = darkSquares(join(distDir, file), 40);
      expect(pages.length).toBeGreaterThan(2);
      for (const page of pages)
        expect(page.side, `${file} página ${page.page} (${page.x},${page.y})`).toBeLessThanOrEqual(6);
    }
  });
});

/** The answer key may take more than a page: its pages are the last ones, each headed «Solucionario». */
function answerKeyStart(pages: PdfPage[]): number {
  let start = pages.length;
  while (start > 0 && pages[start - 1]?.text.includes("Solucionario")) start--;
  return start;
}

describe("printed quizzes", () => {
  const quizLessons = ["pdf/tema2/laboratorio-1.pdf", "pdf/tema2/laboratorio-2.pdf"];

  it("print no web controls and use one label, «Pregunta N», in the exercise and in the Solucionario", async () => {
    for (const path of ["pdf/curso.pdf", ...quizLessons]) {
      const { pages } = await openPdf(path);
      const text = pages.map((page) => page.text).join("\n");
      expect(text, path).not.toMatch(/Ver solución|Comprobar|Reintentar|Mi progreso/);
      expect(text, path).not.toMatch(/Ejercicio \d/);
      const start = answerKeyStart(pages);
      const before = pages
        .slice(0, start)
        .map((page) => page.text)
        .join("\n");
      const key = pages
        .slice(start)
        .map((page) => page.text)
        .join("\n");
      expect(before, path).toMatch(/Pregunta 1\s?\./);
      expect(key, path).toMatch(/Pregunta 1\s?\./);
    }
  });

  it("draw a round box per option for one answer and a square one for several", async () => {
    const page = await newPage({ colorScheme: "light" });
    await page.emulateMedia({ media: "print" });
    const boxes = [];
    for (const lesson of ["laboratorio-1", "laboratorio-2"]) {
      await page.goto(new URL(`imprimir/tema2/${lesson}/`, siteUrl).href);
      boxes.push(
        ...(await page.$$eval(".quiz__choice", (labels) =>
          labels.map((label) => ({
            multiple: label.querySelector("input")?.type === "checkbox",
            radius: parseFloat(getComputedStyle(label, "::before").borderTopLeftRadius),
            width: parseFloat(getComputedStyle(label, "::before").width),
          })),
        )),
      );
    }
    for (const lesson of ["laboratorio-1", "laboratorio-2"]) {
      await page.goto(new URL(`imprimir/tema2/${lesson}/`, siteUrl).href);
      // Each question sits inside its frame, below the top border, however many lines it takes.
      const outside = await page.$$eval(".quiz__fieldset", (sets) =>
        sets.flatMap((set) => {
          const frame = set.getBoundingClientRect();
          const legend = set.querySelector(".quiz__legend")!.getBoundingClientRect();
          const top = frame.top + parseFloat(getComputedStyle(set).borderTopWidth);
          return legend.top >= top && legend.bottom <= frame.bottom ? [] : [set.textContent?.slice(0, 40)];
        }),
      );
      expect(outside, lesson).toEqual([]);
    }
    expect(boxes.some((box) => box.multiple)).toBe(true);
    expect(boxes.some((box) => !box.multiple)).toBe(true);
    for (const box of boxes) {
      expect(box.width).toBeGreaterThan(5);
      if (box.multiple) expect(box.radius).toBeLessThan(3);
      else expect(box.radius).toBeGreaterThan(box.width / 3);
    }
  });

  it("never start an exercise on one page and end it on the next", async () => {
    const page = await newPage({ colorScheme: "light" });
    let checked = 0;
    for (const path of quizLessons) {
      const lesson = lessons.find((l) => l.href.includes(path.replace(/^pdf\/|\.pdf$/g, "")));
      expect(lesson, path).toBeDefined();
      await page.goto(new URL(lesson?.href ?? "", siteUrl).href);
      const quizzes = await page.$$eval("aula-quiz", (els) =>
        els.map((el) => ({
          label: el.querySelector(".quiz__number")?.textContent ?? "",
          last: [...el.querySelectorAll(".quiz__text")].at(-1)?.textContent ?? "",
        })),
      );
      expect(quizzes.length).toBeGreaterThan(0);
      const { pages } = await openPdf(path);
      for (const quiz of quizzes) {
        // The first page that starts a line with the label is the exercise's (the Solucionario comes later).
        const label = `${squash(quiz.label)}.`;
        const start = pages.find((p) => p.lines.some((line) => squash(line.text).startsWith(label)));
        expect(start, `${path}: ${quiz.label}`).toBeDefined();
        expect(start?.text).not.toMatch(/^Solucionario$/m);
        // In stream order: grouping by baseline puts inline code (half a point lower) on a line of its own.
        const stream = squash(start?.items.map((item) => item.str).join(""));
        const after = stream.slice(stream.indexOf(label));
        expect(after.includes(squash(quiz.last)), `${path}: ${quiz.label} termina en otra página`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1);
  });

  it("a lesson PDF's cover gives that lesson's canonical address, base path included", async () => {
    const page = await newPage();
    const lesson = lessons[0];
    await page.goto(new URL(lesson?.href ?? "", siteUrl).href);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical).toContain(testBase);
    const pdfHref = await page.getByRole("link", { name: "Descargar PDF" }).getAttribute("href");
    const { pages } = await openPdf((pdfHref ?? "").replace(testBase, ""));
    const line = pages[0]?.lines.find((l) => l.text.startsWith("Versión web:"));
    expect(line?.text).toBe(`Versión web: ${canonical}`);
  });
});

function pdfHashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(dir, "pdf"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".pdf"))
      .sort()
      .map((f) => [
        f,
        createHash("sha256")
          .update(readFileSync(join(dir, "pdf", f)))
          .digest("hex"),
      ]),
  );
}

async function exportCounting(outDir: string) {
  let launches = 0;
  const lines: string[] = [];
  const printed: PrintedPdf[] = await exportPdfs({
    root: projectRoot,
    outDir,
    base: testBase,
    build: "never",
    paper: "a4",
    log: (line) => lines.push(line),
    launch: () => {
      launches++;
      return launchChromium();
    },
  });
  return { launches, lines, printed };
}

describe("export that redoes only what changed", () => {
  it("with nothing changed, starts no Chromium and leaves every PDF byte for byte as it was", async () => {
    const before = pdfHashes(distDir);
    const { launches, lines, printed } = await exportCounting(distDir);
    expect(launches).toBe(0);
    expect(printed.length).toBe(Object.keys(before).length);
    expect(printed.every((pdf) => pdf.reused)).toBe(true);
    expect(
      lines.every((line) => /^PDF {2}pdf\/.+ {2}\d+ páginas .* reutilizado/.test(line)),
      lines.join("\n"),
    ).toBe(true);
    expect(pdfHashes(distDir)).toEqual(before);
  });

  it(
    "after a one-lesson edit, prints that lesson's PDF and the course PDF, and reuses the rest",
    { timeout: 300_000 },
    async () => {
      const work = mkdtempSync(join(tmpdir(), "aula-pdf-change-"));
      try {
        const content = join(work, "content");
        // A teacher edits one file of the course in place: the others keep their dates (the covers print them).
        cpSync(fixtureCourse, content, { recursive: true, preserveTimestamps: true });
        const lessonFile = join(content, "tema2", "01-tipos-de-hosting.md");
        // New text each run: the PDF cache is shared, and an earlier run has printed the last one.
        const paragraph = `Un párrafo nuevo para la prueba de caché (${randomUUID()}).`;
        writeFileSync(lessonFile, `${readFileSync(lessonFile, "utf8")}\n${paragraph}\n`);
        const outDir = join(work, "site");
        const build = runBuild({
          BASE_PATH: testBase,
          SITE_URL: testSiteUrl,
          AULA_OUT_DIR: outDir,
          AULA_CONTENT_DIR: content,
          AULA_PDF: "pages",
        });
        expect(build.status, build.output).toBe(0);
        const { launches, printed } = await exportCounting(outDir);
        expect(launches).toBe(1);
        expect(
          printed
            .filter((pdf) => !pdf.reused)
            .map((pdf) => pdf.path)
            .sort(),
        ).toEqual(["pdf/curso.pdf", "pdf/tema2/tipos-de-hosting.pdf"]);
        const text = await getDocument({
          data: new Uint8Array(readFileSync(join(outDir, "pdf/tema2/tipos-de-hosting.pdf"))),
          verbosity: 0,
        }).promise;
        expect(text.numPages).toBeGreaterThan(0);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );

  it(
    "after a one-lesson edit that keeps the course's date, prints that lesson alone and leaves every other lesson PDF byte for byte",
    { timeout: 300_000 },
    async () => {
      const work = mkdtempSync(join(projectRoot, "tests/.dist/pdf-edit-"));
      try {
        const content = join(work, "content");
        cpSync(fixtureCourse, content, { recursive: true, preserveTimestamps: true });
        const lessonFile = join(content, "tema2", "02-virtualizacion.md");
        // A fix whose date is not the course's newest: the covers keep theirs.
        const { mtime } = statSync(lessonFile);
        writeFileSync(lessonFile, `${readFileSync(lessonFile, "utf8")}\nUna corrección (${randomUUID()}).\n`);
        utimesSync(lessonFile, mtime, mtime);
        const outDir = join(work, "site");
        const build = runBuild({
          BASE_PATH: testBase,
          SITE_URL: testSiteUrl,
          AULA_OUT_DIR: outDir,
          AULA_CONTENT_DIR: content,
          AULA_PDF: "pages",
        });
        expect(build.status, build.output).toBe(0);
        const { launches, printed } = await exportCounting(outDir);
        expect(launches).toBe(1);
        expect(
          printed
            .filter((pdf) => !pdf.reused)
            .map((pdf) => pdf.path)
            .sort(),
        ).toEqual(["pdf/curso.pdf", "pdf/tema2/virtualizacion.pdf"]);
        const before = pdfHashes(distDir);
        const changed = Object.entries(pdfHashes(outDir)).flatMap(([file, hash]) =>
          before[file] === hash ? [] : [file],
        );
        expect(changed.sort()).toEqual(["curso.pdf", "tema2/virtualizacion.pdf"]);
        const { pages } = await openPdf("pdf/tema2/virtualizacion.pdf", outDir);
        expect(pages.map((page) => page.text).join("\n")).toMatch(/Una corrección/);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );
});

describe("headings the teacher numbered", () => {
  it(
    "print with the teacher's number alone, in the lessons, the contents and the bookmarks",
    { timeout: 300_000 },
    async () => {
      const outDir = mkdtempSync(join(projectRoot, "tests/.dist/pdf-numbered-"));
      try {
        const build = runBuild({
          BASE_PATH: testBase,
          SITE_URL: testSiteUrl,
          AULA_OUT_DIR: outDir,
          AULA_CONTENT_DIR: join(projectRoot, "tests/fixtures/numbered-headings"),
          AULA_PDF: "pages",
        });
        expect(build.status, build.output).toBe(0);
        await exportPdfs({ root: projectRoot, outDir, base: testBase, build: "never", paper: "a4", log: () => {} });
        const doubled = /^(?:\d+(?:\.\d+)*)\s+(?:\d+(?:\.\d+)*[.)]?|Paso \d+)(?:\s|$)/;
        for (const file of ["pdf/curso.pdf", "pdf/tema1/numerada.pdf", "pdf/tema1/pasos.pdf"]) {
          const { doc, pages } = await openPdf(file, outDir);
          const lines = pages.flatMap((page) => page.lines.map((line) => line.text));
          expect(
            lines.filter((line) => doubled.test(line)),
            file,
          ).toEqual([]);
          const outline = (await doc.getOutline()) ?? [];
          const titles = outline.flatMap((item) => [
            item.title,
            ...item.items.flatMap((i) => [i.title, ...i.items.map((j: { title: string }) => j.title)]),
          ]);
          expect(
            titles.filter((title) => doubled.test(title)),
            file,
          ).toEqual([]);
        }
        const numbered = (await openPdf("pdf/tema1/numerada.pdf", outDir)).pages.flatMap((page) =>
          page.lines.map((l) => l.text),
        );
        expect(numbered).toContain("3.1 ¿Qué es la web?");
        expect(numbered).toContain("1. Hello World!");
        // The steps keep their words; the sections above them keep aula's numbers.
        const steps = (await openPdf("pdf/tema1/pasos.pdf", outDir)).pages.flatMap((page) =>
          page.lines.map((l) => l.text),
        );
        expect(steps).toContain("1 Instalación");
        expect(steps).toContain("Paso 2");
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    },
  );
});
