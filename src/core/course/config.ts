import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { type Problem, sortProblems } from "../problems/model.ts";
import { strings } from "../i18n/es.ts";
import { describeSchemaIssue } from "../text/schema-issues.ts";
import { type CourseConfig, courseConfigSchema } from "./schema.ts";

export const courseConfigFileName = "curso.yaml";

/** Reads the course config; every problem comes back as a diagnostic naming the file and line, in Spanish. */
export function parseCourseConfig(source: string, file: string): { config?: CourseConfig; diagnostics: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const yamlError = doc.errors[0];
  if (yamlError) {
    return {
      diagnostics: [
        {
          file,
          line: lineAt(yamlError.pos[0]),
          severity: "error",
          ruleId: "course/yaml",
          message: `No es YAML válido: ${yamlError.message.split("\n")[0]}`,
          fix: "revisa las comillas, los dos puntos y la sangría de esa línea",
        },
      ],
    };
  }
  const raw: unknown = doc.toJS();
  const result = courseConfigSchema.safeParse(raw ?? {});
  if (result.success) return { config: result.data, diagnostics: [] };
  return {
    diagnostics: sortProblems(
      result.error.issues.map((issue) => ({
        file,
        line: lineAt(offsetOf(doc.contents, issue.path)),
        severity: "error" as const,
        ruleId: "course/schema",
        message: describeSchemaIssue(issue, raw),
        fix: "mira el ejemplo de curso.yaml en el README",
      })),
    ),
  };
}

/**
 * Where the key at `path` is written: the key itself for a map entry, the item for a list entry, else the
 * nearest written parent (a missing key is reported where its map starts).
 */
function offsetOf(node: unknown, path: readonly PropertyKey[]): number {
  let current = node as Node | null | undefined;
  let offset = current?.range?.[0] ?? 0;
  for (const part of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      current = pair.value as Node | null;
    } else if (isSeq(current) && typeof part === "number") {
      const item = current.items[part] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      current = item;
    } else break;
  }
  return offset;
}

/** Without curso.yaml the course is its folders: every unit comes from the lessons, titled from its id. */
export function configFromFolders(file: string): { config: CourseConfig; diagnostic: Problem } {
  return {
    config: { title: strings["course.untitled"], units: [] },
    diagnostic: {
      file,
      severity: "warning",
      ruleId: "course/missing",
      message: "No hay configuración del curso; las unidades salen de las carpetas y el curso se llama «Curso»",
      fix: "crea curso.yaml con «title», «url» y «units» (mira el README)",
    },
  };
}
