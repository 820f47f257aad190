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
