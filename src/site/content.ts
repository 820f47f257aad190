import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { base } from "astro:config/client";
import { getCollection, render, type CollectionEntry } from "astro:content";
import settings from "virtual:aula/settings";
import { translatorFor } from "../core/i18n/index.ts";
import { loadCourseConfig } from "../core/course/env.ts";
import {
  homeRouteData,
  lessonQuizzes,
  lessonRouteData,
  notFoundRouteData,
  progressRouteData,
  storedErrors,
  type HomeRouteData,
  type LessonRouteData,
  type NotFoundRouteData,
  type ProgressRouteData,
} from "../core/course/route-data.ts";
import type { CourseConfig } from "../core/course/schema.ts";
import type { Quiz } from "../core/quiz/model.ts";
import type { StoredMetadata } from "../core/build/loader.ts";
import { readLessonHtml } from "../core/build/lesson-html.ts";
import { slideDeck, type SlideDeck } from "../core/slides/deck.ts";
import type { SlideBlock } from "../core/slides/model.ts";
import { formatProblem } from "../core/problems/format.ts";
import { summarize } from "../core/course/summary.ts";
import { printDocumentData } from "../exporters/print/document.ts";
import { buildCourseModel, href, readingOrder, type CourseModel } from "../core/course/model.ts";
import { devPdfPath } from "../core/print/model.ts";
import { siteLinks, unitRouteData, type SiteLinks, type UnitRouteData } from "../core/course/page-route-data.ts";
import { entryPath, planRedirects, type Redirect } from "../core/course/redirects.ts";

export type LessonEntry = CollectionEntry<"lessons">;
/** A lesson's rendered body, as a component. */
export type LessonContent = Awaited<ReturnType<typeof render>>["Content"];

type Rendered = Awaited<ReturnType<typeof render>>;

/** A lesson's body: the HTML of a Markdown lesson, or the component an MDX lesson compiles to. */
export type LessonBody = { html: string } | { Content: LessonContent };

/**
 * What Astro's `render()` gives, for both kinds of lesson. A Markdown lesson's HTML is read from the file the
 * loader wrote (`lesson-html.ts`); an MDX lesson is compiled by Astro as usual.
 */
async function renderLesson(
  entry: LessonEntry,
): Promise<Pick<Rendered, "headings" | "remarkPluginFrontmatter"> & { body: () => Promise<LessonBody> }> {
  if (entry.rendered && !entry.filePath?.endsWith(".mdx")) {
    const { html, metadata } = entry.rendered;
    const htmlFile = (metadata as StoredMetadata | undefined)?.htmlFile;
    return {
      headings: (metadata?.headings ?? []) as Rendered["headings"],
      remarkPluginFrontmatter: metadata?.frontmatter ?? {},
      body: async () => ({ html: htmlFile ? (readLessonHtml(htmlFile) ?? "") : html }),
    };
  }
  const rendered = await render(entry);
  return {
    headings: rendered.headings,
    remarkPluginFrontmatter: rendered.remarkPluginFrontmatter,
    body: async () => ({ Content: rendered.Content }),
  };
}

export interface CourseContent {
  config: CourseConfig;
  course: CourseModel;
  /** The lessons. */
  entries: LessonEntry[];
  /** The pages that are not lessons: the home and unit introductions and standalone pages (`pages.ts`). */
  pages: { home?: LessonEntry; units: Map<string, LessonEntry>; standalone: LessonEntry[] };
  /** The header and footer links every page shows. */
  links: SiteLinks;
}

let built: Promise<CourseContent> | undefined;

/**
 * The course config, model and lessons. A build reads them once for all its pages; the dev server
 * reads them on every request, since a lesson may have changed in between.
 */
export function getCourse(): Promise<CourseContent> {
  if (import.meta.env.DEV) return readCourse();
  return (built ??= readCourse());
}

async function readCourse(): Promise<CourseContent> {
  const all = await getCollection("lessons");
  const entries = all.filter((entry) => entry.data.kind === "lesson");
  const others = all.filter((entry) => entry.data.kind !== "lesson");
  const pages = {
    home: others.find((entry) => entry.data.kind === "home"),
    units: new Map(others.filter((entry) => entry.data.kind === "unit").map((entry) => [entry.data.unit, entry])),
    standalone: others.filter((entry) => entry.data.kind === "page"),
  };
  const links = siteLinks(
    pages.standalone.map((entry) => ({
      kind: "page",
      slug: entry.data.slug,
      title: entry.data.title,
      nav: entry.data.nav,
      order: entry.data.order,
    })),
    base,
  );
  const config = loadCourseConfig(settings.site.contentDir);
  const course = buildCourseModel(
    config,
    entries.map((entry) => ({
      id: entry.id,
      unit: entry.data.unit,
      slug: entry.data.slug,
      title: entry.data.title,
      sortKey: entry.data.sortKey,
      description: entry.data.description,
    })),
  );
  // A unit curso.yaml does not list takes its title from its introduction, if it has one.
  const listed = new Set(config.units.map((unit) => unit.id));
  for (const unit of course.units) {
    const intro = pages.units.get(unit.id);
    if (intro && !listed.has(unit.id)) unit.title = intro.data.title;
  }
  return { config, course, entries, pages, links };
}

/** Props of a page made for every lesson: the lesson and the course around it. */
export interface LessonPageProps {
  entry: LessonEntry;
  course: CourseModel;
}

/**
 * `getStaticPaths` of every per-lesson route: `/<unit>/<lesson>/`. The `cacheKey` lets Astro's incremental
 * build copy an unchanged page from the last build: the lesson's digest (its source, curso.yaml, base and
 * rendering code) and text, plus what the page shows of the others (sidebar, prev/next) and the build's settings.
 * Astro adds the hash of the page's own code.
 */
export async function lessonStaticPaths(): Promise<
  { params: { unit: string; lesson: string }; props: LessonPageProps; cacheKey?: string }[]
> {
  const { config, course, entries, links } = await getCourse();
  const env = settings.site;
  const around = createHash("sha256")
    .update(JSON.stringify([course, config, links, env.base, env.site, settings.printPages]))
    .digest("base64url");
  return entries.map((entry) => ({
    params: { unit: entry.data.unit, lesson: entry.data.slug },
    props: { entry, course },
    // Only Markdown lessons, whose HTML is in the store: an MDX lesson is compiled with the components it
    // imports, which its text does not show. The key hashes the text too, never trusting a missing digest.
    cacheKey: entry.rendered
      ? createHash("sha256")
          .update(`${around}\n${entry.digest ?? ""}\n${JSON.stringify(entry.data)}\n${JSON.stringify(entry.rendered)}`)
          .digest("base64url")
      : undefined,
  }));
}

/** The lesson page: its rendered content and the data around it. */
export async function getLessonRoute({ entry, course }: LessonPageProps) {
  const { body, headings, remarkPluginFrontmatter } = await renderLesson(entry);
  const content = await body();
  const data: LessonRouteData = lessonRouteData(
    course,
    base,
    {
      id: entry.id,
      unit: entry.data.unit,
      title: entry.data.title,
      description: entry.data.description,
      showToc: entry.data.conToc,
      headings,
      frontmatter: remarkPluginFrontmatter,
      html: "html" in content ? content.html : undefined,
      errors: storedErrors(entry.rendered?.metadata),
      hasSlides: slidesFileOf(entry) !== undefined,
    },
    translatorFor(settings).t("quiz.label"),
  );
  if (settings.devServer) data.pdfHref = href(base, devPdfPath);
  return { body: content, data };
}

/** The file of a Markdown lesson's slide blocks (`rehype-slides.ts`); MDX lessons have none. */
function slidesFileOf(entry: LessonEntry): string | undefined {
  if (!entry.rendered || entry.filePath?.endsWith(".mdx")) return undefined;
  return (entry.rendered.metadata as StoredMetadata | undefined)?.slidesFile;
}

/** `getStaticPaths` of `/diapositivas/<unit>/<lesson>/`: every lesson that has slides. */
export async function slidesStaticPaths() {
  return (await lessonStaticPaths()).filter((path) => slidesFileOf(path.props.entry) !== undefined);
}

/** A lesson's slides page: its deck, from the blocks the Markdown chain recorded, and the lesson's route data. */
export async function getSlidesRoute(props: LessonPageProps): Promise<{ deck: SlideDeck; data: LessonRouteData }> {
  const { data } = await getLessonRoute(props);
  const file = slidesFileOf(props.entry);
  const stored = file ? readLessonHtml(file) : undefined;
  const blocks = stored ? (JSON.parse(stored) as SlideBlock[]) : [];
  return { deck: slideDeck({ title: data.title, unitTitle: data.unitTitle }, blocks), data };
}

/** The redirect pages at the lessons' old Jekyll addresses; what cannot redirect the loader has said. */
export async function getRedirects(): Promise<Redirect[]> {
  const all = await getCollection("lessons");
  const lessons = all.map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    path: entryPath(entry.data),
    oldAddresses: entry.data.oldAddresses,
  }));
  return planRedirects(lessons, (file) => existsSync(resolve(settings.site.publicDir, file))).redirects;
}

/** The quizzes of each lesson, by lesson id, as the quiz plugin found them. */
async function quizzesByLesson(entries: LessonEntry[]): Promise<Map<string, Quiz[]>> {
  return new Map(
    await Promise.all(
      entries.map(
        async (entry) => [entry.id, lessonQuizzes((await renderLesson(entry)).remarkPluginFrontmatter)] as const,
      ),
    ),
  );
}

export async function getHomeRoute(): Promise<HomeRouteData> {
  const { course, entries } = await getCourse();
  const home = homeRouteData(course, base, await quizzesByLesson(entries));
  if (settings.devServer && home.start) home.start.pdfHref = href(base, devPdfPath);
  return home;
}

/** The header and footer links of every page. */
export async function getSiteLinks(): Promise<SiteLinks> {
  return (await getCourse()).links;
}

/** The rendered body of a page that is not a lesson, and the types of its quizzes (their scripts load). */
export interface PageBody {
  body: LessonBody;
  quizTypes: string[];
  /** Author errors stored with it by the dev server, one line each. */
  errors: string[];
}

async function pageBody(entry: LessonEntry | undefined): Promise<PageBody | undefined> {
  if (!entry) return undefined;
  const { body, remarkPluginFrontmatter } = await renderLesson(entry);
  return {
    body: await body(),
    quizTypes: [...new Set(lessonQuizzes(remarkPluginFrontmatter).map((quiz) => quiz.type))],
    errors: storedErrors(entry.rendered?.metadata).map((p) => formatProblem(p)),
  };
}

/** The teacher's introduction on the home page (`content/index.md`), if there is one. */
export async function getHomeIntro(): Promise<PageBody | undefined> {
  return pageBody((await getCourse()).pages.home);
}

/** Props of a single-segment page: a unit's page or a standalone page. */
export type SlugPageProps = { kind: "unit"; unitId: string } | { kind: "page"; entry: LessonEntry };

/** `getStaticPaths` of `/<slug>/`: every unit of the course, and every standalone page whose address is free. */
export async function slugStaticPaths(): Promise<{ params: { slug: string }; props: SlugPageProps }[]> {
  const { course, pages } = await getCourse();
  const units = course.units.filter((unit) => unit.lessons.length > 0 || pages.units.has(unit.id));
  const taken = new Set(units.map((unit) => unit.id));
  return [
    ...units.map((unit) => ({ params: { slug: unit.id }, props: { kind: "unit" as const, unitId: unit.id } })),
    ...pages.standalone
      .filter((entry) => !taken.has(entry.data.slug))
      .map((entry) => ({ params: { slug: entry.data.slug }, props: { kind: "page" as const, entry } })),
  ];
}

/** A unit's page: its lessons and the teacher's introduction (`content/<unit>/index.md`). */
export async function getUnitRoute(unitId: string): Promise<{ data: UnitRouteData; intro?: PageBody }> {
  const { course, entries, pages } = await getCourse();
  const introEntry = pages.units.get(unitId);
  const data = unitRouteData(course, base, unitId, {
    description: introEntry?.data.description,
    quizzesByLesson: await quizzesByLesson(entries.filter((entry) => entry.data.unit === unitId)),
  });
  return { data, intro: await pageBody(introEntry) };
}

/** A standalone page, such as `content/acerca-de.md`. */
export async function getStandaloneRoute(entry: LessonEntry) {
  const { course } = await getCourse();
  const page = (await pageBody(entry))!;
  const html = "html" in page.body ? page.body.html : undefined;
  return {
    ...page,
    title: entry.data.title,
    description: entry.data.description ?? summarize(html) ?? course.description,
    courseTitle: course.title,
    shortTitle: course.shortTitle,
  };
}

export async function getProgressRoute(): Promise<ProgressRouteData> {
  const { course, entries } = await getCourse();
  return progressRouteData(course, base, await quizzesByLesson(entries));
}

export async function getNotFoundRoute(): Promise<NotFoundRouteData> {
  return notFoundRouteData((await getCourse()).course, base);
}

function changedAt(filePath: string | undefined): Date | undefined {
  if (!filePath) return undefined;
  const path = resolve(filePath);
  return existsSync(path) ? statSync(path).mtime : undefined;
}

/**
 * A print page: one lesson's body, or the course's covers, contents and answer key. `site` is Astro's, for the
 * addresses printed on paper.
 */
export async function getPrintRoute(site: URL | undefined, lesson?: LessonEntry) {
  const { config, course, entries } = await getCourse();
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const printed = lesson ? [lesson] : readingOrder(course).flatMap((summary) => byId.get(summary.id) ?? []);
  const rendered = await Promise.all(printed.map((entry) => renderLesson(entry)));
  const data = printDocumentData({
    course,
    kind: lesson ? "lesson" : "course",
    base,
    site: site?.href,
    courseUrl: config.url,
    today: new Date(),
    i18n: translatorFor(settings),
    lessons: printed.map((entry, index) => ({
      id: entry.id,
      unit: entry.data.unit,
      title: entry.data.title,
      description: entry.data.description,
      data: entry.data as Record<string, unknown>,
      headings: rendered[index]?.headings ?? [],
      frontmatter: rendered[index]?.remarkPluginFrontmatter,
      changed: changedAt(entry.filePath),
    })),
  });
  // The course's page prints no lesson's text: the exporter takes each lesson's from its own print.
  return { data, contents: lesson ? await Promise.all(rendered.map((r) => r.body())) : [] };
}
