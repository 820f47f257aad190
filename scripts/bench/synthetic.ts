import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { courseConfigFileName, parseCourseConfig } from "../../src/core/course/config.ts";
import { listLessonFiles } from "../../src/core/course/lessons-files.ts";

/**
 * Writes a course `factor` times the size of the real one: each copy of a unit is a unit of
 * its own, so navigation stays per unit as it would in a real, larger course.
 */
export function generateCourse(sourceDir: string, targetDir: string, factor: number): { lessons: number } {
  const configPath = join(sourceDir, courseConfigFileName);
  const { config } = parseCourseConfig(readFileSync(configPath, "utf8"), configPath);
  if (!config) throw new Error(`${configPath} no es una configuración válida`);
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(targetDir, { recursive: true });

  const lessons = listLessonFiles(sourceDir);
  const units = [];
  let written = 0;
  for (let copy = 1; copy <= factor; copy++) {
    for (const unit of config.units) {
      const id = factor === 1 ? unit.id : `${unit.id}-${String(copy).padStart(3, "0")}`;
      units.push({ id, title: factor === 1 ? unit.title : `${unit.title} (${copy})` });
      for (const path of lessons.filter((p) => p.startsWith(`${unit.id}/`))) {
        const source = readFileSync(join(sourceDir, path), "utf8");
        const text = source.replace(/^categories:\s*(\S+)/m, `categories: ${id}`);
        const target = join(targetDir, id, path.slice(unit.id.length + 1));
        mkdirSync(join(target, ".."), { recursive: true });
        writeFileSync(target, text);
        written++;
      }
    }
  }
  writeFileSync(join(targetDir, courseConfigFileName), stringify({ ...config, units }));
  return { lessons: written };
}
