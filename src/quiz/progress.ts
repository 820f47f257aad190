/** Where answers are stored; the version changes whenever the stored shape does. */
export const progressKey = "aula:progreso:v1";
const format = "aula-progreso";

/** A student's last answer to one quiz. */
export interface Answer {
  /** Indexes of the chosen options. */
  selected: number[];
  correct: boolean;
  /** The student asked to see the solution. */
  revealed?: boolean;
}

/** What is stored, and what export writes and import reads. */
export interface Progress {
  format: typeof format;
  version: 1;
  /** By quiz id (`tema2/laboratorio-1#q…`). */
  answers: Record<string, Answer>;
}

export function emptyProgress(): Progress {
  return { format, version: 1, answers: {} };
}

function isAnswer(value: unknown): value is Answer {
  const a = value as Answer;
  return (
    typeof a === "object" &&
    a !== null &&
    Array.isArray(a.selected) &&
    a.selected.length <= 100 &&
    a.selected.every((i) => Number.isInteger(i) && i >= 0 && i < 100) &&
    typeof a.correct === "boolean" &&
    (a.revealed === undefined || typeof a.revealed === "boolean")
  );
}

const isId = (id: string) => id.length > 0 && id.length <= 300;

/**
 * Reads a progress value. `strict` (an imported file) accepts it only if all of it is valid;
 * otherwise (what is in storage) it keeps the valid answers and drops the rest, so a corrupt or
 * foreign value never breaks a page.
 */
export function parseProgress(value: unknown, strict = false): Progress | undefined {
  const p = value as Progress;
  if (typeof p !== "object" || p === null || p.format !== format || p.version !== 1) return undefined;
  if (typeof p.answers !== "object" || p.answers === null || Array.isArray(p.answers)) return undefined;
  const result = emptyProgress();
  for (const [id, answer] of Object.entries(p.answers)) {
    if (isId(id) && isAnswer(answer))
      result.answers[id] = { selected: answer.selected, correct: answer.correct, revealed: answer.revealed };
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

/** `{name}` placeholders in a reader-facing text. */
export function fill(template: string, values: { [name: string]: string | number } | Score): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    String((values as Record<string, string | number>)[name] ?? all),
  );
}
