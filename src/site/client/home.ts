import { load } from "../islands/storage.ts";
import { fill, score } from "../../core/quiz/progress.ts";
import { resumeLesson, type LessonQuizzes } from "./resume.ts";

/**
 * The home page with the student's stored answers: each lesson's «2 de 3» and «Continuar: …» as
 * the primary action. Without JS (or with unreadable storage) the page stays as built: «Empezar».
 */
function showProgress(): void {
  const items = [...document.querySelectorAll<HTMLElement>("[data-lesson-quizzes]")];
  if (items.length === 0) return;
  const progress = load();
  const lessons: (LessonQuizzes & { href: string })[] = [];
  for (const item of items) {
    let quizIds: string[] = [];
    try {
      const parsed: unknown = JSON.parse(item.dataset.lessonQuizzes ?? "[]");
      if (Array.isArray(parsed)) quizIds = parsed.filter((id): id is string => typeof id === "string");
    } catch {
      // A broken attribute only loses this lesson's count.
    }
    const link = item.querySelector<HTMLAnchorElement>("a");
    lessons.push({ id: item.dataset.lessonId ?? "", title: link?.textContent ?? "", href: link?.href ?? "", quizIds });
    const badge = item.querySelector<HTMLElement>("[data-lesson-progress]");
    const s = score(progress, quizIds);
    if (!badge || s.total === 0 || s.answered === 0) continue;
    const count = badge.querySelector("[data-count]");
    if (count) count.textContent = fill(badge.dataset.template ?? "", s, document.documentElement.lang);
    badge.hidden = false;
  }
  const resume = resumeLesson(lessons, (id) => id in progress.answers);
  const action = document.querySelector<HTMLAnchorElement>("[data-home-start]");
  if (resume && action) {
    const next = lessons.find((l) => l.id === resume.id)!;
    action.href = next.href;
    action.textContent = `${fill(action.dataset.continue ?? "", { lesson: next.title }, document.documentElement.lang)} →`;
  }
}

showProgress();
