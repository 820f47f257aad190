// `aula export moodle`: the course's quizzes as a Moodle question bank, in exports/moodle/ (outside dist/ on
// purpose): curso.gift, curso.xml (Moodle XML) and one .gift per lesson.
import { relative, resolve } from "node:path";
import { readCourseSiteEnv } from "../../core/course/env.ts";
import { formatProblem } from "../../core/problems/format.ts";
import { readCourseQuizzes } from "../../exporters/moodle/course.ts";
import { describeExport, writeMoodleExport } from "../../exporters/moodle/export.ts";
import type { CliParams } from "../params.ts";

export const usage = `Uso: aula export moodle

Escribe los cuestionarios del curso como banco de preguntas de Moodle en exports/moodle/: curso.gift,
curso.xml (XML de Moodle) y un .gift por lección.

  --help   esta ayuda

Sale con 0 si los escribió, 1 si el curso tiene errores (cada uno en una línea; no escribe nada) y 2
si algo falló.`;

export function run({ cwd, env, stdout, stderr }: CliParams): number {
  const site = readCourseSiteEnv(env, cwd);
  const { banks, problems } = readCourseQuizzes(site.contentDir, { baseUrl: site.base.replace(/\/$/, "") });
  for (const p of problems) (p.severity === "error" ? stderr : stdout)(formatProblem(p));
  if (problems.some((p) => p.severity === "error")) return 1;
  for (const file of writeMoodleExport(banks, resolve(cwd, "exports/moodle"))) {
    stdout(describeExport({ ...file, path: relative(cwd, file.path) }));
    for (const note of file.notes) stdout(`  aviso  ${note}`);
  }
  return 0;
}
