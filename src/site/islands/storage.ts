import {
  emptyProgress,
  legacyProgressKeys,
  type Progress,
  progressKey,
  readProgress,
} from "../../core/quiz/progress.ts";
import type { Lms } from "../../exporters/scorm/bridge.ts";
import { sitePackage } from "../../exporters/scorm/page.ts";

// When storage throws (private mode, quota, blocked), answers live here for as long as the page.
let memory: string | null = null;

/** What is stored; with nothing under the current key, an older release's store, migrated. */
function loadLocal(): Progress {
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

function saveLocal(progress: Progress): boolean {
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

/** Shows, once, why scores do not reach the LMS (the browser's storage keeps the answers anyway). */
function notice(reason: "absent" | "failed" | "full"): void {
  const key = reason === "full" ? "quiz.lmsFull" : "quiz.lmsOffline";
  const first = document.querySelector("aula-quiz");
  if (!first || document.querySelector(`[data-lms-notice="${key}"]`)) return;
  const note = Object.assign(document.createElement("p"), { className: "progress__note", textContent: texts()[key] });
  note.dataset.lmsNotice = key;
  note.setAttribute("role", "status");
  first.before(note);
}

// The storage backend, chosen once at load. Only a page of a SCORM package (`aula export scorm` marks its
// `<html>`) looks for an LMS, and only there is the bridge loaded: the public site never downloads it.
let lms: Lms | undefined;
const version = sitePackage();
if (version) {
  try {
    const { connectLms } = await import("../../exporters/scorm/bridge.ts");
    lms = connectLms(version, notice);
  } catch {
    notice("failed");
  }
}

/** The student's answers: the browser's, with this lesson's as the LMS kept them when there is one. */
export function load(): Progress {
  const local = loadLocal();
  if (!lms) return local;
  const kept = readProgress(JSON.stringify({ ...local, answers: lms.answers() }));
  return { ...local, answers: { ...local.answers, ...kept.answers } };
}

/** Saves progress; false if it could only be kept in memory. */
export function save(progress: Progress): boolean {
  const saved = saveLocal(progress);
  try {
    lms?.save(progress);
  } catch {
    notice("failed");
  }
  return saved;
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
