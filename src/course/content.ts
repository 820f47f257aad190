import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { base } from "astro:config/client";
import { getCollection, render, type CollectionEntry } from "astro:content";
import { loadCourseConfig, readSiteEnv } from "./env.ts";
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
} from "./route-data.ts";
import type { CourseConfig } from "./schema.ts";
import type { Quiz } from "../quiz/model.ts";
import { printDocumentData } from "../print/document.ts";
import { buildCourseModel, readingOrder, type CourseModel } from "./model.ts";

export type LessonEntry = CollectionEntry<"lessons">;
/** A lesson's rendered body, as a component. */
export type LessonContent = Awaited<ReturnType<typeof render>>["Content"];

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
  const config = loadCourseConfig(readSiteEnv().contentDir);
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

/** `getStaticPaths` of every per-lesson route: `/<unit>/<lesson>/`. */
export async function lessonStaticPaths(): Promise<
  { params: { unit: string; lesson: string }; props: LessonPageProps }[]
> {
  const { course, entries } = await getCourse();
  return entries.map((entry) => ({
    params: { unit: entry.data.unit, lesson: entry.data.slug },
    props: { entry, course },
  }));
}

/** The lesson page: its rendered content and the data around it. */
export async function getLessonRoute({ entry, course }: LessonPageProps) {
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  const data: LessonRouteData = lessonRouteData(course, base, {
    id: entry.id,
    unit: entry.data.unit,
    title: entry.data.title,
    description: entry.data.description,
    showToc: entry.data.conToc,
    headings,
    frontmatter: remarkPluginFrontmatter,
    html: entry.rendered?.html,
    errors: storedErrors(entry.rendered?.metadata),
  });
  return { Content, data };
}

/** The quizzes of each lesson, by lesson id, as the quiz plugin found them. */
async function quizzesByLesson(entries: LessonEntry[]): Promise<Map<string, Quiz[]>> {
  return new Map(
    await Promise.all(
      entries.map(async (entry) => [entry.id, lessonQuizzes((await render(entry)).remarkPluginFrontmatter)] as const),
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
 * A print page: the whole course in reading order, or one lesson. `site` is Astro's, for the
 * addresses printed on paper.
 */
export async function getPrintRoute(site: URL | undefined, lesson?: LessonEntry) {
  const { config, course, entries } = await getCourse();
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const printed = lesson ? [lesson] : readingOrder(course).flatMap((summary) => byId.get(summary.id) ?? []);
  const rendered = await Promise.all(printed.map((entry) => render(entry)));
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
  return { data, contents: rendered.map((r) => r.Content) };
}
