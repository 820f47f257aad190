import type { RehypePlugins, RemarkPlugins } from "@astrojs/markdown-remark";
import remarkAutolinkHosts from "./remark-autolink-hosts.ts";
import remarkCallouts from "./remark-callouts.ts";
import remarkLessonContext from "./context.ts";
import rehypeCollectProblems from "./rehype-collect-problems.ts";
import type { DiagramSession } from "../diagrams/session.ts";
import type { ProblemCollector } from "../problems/report.ts";
import type { LessonContext } from "./source.ts";
import remarkCodeBlocks from "./remark-code-blocks.ts";
import remarkFigures from "./remark-figures.ts";
import remarkKramdownIal from "./remark-kramdown-ial.ts";
import remarkKramdownStrong from "./remark-kramdown-strong.ts";
import remarkQuoteLang from "./remark-quote-lang.ts";
import { createTranslator, type Translator } from "../i18n/index.ts";
import rehypeExternalLinks from "rehype-external-links";
import remarkMermaid from "./remark-mermaid.ts";
import remarkQuiz from "./remark-quiz.ts";
import rehypeHeadings from "./rehype-headings.ts";
import rehypeHtmlRefs from "./rehype-html-refs.ts";
import rehypeLinkCheck from "./rehype-link-check.ts";
import rehypeInlineCode from "./rehype-inline-code.ts";
import rehypeScrollTables from "./rehype-scroll-tables.ts";
import rehypeQuizAnchors from "./rehype-quiz-anchors.ts";
import rehypeCollectAssets from "./rehype-collect-assets.ts";
import rehypeSlides from "./rehype-slides.ts";
import type { ShikiTransformer } from "shiki";
import { shikiUntimed } from "./shiki-untimed.ts";

/** What the plugins need to know about the site. */
export interface PipelineOptions {
  /** Base path of the site, ending in `/`. */
  base: string;
  /** Absolute path of `public/`. */
  publicDir: string;
  /** The old Jekyll site's base path, from the course config. */
  legacyBase?: string;
  /** The course's texts in its language (`lang:` in curso.yaml); Spanish when left out. */
  i18n?: Translator;
  /** Where rendered diagrams are cached; `.aula/cache/diagrams/` by default. */
  diagramCacheDir?: string;
  /** The build's shared state (`src/core/session.ts`); tests and tools leave it out. */
  session?: {
    lessonContexts: ReadonlyMap<string, LessonContext>;
    diagrams: DiagramSession;
    /** Set for `.mdx` lessons, which Vite compiles: their problems are collected here for the build's end. */
    problems?: ProblemCollector;
  };
}

/**
 * Code highlighting: a light and a dark theme, switched by CSS variables (no flash, no JS), tokenized
 * without a time limit, so the same code always gives the same HTML (`shiki-untimed.ts`).
 */
export const shikiConfig = {
  themes: { light: "github-light-default", dark: "github-dark-default" },
  defaultColor: false,
  transformers: [shikiUntimed] as ShikiTransformer[],
} as const;

/** The one list of plugins: `source.ts` (`.md` lessons, tests) and `@astrojs/mdx` (`.mdx` lessons) use it. */
export function createPipeline(options: PipelineOptions): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
} {
  const i18n = options.i18n ?? createTranslator();
  return {
    remarkPlugins: [
      // The lesson's id, unit and course, for `.mdx` files (the reader sets them for `.md`).
      [remarkLessonContext, { contexts: options.session?.lessonContexts ?? new Map() }],
      // Quizzes: before the IAL plugin, which would drop `{:.quiz}`.
      [remarkQuiz, { i18n }],
      remarkKramdownIal,
      remarkKramdownStrong,
      [remarkQuoteLang, { pageLanguage: i18n.lang }],
      [remarkCallouts, { i18n }],
      // Bare example hosts (`www.website1.local`) stay text.
      remarkAutolinkHosts,
      [remarkFigures, { base: options.base, publicDir: options.publicDir, legacyBase: options.legacyBase, i18n }],
      // Diagrams: before the code-block plugin, so mermaid fences never become code.
      [
        remarkMermaid,
        { base: options.base, cacheDir: options.diagramCacheDir, session: options.session?.diagrams, i18n },
      ],

      [remarkCodeBlocks, { i18n }],
    ],
    rehypePlugins: [
      // First: it parses raw HTML, so the plugins after it see the teacher's <img> and <iframe> too.
      [rehypeHtmlRefs, { base: options.base, publicDir: options.publicDir, legacyBase: options.legacyBase, i18n }],
      [rehypeHeadings, { i18n }],
      rehypeQuizAnchors,
      // After the headings have their ids, which `#anchors` must match.
      rehypeLinkCheck,
      [rehypeExternalLinks, { rel: ["noopener", "noreferrer"] }],
      rehypeInlineCode,
      rehypeScrollTables,
      // The files the lesson links or embeds, for the course manifest (`src/core/manifest/`).
      [rehypeCollectAssets, { base: options.base }],
      // Last: it takes speaker notes out of the page and records the blocks the slides are made of.
      rehypeSlides,
      ...(options.session?.problems
        ? [[rehypeCollectProblems, { problems: options.session.problems }] as [typeof rehypeCollectProblems, unknown]]
        : []),
    ],
  };
}
