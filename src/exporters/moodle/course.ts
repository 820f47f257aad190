import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCourseConfig } from "../../core/course/env.ts";
import { readLesson } from "../../core/course/lessons.ts";
import { listLessonFiles } from "../../core/course/lessons-files.ts";
import { buildCourseModel, type LessonSummary } from "../../core/course/model.ts";
import { lessonQuizzes } from "../../core/markdown/lesson-quizzes.ts";
import type { Problem } from "../../core/problems/model.ts";
import { relativeFilePath } from "../../core/problems/report.ts";
import type { LessonBank, MoodleQuiz } from "./models.ts";

export { lessonQuizzes };

/**
 * Reads the quizzes of every lesson as the build does (see {@link lessonQuizzes}). Returns the
 * lessons in course order with their unit and lesson titles, and every author mistake found.
 */
export function readCourseQuizzes(contentDir: string, options: { baseUrl?: string } = {}) {
  const course = loadCourseConfig(contentDir);
  const problems: Problem[] = [];
  const lessons: (LessonSummary & { quizzes: MoodleQuiz[] })[] = [];
  for (const path of listLessonFiles(contentDir, course.notLessons)) {
    const absolute = join(contentDir, path);
    const file = relativeFilePath(absolute);
    const source = readFileSync(absolute, "utf8");
    const lesson = readLesson(path, file, source, course);
    problems.push(...lesson.diagnostics);
    if (!lesson.place || !lesson.frontmatter) continue;
    const context = { lessonId: lesson.place.id, unit: lesson.place.unit, course };
    const read = lessonQuizzes(absolute, source, context, options);
    problems.push(...read.problems);
    lessons.push({ ...lesson.place, title: lesson.frontmatter.title, quizzes: read.quizzes as MoodleQuiz[] });
  }
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
