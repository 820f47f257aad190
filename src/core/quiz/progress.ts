import { format as formatText } from "../i18n/plural.ts";
import { browserTypes } from "./types/browser.ts";
import { isChoiceAnswer } from "./types/choice/answer.ts";

// Browser code (the islands) imports this file: it must stay free of zod, hast and Node, so it
// reads types through the browser registry.

/** Where answers are stored. The version changes whenever the stored shape does. */
export const progressKey = "aula:progreso:v2";
/** Keys of older releases: read (and migrated) when there is nothing under {@link progressKey}. */
export const legacyProgressKeys = ["aula:progreso:v1"];
const format = "aula-progreso";
const version = 2;

/** A student's last answer to one quiz: its type's answer, versioned by that type. */
export interface Answer {
  /** The question type (`choice`). */
  type: string;
  /** Version of `value`'s shape for that type. */
  v: number;
  /** The answer itself, in its type's shape (choice: `{ selected: [1] }`). */
  value: unknown;
  correct: boolean;
  /** The student asked to see the solution. */
  revealed?: boolean;
}

/** What is stored, and what export writes and import reads. */
export interface Progress {
  format: typeof format;
  version: typeof version;
  /** By quiz id (`tema2/laboratorio-1#q…`). */
  answers: Record<string, Answer>;
}

/** Version 1 (first release): choice only, `{ selected, correct, revealed? }`. */
interface AnswerV1 {
  selected: number[];
  correct: boolean;
  revealed?: boolean;
}

export function emptyProgress(): Progress {
  return { format, version, answers: {} };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isRevealed = (value: unknown) => value === undefined || typeof value === "boolean";

function readAnswerV1(value: unknown): Answer | undefined {
  const a = value as AnswerV1;
  if (!isObject(a) || !isChoiceAnswer(a) || typeof a.correct !== "boolean" || !isRevealed(a.revealed)) return undefined;
  return { type: "choice", v: 1, value: { selected: a.selected }, correct: a.correct, revealed: a.revealed };
}

function readAnswerV2(value: unknown): Answer | undefined {
  if (!isObject(value)) return undefined;
  const { type, v, correct, revealed } = value;
  const known = typeof type === "string" && Object.hasOwn(browserTypes, type) ? browserTypes[type] : undefined;
  if (
    !known ||
    v !== known.answerVersion ||
    !known.isAnswer(value.value) ||
    typeof correct !== "boolean" ||
    !isRevealed(revealed)
  )
    return undefined;
  return {
    type: type as string,
    v: v as number,
    value: value.value,
    correct,
    revealed: revealed as boolean | undefined,
  };
}

const isId = (id: string) => id.length > 0 && id.length <= 300;

/**
 * Reads a progress value of any version, as the current one (a v1 value is migrated). `strict` (an
 * imported file) accepts it only if all of it is valid; otherwise (what is in storage) it keeps the
 * valid answers and drops the rest, so a corrupt or foreign value never breaks a page.
 */
export function parseProgress(value: unknown, strict = false): Progress | undefined {
  if (!isObject(value) || value.format !== format || !isObject(value.answers)) return undefined;
  const read = value.version === 1 ? readAnswerV1 : value.version === version ? readAnswerV2 : undefined;
  if (!read) return undefined;
  const result = emptyProgress();
  for (const [id, stored] of Object.entries(value.answers)) {
    const answer = isId(id) ? read(stored) : undefined;
    if (answer) result.answers[id] = answer;
    else if (strict) return undefined;
  }
  return result;
}

/** Parses what storage holds: anything unreadable is an empty progress. */
export function readProgress(raw: string | null | undefined): Progress {
  try {
    return (raw && parseProgress(JSON.parse(raw))) || emptyProgress();
  } catch {
    return emptyProgress();
  }
}

export interface Score {
  correct: number;
  answered: number;
  total: number;
}

export function score(progress: Progress, ids: string[]): Score {
  let correct = 0;
  let answered = 0;
  for (const id of ids) {
    const answer = progress.answers[id];
    if (!answer) continue;
    answered++;
    if (answer.correct) correct++;
  }
  return { correct, answered, total: ids.length };
}

/** `{name}` and `{name|one|other}` placeholders in a reader-facing text (see `format` in the strings module). */
export function fill(template: string, values: { [name: string]: string | number } | Score, lang?: string): string {
  return formatText(template, values as unknown as Record<string, string | number>, lang);
}
