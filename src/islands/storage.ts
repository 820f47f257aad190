import { emptyProgress, legacyProgressKeys, type Progress, progressKey, readProgress } from "../quiz/progress.ts";

// When storage throws (private mode, quota, blocked), answers live here for as long as the page.
let memory: string | null = null;

/** What is stored; with nothing under the current key, an older release's store, migrated. */
export function load(): Progress {
  try {
    if (memory !== null) return readProgress(memory);
    const current = localStorage.getItem(progressKey);
    if (current !== null) return readProgress(current);
    for (const key of legacyProgressKeys) {
      const old = localStorage.getItem(key);
      if (old !== null) return readProgress(old);
    }
    return emptyProgress();
  } catch {
    return readProgress(memory);
  }
}

/** Saves progress; false if it could only be kept in memory. */
export function save(progress: Progress): boolean {
  memory = JSON.stringify(progress);
  try {
    localStorage.setItem(progressKey, memory);
    // Migrated: the old copy would otherwise outlive «Reiniciar todo».
    for (const key of legacyProgressKeys) localStorage.removeItem(key);
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
