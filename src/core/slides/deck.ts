import type { ContainerTags, SlideBlock, SlidePlacement, SlidePlan } from "./model.ts";
import { planSlides } from "./split.ts";

/** One slide as the slides page renders it. */
export interface Slide {
  /** The heading's own HTML (with its id) on a section's first slide. */
  headingHtml?: string;
  /** Plain text of the title, on continued slides and the lesson's opening text. */
  title?: string;
  /** 2 for a `##` slide or the opening text, 3 for a `###` one. */
  level: 2 | 3;
  /** The `##` over a `###` slide. */
  kicker?: string;
  continued: boolean;
  blocks: { html: string; kind: SlideBlock["kind"] }[];
  notes: string[];
  fit: boolean;
}

export interface SlideDeck {
  title: string;
  unitTitle?: string;
  slides: Slide[];
  /** The deck has quizzes: their script and styles load. */
  hasQuizzes: boolean;
}

/** A lesson's deck: its title slide's text and, from its blocks, every slide after it. */
export function slideDeck(lesson: { title: string; unitTitle?: string }, blocks: readonly SlideBlock[]): SlideDeck {
  const slides = planSlides(blocks).map((plan) => slide(plan, blocks, lesson.title));
  return {
    title: lesson.title,
    unitTitle: lesson.unitTitle,
    slides,
    hasQuizzes: blocks.some((block) => block.kind === "quiz"),
  };
}

function slide(plan: SlidePlan, blocks: readonly SlideBlock[], lessonTitle: string): Slide {
  const heading = plan.heading === undefined ? undefined : blocks[plan.heading];
  const parent = plan.parent === undefined ? undefined : blocks[plan.parent];
  return {
    ...(heading && !plan.continued ? { headingHtml: heading.html } : { title: heading?.text ?? lessonTitle }),
    level: heading?.level === 3 ? 3 : 2,
    ...(parent?.text ? { kicker: parent.text } : {}),
    continued: plan.continued,
    blocks: plan.blocks.map((placement) => placed(placement, blocks)),
    notes: plan.notes.map((index) => blocks[index]!.html),
    fit: plan.fit,
  };
}

/** An opening tag; an ordered list's goes on counting from `first`. */
function opening(tags: ContainerTags, first: number): string {
  return tags.start !== undefined && first !== 1 ? tags.open.replace(/^<ol/, `<ol start="${first}"`) : tags.open;
}

/** A block's HTML on one slide: the whole block, or its share of a list or quote, in the container's tags. */
function placed({ block: index, parts }: SlidePlacement, blocks: readonly SlideBlock[]): Slide["blocks"][number] {
  const block = blocks[index]!;
  if (!parts || !block.parts || !block.tags) return { html: block.html, kind: block.kind };
  const shown = parts.map((part) => block.parts![part]!);
  let html = opening(block.tags, (block.tags.start ?? 1) + parts[0]!);
  let list: number | undefined;
  for (const part of shown) {
    const inner = part.inner;
    if (list !== undefined && inner?.list !== list) html += block.lists![list]!.close;
    if (inner && inner.list !== list) {
      const tags = block.lists![inner.list]!;
      html += opening(tags, (tags.start ?? 1) + inner.position);
    }
    list = inner?.list;
    html += part.html;
  }
  if (list !== undefined) html += block.lists![list]!.close;
  return { html: html + block.tags.close, kind: block.kind };
}
