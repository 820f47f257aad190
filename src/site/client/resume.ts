/** Where a student picks the course up again, from the answers they have stored. No DOM. */

export interface LessonQuizzes {
  id: string;
  title: string;
  /** Quiz ids of the lesson, in page order. */
  quizIds: string[];
}

/**
 * The lesson to continue with: the furthest lesson (in reading order) with an answered quiz, or the
 * one after it once all its quizzes are answered. Undefined when nothing is answered.
 */
export function resumeLesson(
  lessons: LessonQuizzes[],
  answered: (quizId: string) => boolean,
): LessonQuizzes | undefined {
  let last = -1;
  lessons.forEach((lesson, index) => {
    if (lesson.quizIds.some(answered)) last = index;
  });
  if (last < 0) return undefined;
  const lesson = lessons[last]!;
  const done = lesson.quizIds.every(answered);
  return done && last + 1 < lessons.length ? lessons[last + 1] : lesson;
}
