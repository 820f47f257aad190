// Writes the course's quizzes as a Moodle question bank: `npm run export:moodle`.
// exports/moodle/curso.gift, curso.xml (Moodle XML) and one .gift per lesson; outside dist/ on purpose.
import { relative, resolve } from "node:path";
import { readSiteEnv } from "../src/core/course/env.ts";
import { readCourseQuizzes } from "../src/exporters/moodle/course.ts";
import { describeExport, writeMoodleExport } from "../src/exporters/moodle/export.ts";
import { formatProblem } from "../src/core/problems/format.ts";

/** Exit codes: 0 written, 1 the course has errors (listed, nothing written). */
export function main(log: (line: string) => void, error: (line: string) => void): number {
  const env = readSiteEnv();
  const { banks, problems } = readCourseQuizzes(env.contentDir, { baseUrl: env.base.replace(/\/$/, "") });
  for (const p of problems) (p.severity === "error" ? error : log)(formatProblem(p));
  if (problems.some((p) => p.severity === "error")) return 1;
  for (const file of writeMoodleExport(banks, resolve("exports/moodle"))) {
    log(describeExport({ ...file, path: relative(process.cwd(), file.path) }));
    for (const note of file.notes) log(`  aviso  ${note}`);
  }
  return 0;
}

if (import.meta.main) process.exitCode = main(console.log, console.error);
