import { getCollection, type CollectionEntry } from "astro:content";
import { loadCourseConfig, readSiteEnv } from "./env.ts";
import { buildCourseModel, type CourseModel } from "./model.ts";

export type LessonEntry = CollectionEntry<"lessons">;

/** The course model for pages: the config's units with the collection's lessons. */
export async function getCourse(): Promise<{ course: CourseModel; entries: LessonEntry[] }> {
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
  return { course, entries };
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
