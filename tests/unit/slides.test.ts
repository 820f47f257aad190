import { afterAll, describe, expect, it } from "vitest";
import { slideDeck } from "../../src/core/slides/deck.ts";
import { slidesKey, type SlideBlock } from "../../src/core/slides/model.ts";
import { blockHeight, planSlides, slideRoom } from "../../src/core/slides/split.ts";
import { readFixture, renderMarkdown, testDiagrams } from "./support/markdown.ts";

afterAll(() => testDiagrams.renderer.close());

const size = { chars: 40, lines: 0, items: 0 };
const heading = (level: number, text: string) => ({ kind: "heading" as const, level, text, ...size });
const text = (chars = 40) => ({ kind: "text" as const, ...size, chars });

/** Each slide as «title | blocks», the shape a teacher sees in the overview. */
function outline(deck: ReturnType<typeof slideDeck>): string[] {
  return deck.slides.map((slide) => {
    const title = slide.headingHtml?.replace(/<[^>]+>/g, "") ?? slide.title ?? "";
    const kicker = slide.kicker ? `${slide.kicker} › ` : "";
    const more = slide.continued ? " (cont.)" : "";
    const fit = slide.fit ? " [fit]" : "";
    const notes = slide.notes.length ? ` +notas` : "";
    return `${kicker}${title}${more}: ${slide.blocks.map((b) => b.kind).join(", ")}${fit}${notes}`;
  });
}

describe("planning slides (pure: sized blocks in, slides out)", () => {
  it("starts a slide at each ## and ###, keeps deeper headings inside, and puts opening text first", () => {
    const plan = planSlides([text(), heading(2, "A"), text(), heading(3, "A.1"), heading(4, "detalle"), text()]);
    expect(plan.map((s) => [s.heading, s.parent, s.continued, s.blocks.map((b) => b.block)])).toEqual([
      [undefined, undefined, false, [0]],
      [1, undefined, false, [2]],
      [3, 1, false, [4, 5]],
    ]);
  });

  it("goes on to a continued slide between blocks when a section is longer than a slide", () => {
    // Each paragraph of 4 lines is 158 px: three fit in the 540 px of a slide, the fourth does not.
    const long = text(slideRoom.charsPerLine * 4);
    expect(blockHeight(long)).toBe(4 * slideRoom.textLine + slideRoom.gap);
    const plan = planSlides([heading(2, "A"), long, long, long, long, long]);
    expect(plan.map((s) => [s.continued, s.blocks.length])).toEqual([
      [false, 3],
      [true, 2],
    ]);
  });

  it("gives a quiz, and a block bigger than a slide, a slide of their own, marked to fit", () => {
    const code = { kind: "code" as const, chars: 400, lines: 40, items: 0 };
    const quiz = { kind: "quiz" as const, chars: 200, lines: 0, items: 4 };
    const plan = planSlides([heading(2, "A"), text(), code, text(), quiz, text()]);
    expect(plan.map((s) => [s.continued, s.blocks.map((b) => b.block), s.fit])).toEqual([
      [false, [1], false],
      [true, [2], true],
      [true, [3], false],
      [true, [4], true],
      [true, [5], false],
    ]);
  });

  it("keeps a big block on its section's first slide when nothing is above it", () => {
    const code = { kind: "code" as const, chars: 400, lines: 40, items: 0 };
    expect(planSlides([heading(2, "A"), code]).map((s) => [s.blocks.length, s.fit])).toEqual([[1, true]]);
  });

  it("splits a list too long for a slide between its items, never inside one", () => {
    const item = { kind: "text" as const, chars: 70, lines: 0, items: 0 };
    const list = { kind: "list" as const, chars: 70 * 30, lines: 0, items: 30, parts: Array(30).fill(item) };
    const plan = planSlides([heading(2, "A"), list]);
    const shares = plan.map((s) => s.blocks[0]!.parts!);
    expect(shares.flat()).toEqual([...Array(30).keys()]);
    expect(shares.length).toBeGreaterThan(1);
    for (const share of shares) expect(share.length * (slideRoom.textLine + 6)).toBeLessThanOrEqual(slideRoom.height);
  });

  it("takes speaker notes to the slide they are written on, taking no room", () => {
    const notes = { kind: "notes" as const, chars: 500, lines: 0, items: 0 };
    const plan = planSlides([heading(2, "A"), text(), notes, heading(2, "B"), notes]);
    expect(plan.map((s) => s.notes)).toEqual([[2], [4]]);
  });
});

describe("a lesson's slides, through the build's Markdown chain", async () => {
  const { html, frontmatter } = await renderMarkdown(readFixture("slides/lesson.md"), {
    path: "content/tema2/leccion.md",
  });
  const blocks = frontmatter[slidesKey] as SlideBlock[];
  const deck = slideDeck({ title: "Lección de prueba", unitTitle: "Tema 2" }, blocks);

  it("takes «Notas:» and «Notes:» blockquotes out of the lesson page, and keeps them for the speaker", () => {
    expect(html).not.toContain("ornitorrinco");
    expect(html).not.toContain("English notes");
    expect(html).toContain("Un párrafo corto.");
    const notes = deck.slides.flatMap((slide) => slide.notes);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain("Recordar la pista del ornitorrinco.");
    expect(notes[0]).not.toMatch(/Notas:/);
    expect(notes[1]).toContain("English notes work too.");
  });

  it("makes the outline a teacher expects: sections, continued slides, a slide for the code and the quiz", () => {
    expect(outline(deck)).toEqual([
      "Lección de prueba: text",
      "Primera sección: text +notas",
      "Primera sección › Un apartado: list",
      "Primera sección › Un apartado (cont.): list",
      "Primera sección › Un apartado (cont.): list",
      "Primera sección › Un apartado (cont.): list",
      "Código largo: code [fit]",
      "Código largo (cont.): text",
      "Pasos: text",
      "Pasos (cont.): text +notas",
      "Pregunta: quiz [fit]",
    ]);
  });

  it("splits a long list between items and numbers a numbered list's later share from where it stopped", () => {
    const shares = deck.slides.filter((slide) => slide.kicker === "Primera sección").map((s) => s.blocks[0]!.html);
    const count = (html: string) => html.match(/<li>/g)?.length ?? 0;
    expect(shares.length).toBeGreaterThan(1);
    expect(shares.map(count).reduce((a, b) => a + b)).toBe(24);
    for (const share of shares) expect(share).toMatch(/^<ul>[\s\S]*<\/ul>$/);
    const steps = deck.slides.filter((slide) => slide.headingHtml?.includes("Pasos") || slide.title === "Pasos");
    const later = steps[1]!.blocks[0]!.html;
    expect(later).toMatch(/^<blockquote>\s*<ol start="\d+">/);
    const start = Number(/start="(\d+)"/.exec(later)![1]);
    expect(steps[0]!.blocks[0]!.html.match(/<li>/g)).toHaveLength(start - 1);
  });

  it("keeps the heading's id on a section's first slide only, so no id is repeated", () => {
    const ids = deck.slides.flatMap((slide) =>
      [...(slide.headingHtml ?? "").matchAll(/id="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});
