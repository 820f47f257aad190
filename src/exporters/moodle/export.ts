import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toGift } from "./gift.ts";
import type { LessonBank } from "./models.ts";
import { toMoodleXml } from "./xml.ts";

export interface ExportedFile {
  path: string;
  questions: number;
  /** What this file could not carry (types with no GIFT form), one line each. */
  notes: string[];
}

const plural = (n: number) => (n === 1 ? "1 pregunta" : `${n} preguntas`);

/** One line per written file: `exports/moodle/curso.gift  7 preguntas`. */
export function describeExport(file: ExportedFile): string {
  return `${file.path}  ${plural(file.questions)}`;
}

/**
 * Writes the bank: `curso.gift` and `curso.xml` with every quiz, and one `.gift` per lesson that has
 * quizzes (`tema2-laboratorio-1.gift`). Old `.gift`/`.xml` files are removed first, so a deleted
 * lesson leaves no stale bank behind.
 */
export function writeMoodleExport(banks: LessonBank[], dir: string): ExportedFile[] {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (/\.(gift|xml)$/.test(name)) rmSync(join(dir, name));
  const files: ExportedFile[] = [];
  const write = (name: string, text: string, questions: number, notes: string[] = []) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    files.push({ path, questions, notes });
  };
  const gift = toGift(banks);
  write("curso.gift", gift.text, gift.questions, gift.notes);
  const xml = toMoodleXml(banks);
  write("curso.xml", xml.text, xml.questions);
  for (const bank of banks) {
    if (bank.quizzes.length === 0) continue;
    const lesson = toGift([bank]);
    write(`${bank.lessonId.replace(/\//g, "-")}.gift`, lesson.text, lesson.questions, lesson.notes);
  }
  return files;
}
