import { VFile } from "vfile";
import type { Problem } from "../problems/model.ts";
import { relativeFilePath } from "../problems/report.ts";
import { quizzesKey, type Quiz } from "../quiz/model.ts";
import remarkQuiz from "./remark-quiz.ts";
import { type LessonContext, parseLesson } from "./source.ts";

/**
 * One lesson's quizzes, validated, as the build's quiz plugin publishes them in `frontmatter.quizzes`:
 * the one reader's tree (`parseLesson`) through that plugin, and nothing else rendered.
 */
export function lessonQuizzes(
  path: string,
  source: string,
  context: LessonContext,
  options: { baseUrl?: string } = {},
): { quizzes: Quiz[]; problems: Problem[] } {
  const file = relativeFilePath(path);
  const parsed = parseLesson(file, source, options);
  if (!parsed.tree) return { quizzes: [], problems: parsed.problems };
  const vfile = new VFile({ value: parsed.text, path, data: { astro: { frontmatter: {} } } });
  vfile.data.aula = context;
  remarkQuiz()(parsed.tree, vfile);
  const frontmatter = (vfile.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
  const reported: Problem[] = vfile.messages.map((m) => ({
    file,
    line: m.line ?? undefined,
    column: m.column ?? undefined,
    severity: m.fatal ? "error" : "warning",
    ruleId: m.ruleId ?? "quiz",
    message: m.reason,
    fix: m.note,
  }));
  return {
    quizzes: (frontmatter[quizzesKey] as Quiz[] | undefined) ?? [],
    problems: [...parsed.problems, ...reported],
  };
}
