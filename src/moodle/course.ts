import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VFile } from "vfile";
import { loadCourseConfig } from "../course/env.ts";
import { readLesson } from "../course/lessons.ts";
import { listLessonFiles } from "../course/lessons-files.ts";
import { buildCourseModel, type LessonSummary } from "../course/model.ts";
import { parseLesson } from "../markdown/source.ts";
import remarkQuiz from "../markdown/remark-quiz.ts";
import type { Problem } from "../problems/model.ts";
import { buildProblems, relativeFilePath } from "../problems/report.ts";
import { quizzesKey } from "../quiz/model.ts";
import type { LessonBank, MoodleQuiz } from "./models.ts";

/**
 * Reads the quizzes of every lesson as the build does: the one reader (`parseLesson`: front matter
 * blanked, Liquid, the same parser) and the build's own quiz plugin, which publishes the validated
 * models in `frontmatter.quizzes`. Nothing else is rendered (no Shiki, no diagrams). Returns the
 * lessons in course order with their unit and lesson titles, and every author mistake found.
 */
export function readCourseQuizzes(contentDir: string, options: { baseUrl?: string } = {}) {
  const course = loadCourseConfig(contentDir);
  const problems: Problem[] = [];
  const lessons: (LessonSummary & { quizzes: MoodleQuiz[] })[] = [];
  for (const path of listLessonFiles(contentDir)) {
    const absolute = join(contentDir, path);
    const file = relativeFilePath(absolute);
    const source = readFileSync(absolute, "utf8");
    const lesson = readLesson(path, file, source, course);
    problems.push(...lesson.diagnostics);
    if (!lesson.place || !lesson.frontmatter) continue;
    const parsed = parseLesson(file, source, options);
    problems.push(...parsed.problems);
    if (!parsed.tree) continue;
    const vfile = new VFile({ value: parsed.text, path: absolute, data: { astro: { frontmatter: {} } } });
    vfile.data.aula = { lessonId: lesson.place.id, unit: lesson.place.unit, course };
    remarkQuiz()(parsed.tree, vfile);
    const frontmatter = (vfile.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
    lessons.push({
      ...lesson.place,
      title: lesson.frontmatter.title,
      quizzes: (frontmatter[quizzesKey] as MoodleQuiz[] | undefined) ?? [],
    });
  }
  problems.push(...buildProblems().list());
  const model = buildCourseModel(course, lessons);
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const banks: LessonBank[] = model.units.flatMap((unit) =>
    unit.lessons.map((l) => ({
      lessonId: l.id,
      unitTitle: unit.title,
      lessonTitle: l.title,
      quizzes: byId.get(l.id)?.quizzes ?? [],
    })),
  );
  return { banks, problems };
}
