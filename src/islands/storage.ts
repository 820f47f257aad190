import { emptyProgress, type Progress, progressKey, readProgress } from "../quiz/progress.ts";

// When storage throws (private mode, quota, blocked), answers live here for as long as the page.
let memory: string | null = null;

export function load(): Progress {
  try {
    return readProgress(memory ?? localStorage.getItem(progressKey));
  } catch {
    return readProgress(memory);
  }
}

/** Saves progress; false if it could only be kept in memory. */
export function save(progress: Progress): boolean {
  memory = JSON.stringify(progress);
  try {
    localStorage.setItem(progressKey, memory);
    return true;
  } catch {
    return false;
  }
}

export function clear(): boolean {
  return save(emptyProgress());
}

/** The reader-facing texts the server put in the page (`src/i18n/es.ts`). */
export function texts(): Record<string, string> {
  try {
    return JSON.parse(document.getElementById("aula-quiz-texts")?.textContent ?? "{}") as Record<string, string>;
  } catch {
    return {};
  }
}
