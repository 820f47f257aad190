import { readdirSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { CourseManifest } from "../../core/manifest/model.ts";
import { type Exporter, ExportUsageError } from "../exporter.ts";
import { describeExport, writeMoodleExport } from "./export.ts";
import type { LessonBank, MoodleQuiz } from "./models.ts";

const usage = `Uso: aula export moodle

Escribe los cuestionarios del curso como banco de preguntas de Moodle en exports/moodle/: curso.gift,
curso.xml (XML de Moodle) y un .gift por lección con cuestionarios. Los lee del último sitio construido
(si no está al día, lo construye antes con «aula build»).

Un curso sin cuestionarios no tiene banco que exportar: no escribe ningún archivo, lo dice y sale con 0
(y borra el banco que quedara de una exportación anterior).

  --help   esta ayuda

Sale con 0 si terminó, 1 si el curso tiene errores (cada uno en una línea; no escribe nada) y 2 si
algo falló.`;

/** The quiz banks of the course, lesson by lesson in reading order, from the manifest. */
export function banksOf(manifest: CourseManifest): LessonBank[] {
  const unitTitles = new Map(manifest.course.units.map((u) => [u.id, u.title]));
  return manifest.lessons.map((lesson) => ({
    lessonId: lesson.id,
    unitTitle: unitTitles.get(lesson.unit) ?? lesson.unit,
    lessonTitle: lesson.title,
    quizzes: lesson.quizzes as MoodleQuiz[],
  }));
}

export const moodleExporter: Exporter = {
  name: "moodle",
  usage,
  needs: { site: false, pdfs: "no" },
  export(manifest, { root, argv, log }) {
    if (argv.length > 0) throw new ExportUsageError(`«${argv[0]}» no es una opción de la exportación a Moodle`);
    const dir = resolve(root, "exports/moodle");
    const banks = banksOf(manifest);
    if (banks.every((bank) => bank.quizzes.length === 0)) {
      // A bank left from an export before the quizzes were removed would be taken for this course's.
      let stale: string[] = [];
      try {
        stale = readdirSync(dir).filter((name) => /\.(gift|xml)$/.test(name));
      } catch {
        // no folder: nothing to remove
      }
      for (const name of stale) rmSync(join(dir, name));
      log(
        `El curso no tiene cuestionarios: no hay banco de preguntas que exportar y no se escribe ningún archivo` +
          (stale.length > 0 ? ` (se borra el de la exportación anterior en ${relative(root, dir)}/)` : "") +
          ".",
      );
      return { written: [] };
    }
    const files = writeMoodleExport(banks, dir);
    for (const file of files) {
      log(describeExport({ ...file, path: relative(root, file.path) }));
      for (const note of file.notes) log(`  aviso  ${note}`);
    }
    return { written: files.map((f) => f.path) };
  },
};
