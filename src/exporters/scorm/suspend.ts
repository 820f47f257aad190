import type { Answer } from "../../core/quiz/progress.ts";

// Browser code imports this file: pure, no DOM.

/** SCORM 1.2's `cmi.suspend_data` limit (CMIString4096). */
export const suspendLimit = 4096;
/** `cmi.suspend_data` per version: SCORM 2004 4th edition keeps 64,000 characters. */
export const suspendLimits = { scorm12: suspendLimit, scorm2004: 64000 } as const;
const version = "1";

/** A lesson's answers, by the part of the quiz id after `#` (the SCO is the lesson). */
export type LessonAnswers = Record<string, Answer>;

const keyOf = (id: string) => id.slice(id.indexOf("#") + 1);

/**
 * Compact, versioned suspend data: `1` then a JSON array of `[key, type, v, value, flags]`, with
 * `type` 0 for choice and flags 1 = correct, 2 = revealed. Entries that would pass the limit are left
 * out and named in `dropped`, so the caller can say so (they stay in the browser's own storage).
 */
export function encodeSuspend(
  answers: Record<string, Answer>,
  limit = suspendLimit,
): { data: string; dropped: string[] } {
  const entries: string[] = [];
  const dropped: string[] = [];
  let length = version.length + 2;
  for (const [id, a] of Object.entries(answers)) {
    const flags = (a.correct ? 1 : 0) | (a.revealed ? 2 : 0);
    const entry = JSON.stringify([keyOf(id), a.type === "choice" ? 0 : a.type, a.v, a.value, flags]);
    const added = entry.length + (entries.length > 0 ? 1 : 0);
    if (length + added > limit) dropped.push(id);
    else {
      entries.push(entry);
      length += added;
    }
  }
  return { data: `${version}[${entries.join(",")}]`, dropped };
}

/** Reads suspend data back as answers under `page#key` ids; anything unreadable is skipped. */
export function decodeSuspend(data: string, page: string): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  if (!data.startsWith(version)) return answers;
  try {
    const list = JSON.parse(data.slice(version.length)) as unknown;
    if (!Array.isArray(list)) return answers;
    for (const entry of list) {
      if (!Array.isArray(entry) || typeof entry[0] !== "string") continue;
      const [key, type, v, value, flags] = entry as [string, unknown, unknown, unknown, unknown];
      const bits = typeof flags === "number" ? flags : 0;
      answers[`${page}#${key}`] = {
        type: type === 0 ? "choice" : type,
        v,
        value,
        correct: (bits & 1) === 1,
        ...(bits & 2 ? { revealed: true } : {}),
      };
    }
  } catch {
    // a foreign or corrupt value: the student starts afresh, the page still works
  }
  return answers;
}

/** SCORM 1.2 lesson status once every quiz is answered: against the mastery score when there is one. */
export function lessonStatus(
  answered: number,
  total: number,
  raw: number,
  masteryScore: number | undefined,
): "incomplete" | "completed" | "passed" | "failed" {
  if (answered < total) return "incomplete";
  if (masteryScore === undefined) return "completed";
  return raw >= masteryScore ? "passed" : "failed";
}
