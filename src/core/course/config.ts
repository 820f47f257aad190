import { parse, YAMLParseError } from "yaml";
import type { Problem } from "../problems/model.ts";
import { t } from "../i18n/es.ts";
import { type CourseConfig, courseConfigSchema } from "./schema.ts";

export const courseConfigFileName = "curso.yaml";

/** Reads the course config; every problem comes back as a diagnostic naming the file. */
export function parseCourseConfig(source: string, file: string): { config?: CourseConfig; diagnostics: Problem[] } {
  let raw: unknown;
  try {
    raw = parse(source);
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      diagnostics: [{ file, line, severity: "error", ruleId: "course/yaml", message: `No es YAML válido: ${reason}` }],
    };
  }
  const result = courseConfigSchema.safeParse(raw);
  if (result.success) return { config: result.data, diagnostics: [] };
  return {
    diagnostics: result.error.issues.map((issue) => ({
      file,
      severity: "error" as const,
      ruleId: "course/schema",
      message: `«${issue.path.join(".") || "(raíz)"}»: ${issue.message}`,
      fix: "mira el ejemplo de curso.yaml en el README",
    })),
  };
}

/** Without curso.yaml the course is its folders: every unit comes from the lessons, titled from its id. */
export function configFromFolders(file: string): { config: CourseConfig; diagnostic: Problem } {
  return {
    config: { title: t("course.untitled"), units: [] },
    diagnostic: {
      file,
      severity: "warning",
      ruleId: "course/missing",
      message: "No hay configuración del curso; las unidades salen de las carpetas y el curso se llama «Curso»",
      fix: "crea curso.yaml con «title», «url» y «units» (mira el README)",
    },
  };
}
