import type { SlideBlock, SlideBlockSize, SlidePlan } from "./model.ts";

/**
 * The room of a 1280×720 slide in CSS pixels, and what each kind of block takes of it, at the sizes
 * `slides.css` sets: body text 26 px on 35 px lines, about 78 characters a line; code 20 px on 28 px lines.
 * An estimate: the browser still shrinks text that overflows (down to 18 px), and the slides test measures
 * every slide.
 */
export const slideRoom = { height: 540, textLine: 35, charsPerLine: 78, codeLine: 28, codeChars: 92, gap: 18 };

/** What a list's or quote's box adds around its items. */
const containerEdges = 36;
/** The space between two list items. */
const itemGap = 6;

type Sized = Pick<SlideBlock, "kind" | "level"> & SlideBlockSize;

/** The height a block takes on a slide, in CSS pixels at 1280×720. */
export function blockHeight(block: Sized): number {
  const { textLine, charsPerLine, codeLine, codeChars, gap } = slideRoom;
  const textLines = (chars: number) => Math.max(1, Math.ceil(chars / charsPerLine));
  // Code inside a list item or a quote.
  const code = block.lines > 0 ? block.lines * codeLine + 48 : 0;
  switch (block.kind) {
    case "heading":
      return 56 + gap;
    case "text":
      return textLines(block.chars) * textLine + code + gap;
    case "list":
      // Each item starts a line; long items wrap.
      return (block.items + Math.floor(block.chars / charsPerLine)) * textLine + code + gap;
    case "code":
      // Long lines wrap on a slide instead of scrolling sideways; 48 px for the header and padding.
      return Math.max(block.lines, Math.ceil(block.chars / codeChars)) * codeLine + 48 + gap;
    case "table":
      return (block.items + Math.floor(block.chars / (charsPerLine * 2))) * (textLine + 8) + gap;
    case "image":
    case "diagram":
      return 400 + gap;
    case "quiz":
      return slideRoom.height + 1;
    case "notes":
      return 0;
  }
}

/**
 * Which blocks go on which slide. Each `##` starts a slide; each `###` starts the next one, titled by
 * the `###` under its `##`; deeper headings stay inside. A section longer than a slide goes on to
 * more slides, always between blocks; a list or quote longer than a slide goes on between its items.
 * A quiz gets a slide of its own, and so does a block bigger than a slide, unless it is the first under
 * its title: such slides are marked `fit`, for the browser to shrink their text (never under 18 px).
 * Speaker notes go with the slide they are written in.
 */
export function planSlides(blocks: readonly (Sized & { parts?: (Sized & { inner?: object })[] })[]): SlidePlan[] {
  const slides: SlidePlan[] = [];
  let current: SlidePlan | undefined;
  let used = 0;
  let section: { heading?: number; parent?: number } = {};
  const start = () => {
    current = { ...section, continued: current !== undefined, blocks: [], notes: [], fit: false };
    slides.push(current);
    used = 0;
  };
  /** Makes room for something `height` tall, alone on its slide if `alone`; returns the slide. */
  const room = (height: number, alone: boolean): SlidePlan => {
    const full = current && current.blocks.length > 0 && (alone || used + height > slideRoom.height);
    if (!current || current.fit || full) start();
    current!.fit = alone;
    used += height;
    return current!;
  };

  blocks.forEach((block, index) => {
    if (block.kind === "heading" && (block.level === 2 || block.level === 3)) {
      const parent = block.level === 3 ? (section.parent ?? section.heading) : undefined;
      section = block.level === 2 ? { heading: index } : { heading: index, parent };
      current = undefined;
      start();
      current!.continued = false;
      return;
    }
    if (block.kind === "notes") {
      if (!current) start();
      current!.notes.push(index);
      return;
    }
    const height = blockHeight(block);
    const tooBig = height > slideRoom.height;
    if (tooBig && block.parts && block.parts.length > 1) {
      block.parts.forEach((part, partIndex) => {
        // Items of a list sit closer than blocks do.
        const partHeight = blockHeight(part) - (block.kind === "list" || part.inner ? slideRoom.gap - itemGap : 0);
        const last = current?.blocks.at(-1);
        // A share of the container on a new slide brings the container's own margins and padding.
        const slide = room(partHeight + (last?.block === index ? 0 : containerEdges), partHeight > slideRoom.height);
        const shared = slide.blocks.at(-1);
        if (shared?.block === index && shared.parts) shared.parts.push(partIndex);
        else slide.blocks.push({ block: index, parts: [partIndex] });
      });
      return;
    }
    room(height, block.kind === "quiz" || tooBig).blocks.push({ block: index });
  });
  return slides;
}
