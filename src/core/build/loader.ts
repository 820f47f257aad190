import { existsSync, readFileSync } from "node:fs";
import { createTranslator, sourceLanguage } from "../i18n/index.ts";
import { basename, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { problemFormatter } from "../problems/format.ts";
import type { Problem } from "../problems/model.ts";
import { AuthorError, ProblemCollector, relativeFilePath } from "../problems/report.ts";
import { type BuildSession, sessionFromConfig } from "../session.ts";
import { createLessonRenderer, type LessonRenderer, lessonText } from "../markdown/source.ts";
import type { CourseConfig } from "../course/schema.ts";
import { courseConfigFileName } from "../course/config.ts";
import { jekyllConfigFileName } from "../course/jekyll-config.ts";
import { loadCourseConfig, type SiteEnv } from "../course/env.ts";
import { readLesson } from "../course/lessons.ts";
import { listLessonFiles } from "../course/lessons-files.ts";
import { addressTaken } from "../course/pages.ts";
import { entryPath, planRedirects } from "../course/redirects.ts";
import { lessonQuizzes } from "../markdown/lesson-quizzes.ts";
import { lessonHtmlDir, pruneLessonHtml, writeLessonHtml } from "./lesson-html.ts";
import { slidesKey } from "../slides/model.ts";
import { renderVersion } from "./render-version.ts";

/** What a stored `.md` entry keeps besides its HTML: the problems its plugins reported, to repeat them. */
export interface StoredMetadata {
  problems?: Problem[];
  /** The file holding the lesson's HTML (see `lesson-html.ts`); the store's own `html` is left empty. */
  htmlFile?: string;
  /** The file holding the lesson's blocks for its slides (`src/core/slides/`), as JSON, kept out of the store too. */
  slidesFile?: string;
}

/** One pass over the course: what every lesson of this pass shares. */
interface Pass {
  session: BuildSession;
  env: SiteEnv;
  /** The course's root folder, which entries' `filePath` are relative to. */
  root: string;
  course: CourseConfig;
  render: LessonRenderer;
  context: string;
  /** `astro dev`: a lesson with errors is stored with them (its page shows them) instead of failing. */
  dev: boolean;
  /** Where rendered HTML goes, next to Astro's own cache. */
  htmlDir: string;
}

/**
 * Loads every lesson of the course. Unlike Astro's glob loader it reads Jekyll front matter
 * leniently, renders `.md` lessons through our one reader (so plugins get the lesson's id, unit
 * and course, and positions are file positions), and fails the build once, listing every author
 * mistake, instead of logging and carrying on. A lesson is rendered again only when its file, the
 * course config, the base path or the rendering code changed; entries of deleted files are dropped.
 *
 * In `astro dev` it watches the content folder: a saved lesson is read again alone, an added, renamed
 * or deleted lesson or a changed `curso.yaml` re-runs the pass (unchanged lessons are kept by digest),
 * an image added under `public/` re-renders the lessons that missed it. Errors never stop the server:
 * each is printed as one line and stored with its lesson, whose page lists them.
 */
export function courseLoader(): Loader {
  /** What this loader's passes found; the dev server forgets a file's problems when it is read again. */
  const collector = new ProblemCollector();
  let renderer: { key: string; render: LessonRenderer } | undefined;
  const watched = new WeakSet<object>();
  /** Lesson id by content-relative path, to drop the entry of a deleted or renamed file. */
  const idByPath = new Map<string, string>();
  /** Every lesson file of the last pass, so what was said about a deleted one is forgotten. */
  let lessonPaths: string[] = [];
  /** `notLessons` of the last pass's `curso.yaml`. */
  let notLessons: readonly string[] = [];
  /** Syncs run one at a time: a save during a pass waits for it. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = (task: () => Promise<void>) => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function startPass(dev: boolean, ctx: LoaderContext): Promise<Pass> {
    const session = sessionFromConfig(ctx.config);
    const env = session.site;
    const course = loadCourseConfig(env.contentDir, (p) => collector.add(p));
    const rendererKey = `${env.base}\n${course.legacyBase ?? ""}\n${course.lang}\n${JSON.stringify(course.strings ?? {})}`;
    if (renderer?.key !== rendererKey) {
      const options = {
        base: env.base,
        publicDir: env.publicDir,
        legacyBase: course.legacyBase,
        i18n: createTranslator(course.lang ?? sourceLanguage, course.strings),
        session: { lessonContexts: session.lessonContexts, diagrams: session.diagrams },
      };
      renderer = { key: rendererKey, render: await createLessonRenderer(options) };
    }
    const context = `${renderVersion()}\n${env.base}\n${JSON.stringify(course)}\n`;
    return {
      session,
      env,
      root: fileURLToPath(ctx.config.root),
      course,
      render: renderer.render,
      context,
      dev,
      htmlDir: lessonHtmlDir(fileURLToPath(ctx.config.cacheDir)),
    };
  }

  /** Reads, and renders when changed, one lesson; returns its problems and its id if it has an entry. */
  async function syncLesson(
    ctx: LoaderContext,
    pass: Pass,
    path: string,
    force = false,
  ): Promise<{ id?: string; problems: Problem[] }> {
    const { store, parseData, generateDigest } = ctx;
    const { env, course, render, context, dev, htmlDir } = pass;
    const absolute = join(env.contentDir, path);
    const file = relativeFilePath(absolute, pass.root);
    const filePath = relative(pass.root, absolute);
    collector.clearFile(file);
    const source = readFileSync(absolute, "utf8");
    const digest = generateDigest(context + source);
    const lesson = readLesson(path, file, source, course);
    const problems: Problem[] = [...lesson.diagnostics];
    const previousId = idByPath.get(path);
    // In dev a lesson whose front matter broke keeps its last good entry, now carrying the errors.
    const keepErrors = (id: string | undefined, own: Problem[], html = "") => {
      const previous = id ? store.get(id) : undefined;
      if (!dev || !previous) return undefined;
      store.set({ ...previous, digest, rendered: { html, metadata: { problems: own } } });
      return previous.id;
    };
    const read = entryOf(lesson, course);
    if (!read) return { id: keepErrors(previousId, problems), problems };

    const id = read.id;
    if (previousId && previousId !== id) store.delete(previousId);
    idByPath.set(path, id);
    const lineNumbers =
      typeof read.data.lineNumbers === "boolean" ? read.data.lineNumbers : (course.lineNumbers ?? false);
    const lessonContext = { lessonId: id, unit: read.data.unit, course, lineNumbers };
    pass.session.lessonContexts.set(absolute, lessonContext);
    const text = lessonText(file, source, { baseUrl: env.base.replace(/\/$/, ""), title: read.repeatedTitle });
    problems.push(...text.problems);
    const stored = store.get(id);
    const storedMetadata = stored?.rendered?.metadata as StoredMetadata | undefined;
    const storedProblems = storedMetadata?.problems ?? [];
    const htmlKept =
      path.endsWith(".mdx") ||
      (!!storedMetadata?.htmlFile &&
        existsSync(storedMetadata.htmlFile) &&
        !!storedMetadata.slidesFile &&
        existsSync(storedMetadata.slidesFile));
    if (
      !force &&
      htmlKept &&
      stored?.digest === digest &&
      stored.filePath === filePath &&
      !storedProblems.some(missesAFile)
    ) {
      problems.push(...storedProblems);
      return { id, problems };
    }
    const data = await parseData({
      id,
      data: { ...read.data, oldAddresses: lesson.oldAddresses ?? [] },
      filePath: absolute,
    });
    const entry = { id, data, body: lesson.body, filePath, digest };
    if (path.endsWith(".mdx")) {
      store.set({ ...entry, deferredRender: true });
      return { id, problems };
    }
    try {
      const rendered = await render(text.text, { path: absolute, context: lessonContext });
      const reported = rendered.problems;
      const own = dev ? [...problems, ...reported] : reported;
      const htmlFile = writeLessonHtml(htmlDir, rendered.html);
      const { [slidesKey]: slides, ...frontmatter } = rendered.metadata.frontmatter;
      const slidesFile = writeLessonHtml(htmlDir, JSON.stringify(slides ?? []), ".json");
      // Astro ignores a set() with the digest it has; a lesson rendered again for a file that arrived has it.
      if (stored?.digest === digest) store.delete(id);
      for (const p of reported) collector.add(p);
      store.set({
        ...entry,
        rendered: { html: "", metadata: { ...rendered.metadata, frontmatter, problems: own, htmlFile, slidesFile } },
      });
      problems.push(...reported);
    } catch (error) {
      problems.push({
        file,
        severity: "error",
        ruleId: "markdown/render",
        message: `No se pudo procesar el Markdown: ${error instanceof Error ? error.message.split("\n").at(-1) : String(error)}`,
      });
      if (dev) store.set({ ...entry, rendered: { html: "", metadata: { problems } } });
    }
    return { id, problems };
  }

  /** Every lesson; drops entries of files that are gone. Fails the build on errors, only logs them in dev. */
  async function syncAll(ctx: LoaderContext, dev: boolean): Promise<void> {
    const { store, logger } = ctx;
    const pass = await startPass(dev, ctx);
    const problems: Problem[] = [];
    const seen = new Set<string>();
    notLessons = pass.course.notLessons ?? [];
    const paths = listLessonFiles(pass.env.contentDir, notLessons);
    for (const path of [...idByPath.keys()]) if (!paths.includes(path)) idByPath.delete(path);
    for (const path of lessonPaths)
      if (!paths.includes(path)) collector.clearFile(relativeFilePath(join(pass.env.contentDir, path), pass.root));
    lessonPaths = paths;
    for (const path of paths) {
      const result = await syncLesson(ctx, pass, path);
      problems.push(...result.problems);
      if (result.id) seen.add(result.id);
    }
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    problems.push(...pageProblems(pass, idByPath));
    problems.push(...redirectConflicts(pass, store.values()));
    pruneLessonHtml(
      pass.htmlDir,
      store.values().flatMap((entry) => {
        const metadata = entry.rendered?.metadata as StoredMetadata | undefined;
        return [metadata?.htmlFile ?? [], metadata?.slidesFile ?? []].flat();
      }),
    );
    recordLessons(pass, store, idByPath);
    for (const p of problems) collector.add(p);
    const all = collector.list();
    const lang = pass.session.authorLang;
    if (dev) return report(logger, all, lang);
    for (const warning of all.filter((p) => p.severity !== "error")) logger.warn(problemFormatter(lang)(warning));
    const errors = all.filter((p) => p.severity === "error");
    if (errors.length > 0) throw new AuthorError(errors, lang);
  }

  function watch(ctx: LoaderContext, contentDir: string): void {
    const { watcher, logger } = ctx;
    if (!watcher || watched.has(watcher)) return;
    watched.add(watcher);
    const { site, authorLang } = sessionFromConfig(ctx.config);
    const publicDir = site.publicDir;
    watcher.add([contentDir, publicDir]);
    const inside = (dir: string, path: string) => path.startsWith(dir + sep);
    const lessonPath = (path: string) => {
      if (!inside(contentDir, path)) return undefined;
      const rel = relative(contentDir, path).split(sep).join("/");
      return listLessonFiles(contentDir, notLessons).includes(rel) ? rel : undefined;
    };
    const guarded = (task: () => Promise<void>) =>
      serial(task).catch((error: unknown) => {
        logger.error(error instanceof AuthorError ? error.message : String(error));
      });
    const resyncAll = () => guarded(() => syncAll(ctx, true));

    watcher.on("change", (path) => {
      if (path === join(contentDir, courseConfigFileName) || path === join(contentDir, jekyllConfigFileName))
        return void resyncAll();
      const rel = lessonPath(path);
      if (!rel) return;
      void guarded(async () => {
        const id = idByPath.get(rel);
        const result = await syncLesson(ctx, await startPass(true, ctx), rel);
        // A lesson's id comes from its front matter too: a new one may collide or reorder; re-check all.
        if (result.id !== id) return syncAll(ctx, true);
        report(logger, result.problems, authorLang);
      });
    });
    watcher.on("add", (path) => {
      if (lessonPath(path) || path === join(contentDir, courseConfigFileName)) return void resyncAll();
      if (!inside(publicDir, path)) return;
      // The figure plugin looks for files on each render; re-render the lessons that missed an image.
      void guarded(async () => {
        const missing = [...idByPath].filter(([, id]) =>
          ((ctx.store.get(id)?.rendered?.metadata as StoredMetadata | undefined)?.problems ?? []).some(missesAFile),
        );
        if (missing.length === 0) return;
        const pass = await startPass(true, ctx);
        for (const [rel] of missing) report(logger, (await syncLesson(ctx, pass, rel, true)).problems, authorLang);
      });
    });
    watcher.on("unlink", (path) => {
      if (inside(contentDir, path) && /\.(md|mdx)$/i.test(path)) void resyncAll();
    });
  }

  return {
    name: "aula-course",
    async load(ctx) {
      const dev = ctx.watcher !== undefined;
      await serial(() => syncAll(ctx, dev));
      if (dev) watch(ctx, sessionFromConfig(ctx.config).site.contentDir);
    },
  };
}

/**
 * What is wrong with the course's pages as a whole: a standalone page at a unit's address, and a Jekyll
 * `_data/navigation.yml`, which is not read (said once: the header's links come from `nav:` in each page).
 */
function pageProblems(pass: Pass, idByPath: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  const units = new Set([...idByPath.values()].filter((id) => !id.startsWith(":")).map((id) => id.split("/")[0]));
  for (const [path, id] of idByPath) {
    const slug = id.startsWith(":page/") ? id.slice(":page/".length) : undefined;
    if (slug && units.has(slug))
      problems.push(addressTaken(relativeFilePath(join(pass.env.contentDir, path), pass.root), slug, 1, slug));
  }
  const navigation = [join(pass.env.contentDir, "_data", "navigation.yml"), join(pass.root, "_data", "navigation.yml")];
  const found = navigation.find((path) => existsSync(path));
  if (found)
    problems.push({
      file: relativeFilePath(found, pass.root),
      severity: "warning",
      ruleId: "jekyll/navigation",
      message: "Este archivo de Jekyll no se usa: los enlaces de la cabecera y del pie salen de las páginas sueltas",
      fix: "añade «nav: header» o «nav: footer» al front matter de cada página que enlazaba (por ejemplo content/acerca-de.md)",
    });
  return problems;
}

/**
 * The store entry of a lesson or a page (`pages.ts`): its id, its data, and the title a first `# heading`
 * would repeat (on the home page, the course's; on a unit's, the unit's). `undefined` when the file has errors.
 */
function entryOf(
  read: ReturnType<typeof readLesson>,
  course: CourseConfig,
): { id: string; data: Record<string, unknown> & { unit: string }; repeatedTitle?: string } | undefined {
  if (read.place && read.frontmatter)
    return {
      id: read.place.id,
      data: { ...read.frontmatter, ...read.place, kind: "lesson" },
      repeatedTitle: read.frontmatter.title,
    };
  const page = read.page;
  if (!page) return undefined;
  const unitTitle = course.units.find((u) => u.id === page.unit)?.title ?? page.title;
  const title = page.kind === "home" ? course.title : page.kind === "unit" ? unitTitle : page.title;
  return {
    id: page.id,
    data: { ...page.frontmatter, title, kind: page.kind, unit: page.unit ?? "", slug: page.slug ?? "", sortKey: "" },
    repeatedTitle: title,
  };
}

/** One warning per old address that cannot redirect (the pages are written by the `[...old]` route). */
function redirectConflicts(
  pass: Pass,
  entries: Iterable<{ id: string; data: Record<string, unknown>; filePath?: string }>,
) {
  const lessons = [...entries].map((entry) => ({
    id: entry.id,
    title: String(entry.data.title),
    path: entryPath({ kind: String(entry.data.kind), unit: String(entry.data.unit), slug: String(entry.data.slug) }),
    oldAddresses: (entry.data.oldAddresses as string[] | undefined) ?? [],
    file: entry.filePath ? relativeFilePath(join(pass.root, entry.filePath), pass.root) : entry.id,
  }));
  const fileOf = new Map(lessons.map((lesson) => [lesson.id, lesson.file]));
  const { conflicts } = planRedirects(lessons, (file) => existsSync(join(pass.env.publicDir, file)));
  return conflicts.map((conflict): Problem => ({
    file: fileOf.get(conflict.lessonId) ?? conflict.lessonId,
    severity: "warning",
    ruleId: "course/old-address",
    message: `La dirección antigua «${conflict.from}» ya es ${conflict.keptBy ? `de la lección «${conflict.keptBy}»` : "de otra página del sitio"}: no redirige a esta lección`,
    fix: "quítala de «redirect_from» o de «permalink»",
  }));
}

type LessonRecord = BuildSession["lessons"] extends Map<string, infer R> ? R : never;

/** What the course manifest needs of every lesson, from the store: also those reused from the last build. */
function recordLessons(pass: Pass, store: LoaderContext["store"], idByPath: Map<string, string>): void {
  const { session, env, course } = pass;
  session.lessons.clear();
  for (const [path, id] of idByPath) {
    const entry = store.get(id);
    if (!entry) continue;
    const data = entry.data as {
      kind?: string;
      unit: string;
      slug: string;
      title: string;
      sortKey: string;
      description?: string;
    };
    // The home, unit introductions and standalone pages are not lessons: no exporter takes them.
    if (data.kind !== undefined && data.kind !== "lesson") continue;
    const metadata = entry.rendered?.metadata as
      (StoredMetadata & { headings?: LessonRecord["headings"]; frontmatter?: Record<string, unknown> }) | undefined;
    // An `.mdx` lesson is compiled by Vite later, with its components: its quizzes are read as Moodle's were.
    const mdxQuizzes = () =>
      lessonQuizzes(
        join(env.contentDir, path),
        readFileSync(join(env.contentDir, path), "utf8"),
        {
          lessonId: id,
          unit: data.unit,
          course,
        },
        { baseUrl: env.base.replace(/\/$/, "") },
      ).quizzes;
    session.lessons.set(id, {
      id,
      unit: data.unit,
      slug: data.slug,
      title: data.title,
      sortKey: data.sortKey,
      description: data.description,
      source: path,
      digest: entry.digest === undefined ? "" : String(entry.digest),
      headings: metadata?.headings ?? [],
      frontmatter: metadata?.frontmatter ?? (path.endsWith(".mdx") ? { quizzes: mdxQuizzes() } : {}),
      htmlHash: metadata?.htmlFile ? basename(metadata.htmlFile, ".html") : undefined,
      htmlFile: metadata?.htmlFile,
    });
  }
}

/**
 * A lesson that pointed at a file that was not there (an image, a video, a remote image not yet downloaded) is
 * rendered again on the next load: the file may have arrived, and its source digest cannot tell.
 */
function missesAFile(problem: Problem): boolean {
  return ["image/missing", "image/remote", "media/missing", "link/missing-file"].includes(problem.ruleId);
}

/** The dev server's terminal: one line per problem, as the build prints them. */
function report(logger: LoaderContext["logger"], problems: Problem[], lang: string): void {
  const seen = new Set<string>();
  for (const p of problems) {
    const line = problemFormatter(lang)(p);
    if (seen.has(line)) continue;
    seen.add(line);
    if (p.severity === "error") logger.error(line);
    else logger.warn(line);
  }
}
