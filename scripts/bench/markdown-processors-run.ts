// Renders the anchor pages with each Markdown processor for `npm run bench -- --markdown`; the
// options, the content check and the report are in `markdown-processors.ts`.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { MarkdownRenderer } from "@astrojs/markdown-remark";
import GithubSlugger from "github-slugger";
import type { HastPluginEntry } from "satteri";
import type { Pluggable, PluggableList, Plugin, Processor } from "unified";
import { VFile } from "vfile";
import { parseCourseConfig } from "../../src/core/course/config.ts";
import { splitFrontmatter } from "../../src/core/text/frontmatter.ts";
import { strings } from "../../src/core/i18n/es.ts";
import { createPipeline, shikiConfig } from "../../src/core/markdown/pipeline.ts";
import {
  createLessonRenderer,
  type LessonContext,
  lessonText,
  rehypeRawIfAny,
} from "../../src/core/markdown/source.ts";
import { markdownParser } from "../../src/core/text/parse.ts";
import {
  checkHtml,
  expectedContent,
  formatMarkdownBench,
  type MarkdownBenchReport,
  parseMarkdownBenchArgs,
  type PageExpectation,
  type ProcessorId,
  type ProcessorResult,
  processors,
  type StageTime,
} from "./markdown-processors.ts";
import { median } from "./vs-starlight.ts";

const root = resolve(import.meta.dirname, "../..");
const benchDir = join(root, ".aula/bench");
const anchors = resolve(process.env.AULA_ANCHORS_DIR ?? join(root, "../shared/anchors"));
const unit = "capitulo";

interface Page {
  name: string;
  path: string;
  source: string;
  /** What Astro's collections hand to the processor: the body without front matter, trimmed. */
  body: string;
  expected: PageExpectation;
}

type Render = (page: Page) => Promise<string>;

function readPages(dir: string): Page[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const source = readFileSync(path, "utf8");
      const body = splitFrontmatter(source).body.trim();
      return { name, path, source, body, expected: expectedContent(body) };
    });
}

const astroRender = (processor: MarkdownRenderer): Render => {
  return async (page) => (await processor.render(page.body, { fileURL: pathToFileURL(page.path) })).code;
};

/**
 * `rehype-headings.ts` as a Sätteri hast plugin: the id and the visible anchor link, and `no_toc` ids.
 * The `h1` → `h2` rename is left out (the anchor pages have no `# ` heading outside code).
 */
const satteriHeadings: HastPluginEntry = () => {
  const slugger = new GithubSlugger();
  const excluded: string[] = [];
  return {
    name: "aula-headings",
    element: {
      filter: ["h2", "h3", "h4", "h5", "h6"],
      visit(node, ctx) {
        const text = ctx.textContent(node);
        const existing = node.properties?.id;
        const id = typeof existing === "string" ? existing : slugger.slug(text);
        ctx.setProperty(node, "id", id);
        const classes = node.properties?.className;
        if (Array.isArray(classes) && classes.includes("no_toc")) excluded.push(id);
        ctx.appendChild(node, {
          type: "element",
          tagName: "a",
          properties: {
            className: ["heading-anchor"],
            href: `#${id}`,
            ariaLabel: `${strings["heading.anchor"]}: ${text}`,
          },
          children: [],
        });
      },
    },
    after(_root, ctx) {
      const astro = ctx.data.astro;
      if (astro) astro.frontmatter.tocExclude = excluded;
    },
  };
};

function lessonContextFor(page: Page, course: LessonContext["course"]): LessonContext {
  return { lessonId: `${unit}/${page.name.replace(/\.md$/, "")}`, unit, course };
}

type Transformer = (tree: unknown, file: VFile, next?: (error?: unknown, tree?: unknown) => void) => unknown;

/** `plugin` with its transformer timed into `stages[name]` (sync, promise or callback transformers). */
function timedPlugin(name: string, plugin: Plugin, stages: Map<string, number>): Plugin {
  const add = (start: number) => stages.set(name, (stages.get(name) ?? 0) + performance.now() - start);
  return function (this: Processor, ...args: unknown[]) {
    const transformer = (plugin as (...a: unknown[]) => unknown).apply(this, args) as Transformer | undefined;
    if (typeof transformer !== "function") return transformer;
    return (tree: unknown, file: VFile) => {
      const start = performance.now();
      if (transformer.length >= 3) {
        return new Promise<unknown>((done, fail) =>
          transformer(tree, file, (error, result) => {
            add(start);
            if (error) fail(error);
            else done(result);
          }),
        );
      }
      const result = transformer(tree, file);
      if (result instanceof Promise) return result.finally(() => add(start));
      add(start);
      return result;
    };
  } as Plugin;
}

function timedList(list: PluggableList, stages: Map<string, number>): PluggableList {
  return list.map((entry: Pluggable) => {
    const [plugin, ...options] = Array.isArray(entry) ? entry : [entry];
    if (typeof plugin !== "function") return entry;
    return [timedPlugin(plugin.name || "plugin", plugin as Plugin, stages), ...options] as Pluggable;
  });
}

/**
 * `createLessonRenderer`'s chain, rebuilt with every step timed: the HTML must come out the same.
 * Also returns the names of the steps that are ours (`pipeline.ts`), the rest being Astro's chain.
 */
async function instrumentedAula(options: { base: string; publicDir: string }, stages: Map<string, number>) {
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
  const { remarkPlugins, rehypePlugins } = createPipeline(options);
  const own = new Set(
    [...remarkPlugins, ...rehypePlugins].map((entry) => {
      const plugin: unknown = Array.isArray(entry) ? entry[0] : entry;
      return typeof plugin === "function" ? plugin.name : String(plugin);
    }),
  );
  const processor = markdownParser()
    .use(timedList(remarkPlugins as PluggableList, stages))
    .use(timedList([[remarkRehype, { allowDangerousHtml: true, passThrough: [] }]], stages))
    .use(timedList([[rehypeShiki, shikiConfig]], stages))
    .use(timedList(rehypePlugins as PluggableList, stages))
    .use(timedList([rehypeHeadingIds, rehypeRawIfAny(rehypeRaw)], stages))
    .use(rehypeStringify, { allowDangerousHtml: true });
  const add = (name: string, start: number) => stages.set(name, (stages.get(name) ?? 0) + performance.now() - start);
  return {
    own,
    render: async (text: string, path: string, context: LessonContext) => {
      const file = new VFile({ value: text, path, data: { astro: { frontmatter: {} } } });
      file.data.aula = context;
      let start = performance.now();
      const tree = processor.parse(file);
      add("análisis (remark-parse + GFM)", start);
      const hast = (await processor.run(tree, file)) as Parameters<typeof processor.stringify>[0];
      start = performance.now();
      const html = processor.stringify(hast, file);
      add("rehype-stringify", start);
      return String(html);
    },
  };
}

/** Renders every page once, untimed: warms the processor up and checks what each page kept. */
async function warmUp(pages: Page[], render: Render, sample: Page) {
  const failures: ProcessorResult["failures"] = [];
  let sampleHtmlBytes = 0;
  for (const page of pages) {
    const html = await render(page);
    const problem = checkHtml(html, page.expected)[0];
    if (problem) failures.push({ page: page.name, problem });
    if (page === sample) sampleHtmlBytes = Buffer.byteLength(html);
  }
  return { failures, sampleHtmlBytes };
}

/** One timed pass over every page, from a collected heap; our plugins' problems are forgotten after. */
async function timedPass(pages: Page[], render: Render): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  for (const page of pages) await render(page);
  const ms = performance.now() - start;
  return ms;
}

export async function runMarkdownBench(argv: string[]): Promise<number> {
  const options = parseMarkdownBenchArgs(argv);
  const work = join(benchDir, "markdown");
  const contentDir = join(work, `content-${options.scale}`);
  rmSync(contentDir, { recursive: true, force: true });
  const made = spawnSync(
    process.execPath,
    [join(anchors, "make-content.mjs"), contentDir, "--scale", String(options.scale), "--clean"],
    { encoding: "utf8" },
  );
  if (made.status !== 0) throw new Error(`make-content.mjs terminó con el código ${made.status}\n${made.stderr}`);
  const pages = readPages(contentDir);
  const sample = pages.find((p) => p.name.startsWith("05-")) ?? pages[0]!;
  const machine = `${cpus().length} núcleos, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, carga ${loadavg()[0]!.toFixed(1)} al empezar`;

  const { createMarkdownProcessor } = await import("@astrojs/markdown-remark");
  const { createSatteriMarkdownProcessor } = await import("@astrojs/markdown-satteri");
  const common = { shikiConfig: { ...shikiConfig }, smartypants: false } as const;
  const publicDir = mkdtempSync(join(tmpdir(), "aula-bench-public-"));
  const pipelineOptions = { base: "/", publicDir, diagramCacheDir: join(work, "diagramas") };
  const { config: course, diagnostics } = parseCourseConfig(
    `title: Banco de Markdown\nunits:\n  - id: ${unit}\n    title: Capítulo\n`,
    "curso.yaml",
  );
  if (!course) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  const aula = await createLessonRenderer(pipelineOptions);
  const aulaRender: Render = async (page) => {
    const text = lessonText(page.path, page.source, { baseUrl: "" });
    return (await aula(text.text, { path: page.path, context: lessonContextFor(page, course) })).html;
  };
  const renders: Record<ProcessorId, () => Promise<Render>> = {
    unified: async () => astroRender(await createMarkdownProcessor(common)),
    "unified-sin-shiki": async () => astroRender(await createMarkdownProcessor({ ...common, syntaxHighlight: false })),
    satteri: async () => astroRender(await createSatteriMarkdownProcessor(common)),
    "satteri-sin-shiki": async () =>
      astroRender(await createSatteriMarkdownProcessor({ ...common, syntaxHighlight: false })),
    "satteri-encabezados": async () =>
      astroRender(await createSatteriMarkdownProcessor({ ...common, hastPlugins: [satteriHeadings] })),
    aula: async () => aulaRender,
  };

  const ready: { id: ProcessorId; render: Render }[] = [];
  for (const id of processors) ready.push({ id, render: await renders[id]() });
  const results: ProcessorResult[] = [];
  for (const { id, render } of ready) results.push({ id, passesMs: [], ...(await warmUp(pages, render, sample)) });
  // Passes in turns, each starting one processor further on, so none always runs first or last.
  for (let pass = 0; pass < options.passes; pass++) {
    for (let i = 0; i < ready.length; i++) {
      const k = (i + pass) % ready.length;
      results[k]!.passesMs.push(await timedPass(pages, ready[k]!.render));
    }
  }
  for (const r of results) {
    console.log(`${r.id}: ${median(r.passesMs).toFixed(0)} ms (${r.passesMs.map((n) => n.toFixed(0)).join(", ")})`);
  }

  // aula step by step: each pass adds into `perPass`, and each step's median over passes is kept.
  const perPass = new Map<string, number>();
  const { own, render } = await instrumentedAula(pipelineOptions, perPass);
  const liquid = "Liquid y front matter (lessonText)";
  const renderStaged: Render = async (page) => {
    const start = performance.now();
    const text = lessonText(page.path, page.source, { baseUrl: "" });
    perPass.set(liquid, (perPass.get(liquid) ?? 0) + performance.now() - start);
    return render(text.text, page.path, lessonContextFor(page, course));
  };
  for (const page of pages) {
    if ((await renderStaged(page)) !== (await aulaRender(page)))
      throw new Error(`la copia instrumentada de aula da otro HTML para ${page.name}`);
  }
  const stageRuns: Map<string, number>[] = [];
  for (let pass = 0; pass < options.passes; pass++) {
    perPass.clear();
    await timedPass(pages, renderStaged);
    stageRuns.push(new Map(perPass));
  }
  const stageTimes: StageTime[] = [...(stageRuns[0]?.keys() ?? [])].map((name) => ({
    name,
    ms: median(stageRuns.map((run) => run.get(name) ?? 0)) / pages.length,
    own: name === liquid || own.has(name),
  }));

  const report: MarkdownBenchReport = {
    date: new Date().toISOString(),
    machine,
    scale: options.scale,
    pages: pages.length,
    sourceBytes: pages.reduce((sum, p) => sum + Buffer.byteLength(p.body), 0),
    samplePage: sample.name,
    results,
    stages: stageTimes,
  };
  const markdown = formatMarkdownBench(report);
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(join(benchDir, "markdown.md"), markdown);
  writeFileSync(join(benchDir, "markdown.json"), `${JSON.stringify(report, null, 2)}\n`);
  rmSync(publicDir, { recursive: true, force: true });
  console.log(`\n${markdown}\nInforme: ${join(benchDir, "markdown.md")} y markdown.json`);
  return results.some((r) => r.failures.length) ? 1 : 0;
}
