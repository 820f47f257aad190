import type { MarkdownHeading } from "@astrojs/markdown-remark";
import type { Root as HastRoot } from "hast";
import type { Root } from "mdast";
import { EXIT, visit } from "unist-util-visit";
import type { PluggableList } from "unified";
import { VFile } from "vfile";
import { splitFrontmatter } from "../text/frontmatter.ts";
import { dropRepeatedTitle } from "../text/title.ts";
import { markdownParser, parseMarkdown } from "../text/parse.ts";
import type { CourseConfig } from "../course/schema.ts";
import type { Problem } from "../problems/model.ts";
import { problemsOf } from "../problems/report.ts";
import { preprocessLiquid } from "./liquid.ts";
import type { PipelineOptions } from "./pipeline.ts";

/** What the plugins know about the lesson they are reading: set by the reader, never guessed. */
export interface LessonContext {
  /** `unit/slug`, the page's id: quiz ids and stored progress are keyed by it. */
  lessonId: string;
  unit: string;
  course: CourseConfig;
  /** Number the lines of its code blocks: the lesson's `lineNumbers`, else the course's. */
  lineNumbers?: boolean;
}

declare module "vfile" {
  interface DataMap {
    aula: LessonContext;
  }
}

const isMdx = (file: string) => file.toLowerCase().endsWith(".mdx");

export interface LessonText {
  /** The body as the parser sees it: front matter blanked, Liquid applied; line N is line N of the file. */
  text: string;
  problems: Problem[];
}

/**
 * The steps before parsing, for both reading and rendering: front matter lines blanked and Liquid
 * (`.md` only: MDX has its own braces). `source` is the whole file. A body that starts with `---`
 * needs no guard: only Astro's own front matter reader took it for a second front matter.
 */
export function lessonText(
  file: string,
  source: string,
  options: { baseUrl?: string; title?: string } = {},
): LessonText {
  const split = splitFrontmatter(source).body;
  const body = options.title ? dropRepeatedTitle(split, options.title) : split;
  if (isMdx(file)) return { text: body, problems: [] };
  const liquid = preprocessLiquid(body, { baseUrl: options.baseUrl ?? "", file });
  return { text: liquid.text, problems: liquid.diagnostics };
}

export interface ParsedLesson extends LessonText {
  /** The Markdown tree with lesson-file positions; absent when the file could not be parsed. */
  tree?: Root;
}

function errorPlace(error: unknown): { line: number; column: number; message: string } {
  const e = error as {
    line?: number;
    column?: number;
    place?: { line?: number; column?: number; start?: { line: number; column: number } };
    reason?: string;
    message?: string;
  };
  const place = e.place && "start" in e.place && e.place.start ? e.place.start : e.place;
  return {
    line: e.line ?? (place as { line?: number } | undefined)?.line ?? 1,
    column: e.column ?? (place as { column?: number } | undefined)?.column ?? 1,
    message: (e.reason ?? e.message ?? String(error)).split("\n")[0] ?? "",
  };
}

/** Reads a lesson without rendering it (the lint): the same text and the same parser as the build. */
export function parseLesson(file: string, source: string, options: { baseUrl?: string } = {}): ParsedLesson {
  const prepared = lessonText(file, source, options);
  try {
    return { ...prepared, tree: parseMarkdown(prepared.text, { mdx: isMdx(file) }) };
  } catch (error) {
    const { line, column, message } = errorPlace(error);
    const problem: Problem = {
      file,
      line,
      column,
      severity: "error",
      ruleId: "markdown/parse",
      message: `No se pudo leer la lección: ${message}`,
    };
    return { ...prepared, problems: [...prepared.problems, problem] };
  }
}

/** What Astro's content store keeps for a rendered entry, so `render(entry)` gives Content and headings. */
export interface RenderedLesson {
  html: string;
  metadata: { headings: MarkdownHeading[]; frontmatter: Record<string, unknown>; imagePaths: string[] };
  /** What the plugins reported on the lesson. */
  problems: Problem[];
}

type RawPlugin = () => (tree: HastRoot, file: VFile) => HastRoot;

/**
 * rehype-raw, only on a tree that still has raw HTML: `rehype-html-refs` already parsed the teacher's,
 * and re-parsing a whole tree without any costs as much as a plugin of ours.
 */
export function rehypeRawIfAny(rehypeRaw: RawPlugin) {
  return function rehypeRawIfAny() {
    const parse = rehypeRaw();
    return (tree: HastRoot, file: VFile) => {
      let found = false;
      visit(tree, "raw", () => {
        found = true;
        return EXIT;
      });
      return found ? parse(tree, file) : tree;
    };
  };
}

export type LessonRenderer = (text: string, file: { path: string; context?: LessonContext }) => Promise<RenderedLesson>;

/**
 * The one Markdown-to-HTML chain of `.md` lessons: the parser, our plugins from `pipeline.ts`,
 * Shiki with the site's themes, Astro's heading ids and raw HTML, as `@astrojs/markdown-remark`
 * orders them. `.mdx` lessons get the same plugin list through `@astrojs/mdx`. Loaded lazily, so
 * reading a lesson (the lint) does not load Shiki, mermaid or the plugins.
 */
export async function createLessonRenderer(options: PipelineOptions): Promise<LessonRenderer> {
  const [
    { rehypeHeadingIds, rehypeShiki },
    { default: rehypeRaw },
    { default: rehypeStringify },
    { default: remarkRehype },
  ] = await Promise.all([
    import("@astrojs/markdown-remark"),
    import("rehype-raw"),
    import("rehype-stringify"),
    import("remark-rehype"),
  ]);
  const { createPipeline, shikiConfig } = await import("./pipeline.ts");
  const { remarkPlugins, rehypePlugins } = createPipeline(options);
  const processor = markdownParser()
    .use(remarkPlugins as PluggableList)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
    .use(rehypeShiki, shikiConfig)
    .use(rehypePlugins as PluggableList)
    .use(rehypeHeadingIds)
    .use(rehypeRawIfAny(rehypeRaw))
    .use(rehypeStringify, { allowDangerousHtml: true });
  return async (text, file) => {
    const vfile = new VFile({ value: text, path: file.path, data: { astro: { frontmatter: {} } } });
    if (file.context) vfile.data.aula = file.context;
    const result = await processor.process(vfile);
    const astro = result.data.astro as { headings?: MarkdownHeading[]; frontmatter?: Record<string, unknown> };
    return {
      html: String(result.value),
      metadata: { headings: astro.headings ?? [], frontmatter: astro.frontmatter ?? {}, imagePaths: [] },
      problems: problemsOf(result),
    };
  };
}
