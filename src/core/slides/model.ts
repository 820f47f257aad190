/**
 * A lesson as slides: the blocks of its rendered body, in order, as the Markdown chain found them
 * (`rehype-slides.ts`), kept apart from the page's HTML so the slides route never reads HTML back.
 */

/** Where the Markdown chain publishes a lesson's blocks: `remarkPluginFrontmatter[slidesKey]`. */
export const slidesKey = "slides";

/** What a block is, as far as fitting it on a slide goes. */
export type SlideBlockKind = "heading" | "text" | "list" | "code" | "diagram" | "table" | "image" | "quiz" | "notes";

/** How big a block is, measured on its content: what the splitter weighs. */
export interface SlideBlockSize {
  /** Characters of plain text. */
  chars: number;
  /** Lines of a code block (0 for others). */
  lines: number;
  /** Items of a list, rows of a table, options of a quiz (0 for others). */
  items: number;
}

export interface SlideBlock extends SlideBlockSize {
  kind: SlideBlockKind;
  /** 1–6 for a heading. */
  level?: number;
  /** The heading's plain text (continued slides repeat it). */
  text?: string;
  /** The block as the lesson page renders it; for notes, their content without «Notas:». */
  html: string;
  /**
   * A list or quote too long for one slide goes on over several, split between its children: their sizes
   * and HTML, and the container's tags to wrap each slide's share in.
   */
  parts?: SlideBlockPart[];
  /** The container's own tags. */
  tags?: ContainerTags;
  /** The tags of the lists inside it whose items are parts. */
  lists?: ContainerTags[];
}

/** A child of a container block: a list item or a paragraph of a quote. */
export interface SlideBlockPart extends SlideBlockSize {
  kind: SlideBlockKind;
  html: string;
  /** An item of a list inside the container (a numbered list in a quote): that list, and the item's place in it. */
  inner?: { list: number; position: number };
}

/** A container's opening tag (without `start`), its closing tag, and the number of an ordered list's first item. */
export interface ContainerTags {
  open: string;
  close: string;
  start?: number;
}

/** A block on a slide: the whole block, or only some of its parts. */
export interface SlidePlacement {
  block: number;
  /** The parts of the block on this slide; all of them when absent. */
  parts?: number[];
}

/** One slide: which blocks of the lesson it shows. */
export interface SlidePlan {
  /** The `##` (or `###`) heading block that titles it; none for the lesson's opening text. */
  heading?: number;
  /** The `##` above a `###` slide, shown as a small line over its title. */
  parent?: number;
  /** The section's second, third… slide: its title says «(continuación)». */
  continued: boolean;
  /** The blocks on it, in order. */
  blocks: SlidePlacement[];
  /** Speaker notes written in this part of the lesson. */
  notes: number[];
  /** One block too big for a slide, alone: the browser scales it to fit. */
  fit: boolean;
}
