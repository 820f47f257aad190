import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { type Problem, sortProblems } from "../problems/model.ts";
import { strings } from "../i18n/es.ts";
import { authorLanguage, say } from "../i18n/author/index.ts";
import { closest } from "../text/closest.ts";
import { describeSchemaIssue } from "../text/schema-issues.ts";
import { type CourseConfig, courseConfigSchema } from "./schema.ts";

export const courseConfigFileName = "curso.yaml";

/**
 * Reads the course config; every problem comes back as a diagnostic naming the file and line, in the teacher's
 * language: `envLang` (`AULA_LANG`), else the `lang:` written in the file, else Spanish.
 */
export function parseCourseConfig(
  source: string,
  file: string,
  envLang?: string,
): { config?: CourseConfig; diagnostics: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const yamlError = doc.errors[0];
  if (yamlError) {
    const lang = authorLanguage(envLang, undefined);
    return {
      diagnostics: [
        {
          file,
          line: lineAt(yamlError.pos[0]),
          severity: "error",
          ruleId: "course/yaml",
          message: say(lang, "course.yaml", { detail: yamlError.message.split("\n")[0] ?? "" }),
          fix: say(lang, "course.yamlFix"),
        },
      ],
    };
  }
  const raw: unknown = doc.toJS();
  const result = courseConfigSchema.safeParse(raw ?? {});
  if (result.success) {
    // Zod drops keys it does not know: say so, or a misspelt key (`titel:`) would vanish without a word.
    const known = Object.keys(courseConfigSchema.shape);
    const written = raw && typeof raw === "object" ? Object.keys(raw) : [];
    const lang = authorLanguage(envLang, result.data.lang);
    const unknown = written.filter((key) => !known.includes(key));
    return {
      config: result.data,
      diagnostics: unknown.map((key) => {
        const near = closest(key, known);
        return {
          file,
          line: lineAt(offsetOf(doc.contents, [key])),
          severity: "warning" as const,
          ruleId: "course/unknown-key",
          message: say(lang, "course.unknownKey", { key }),
          fix: say(lang, "course.unknownKeyFix", {
            suggestion: near ? say(lang, "course.didYouMean", { key: near }) : "",
          }),
        };
      }),
    };
  }
  const written = (raw as { lang?: unknown } | null)?.lang;
  const lang = authorLanguage(envLang, typeof written === "string" ? written : undefined);
  return {
    diagnostics: sortProblems(
      result.error.issues.map((issue) => ({
        file,
        line: lineAt(offsetOf(doc.contents, issue.path)),
        severity: "error" as const,
        ruleId: "course/schema",
        message: describeSchemaIssue(issue, raw),
        fix: say(lang, "course.schemaFix"),
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
export function configFromFolders(file: string, lang = "es"): { config: CourseConfig; diagnostic: Problem } {
  return {
    config: { title: strings["course.untitled"], units: [] },
    diagnostic: {
      file,
      severity: "warning",
      ruleId: "course/missing",
      message: say(lang, "course.missing"),
      fix: say(lang, "course.missingFix"),
    },
  };
}
