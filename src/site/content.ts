import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { base } from "astro:config/client";
import { getCollection, render, type CollectionEntry } from "astro:content";
import settings from "virtual:aula/settings";
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
import { printDocumentData } from "../exporters/print/document.ts";
import { buildCourseModel, readingOrder, type CourseModel } from "../core/course/model.ts";

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
  entries: LessonEntry[];
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
  const entries = await getCollection("lessons");
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
  return { config, course, entries };
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
  const { config, course, entries } = await getCourse();
  const env = settings.site;
  const around = createHash("sha256")
    .update(JSON.stringify([course, config, env.base, env.site, settings.printPages]))
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
  const data: LessonRouteData = lessonRouteData(course, base, {
    id: entry.id,
    unit: entry.data.unit,
    title: entry.data.title,
    description: entry.data.description,
    showToc: entry.data.conToc,
    headings,
    frontmatter: remarkPluginFrontmatter,
    html: "html" in content ? content.html : undefined,
    errors: storedErrors(entry.rendered?.metadata),
  });
  return { body: content, data };
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
  return homeRouteData(course, base, await quizzesByLesson(entries));
}

export async function getProgressRoute(): Promise<ProgressRouteData> {
  const { course, entries } = await getCourse();
  return progressRouteData(course, base, await quizzesByLesson(entries));
}

export async function getNotFoundRoute(): Promise<NotFoundRouteData> {
  return notFoundRouteData((await getCourse()).config, base);
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
