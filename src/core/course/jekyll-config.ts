import { isMap, LineCounter, parseDocument } from "yaml";
import type { Problem } from "../problems/model.ts";
import { unknownPlaceholders } from "./permalink.ts";

/** The Jekyll site's config, as a teacher copies it into the content folder beside `curso.yaml`. */
export const jekyllConfigFileName = "_config.yml";

/** What aula takes from `_config.yml`: the rest (theme, plugins, collections) has no meaning here. */
export interface JekyllSettings {
  /** `permalink`: the old addresses of the posts. */
  permalink?: string;
  /** kramdown's `syntax_highlighter_opts.block.line_numbers`: every code block had numbered lines. */
  lineNumbers?: boolean;
}

/** Reads `_config.yml` leniently: what it cannot read is one warning, never a stopped build. */
export function parseJekyllConfig(source: string, file: string): { settings: JekyllSettings; diagnostics: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error || (doc.contents !== null && !isMap(doc.contents))) {
    const reason = error ? error.message.split("\n")[0] : "no es una lista de claves";
    return {
      settings: {},
      diagnostics: [
        {
          file,
          line: error ? lineCounter.linePos(error.pos[0]).line : 1,
          severity: "warning",
          ruleId: "course/jekyll-config",
          message: `No se puede leer ${jekyllConfigFileName} (${reason}): no se usan su «permalink» ni sus números de línea`,
          fix: "corrige el YAML, o escribe «permalink» y «lineNumbers» en curso.yaml",
        },
      ],
    };
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const settings: JekyllSettings = {};
  if (typeof data.permalink === "string" && data.permalink.trim()) settings.permalink = data.permalink.trim();
  const kramdown = data.kramdown as { syntax_highlighter_opts?: { block?: { line_numbers?: unknown } } } | undefined;
  const lineNumbers = kramdown?.syntax_highlighter_opts?.block?.line_numbers;
  if (typeof lineNumbers === "boolean") settings.lineNumbers = lineNumbers;
  return { settings, diagnostics: [] };
}

/** A permalink Jekyll would have refused: its unknown placeholders stay as written in the old addresses. */
export function permalinkProblems(permalink: string | undefined, file: string): Problem[] {
  const unknown = permalink ? unknownPlaceholders(permalink) : [];
  if (unknown.length === 0) return [];
  return [
    {
      file,
      severity: "warning",
      ruleId: "course/permalink",
      message: `«permalink» usa ${unknown.map((name) => `«:${name}»`).join(", ")}, que Jekyll no conoce: las direcciones antiguas lo dejan tal cual`,
      fix: "usa los de Jekyll: :categories, :year, :month, :day, :title, :output_ext…",
    },
  ];
}
