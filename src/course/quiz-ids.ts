import { render } from "astro:content";
import { quizzesKey, type Quiz } from "../quiz/model.ts";
import type { LessonEntry } from "./content.ts";

/** The quizzes of each lesson, by lesson id, as the quiz plugin found them. */
export async function quizzesByLesson(entries: LessonEntry[]): Promise<Map<string, Quiz[]>> {
  const pairs = await Promise.all(
    entries.map(
      async (entry) =>
        [entry.id, ((await render(entry)).remarkPluginFrontmatter?.[quizzesKey] as Quiz[] | undefined) ?? []] as const,
    ),
  );
  return new Map(pairs);
}
