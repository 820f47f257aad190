import type { Answer, Progress } from "../../core/quiz/progress.ts";
import { loadedIsland } from "../../core/quiz/types/browser.ts";
import { decodeSuspend, encodeSuspend, lessonStatus, suspendLimits } from "./suspend.ts";

// Loaded by the quiz storage (`src/site/islands/storage.ts`), which connects only in a SCORM package: the LMS
// side of the quiz storage. The SCO finds the LMS's API object in a parent frame or an opener: `API` for
// SCORM 1.2, `API_1484_11` for SCORM 2004.

interface Scorm12 {
  LMSInitialize(arg: ""): string;
  LMSFinish(arg: ""): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ""): string;
}

interface Scorm2004 {
  Initialize(arg: ""): string;
  Terminate(arg: ""): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ""): string;
}

export type ScormVersion = "scorm12" | "scorm2004";

/** One run-time API, whichever the version: the calls and what they answer. */
interface Runtime {
  initialize(): string;
  terminate(): string;
  get(element: string): string;
  set(element: string, value: string): string;
  commit(): string;
}

const apiName = { scorm12: "API", scorm2004: "API_1484_11" } as const;

function runtimeOf(version: ScormVersion, api: unknown): Runtime | undefined {
  if (version === "scorm12") {
    const a = api as Scorm12 | undefined;
    if (!a || typeof a.LMSInitialize !== "function") return undefined;
    return {
      initialize: () => a.LMSInitialize(""),
      terminate: () => a.LMSFinish(""),
      get: (e) => a.LMSGetValue(e),
      set: (e, v) => a.LMSSetValue(e, v),
      commit: () => a.LMSCommit(""),
    };
  }
  const a = api as Scorm2004 | undefined;
  if (!a || typeof a.Initialize !== "function") return undefined;
  return {
    initialize: () => a.Initialize(""),
    terminate: () => a.Terminate(""),
    get: (e) => a.GetValue(e),
    set: (e, v) => a.SetValue(e, v),
    commit: () => a.Commit(""),
  };
}

/** The standard discovery: up the parents (at most 10, as ADL's sample does), then the opener's. */
export function findApi(start: Window, version: ScormVersion = "scorm12"): Runtime | undefined {
  const name = apiName[version];
  const search = (from: Window): Runtime | undefined => {
    let win: Window = from;
    for (let depth = 0; depth <= 10; depth++) {
      try {
        const found = runtimeOf(version, (win as unknown as Record<string, unknown>)[name]);
        if (found) return found;
      } catch {
        return undefined; // another origin: not our LMS
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return undefined;
  };
  try {
    return search(start) ?? (start.opener ? search(start.opener as Window) : undefined);
  } catch {
    return undefined;
  }
}

/** The data model's names, per version. */
const elements = {
  scorm12: {
    status: "cmi.core.lesson_status",
    mastery: "cmi.student_data.mastery_score",
    exit: "cmi.core.exit",
    score: "cmi.core.score.",
    response: "student_response",
    time: "time",
    wrong: "wrong",
  },
  scorm2004: {
    status: "cmi.completion_status",
    mastery: "cmi.scaled_passing_score",
    exit: "cmi.exit",
    score: "cmi.score.",
    response: "learner_response",
    time: "timestamp",
    wrong: "incorrect",
  },
} as const;

const interactionType: Record<string, string> = {
  choice: "choice",
  short: "fill-in",
  cloze: "fill-in",
  numeric: "numeric",
  ordering: "sequencing",
  matching: "matching",
};

const letter = (i: unknown) => String.fromCharCode(97 + Number(i));

/**
 * The student's response: letters for choice (`a,c`) and ordering (the written positions in the student's
 * order, `b,a,c`), `1.a,2.c` for matching, what was typed for a typed answer (each blank), the answer
 * itself otherwise. SCORM 1.2 separates with `,` and `.` and keeps 255 characters; 2004 with `[,]` and `[.]`.
 */
export function response(answer: Answer, version: ScormVersion = "scorm12"): string {
  // 2004's fill-in strings hold 250 characters each; a numeric response is a number with a point.
  const [comma, dot, limit] = version === "scorm12" ? [",", ".", 255] : ["[,]", "[.]", 250];
  const value = answer.value as {
    selected?: unknown;
    order?: unknown;
    chosen?: unknown;
    text?: unknown;
    blanks?: unknown;
  } | null;
  if (answer.type === "choice" && Array.isArray(value?.selected)) return value.selected.map(letter).join(comma);
  if (answer.type === "ordering" && Array.isArray(value?.order)) return value.order.map(letter).join(comma);
  if (answer.type === "matching" && Array.isArray(value?.chosen))
    return value.chosen.flatMap((c, i) => (Number(c) >= 0 ? [`${i + 1}${dot}${letter(c)}`] : [])).join(comma);
  if (answer.type === "numeric" && typeof value?.text === "string") return value.text.trim().replace(",", ".");
  if (typeof value?.text === "string") return value.text.slice(0, limit);
  if (Array.isArray(value?.blanks)) return value.blanks.join(comma).slice(0, limit);
  return JSON.stringify(answer.value ?? "").slice(0, limit);
}

const time = (version: ScormVersion) =>
  version === "scorm12" ? new Date().toTimeString().slice(0, 8) : new Date().toISOString().slice(0, 19);

export interface Lms {
  /** This lesson's answers as the LMS kept them (from another visit or device). */
  answers(): Record<string, unknown>;
  save(progress: Progress): void;
}

/**
 * Connects to the LMS: undefined when there is none or it refuses, and `onTrouble` is told whenever
 * scores cannot be sent (the caller shows its notice and the browser's storage keeps everything).
 */
export function connectLms(
  version: ScormVersion,
  onTrouble: (reason: "absent" | "failed" | "full") => void,
): Lms | undefined {
  const api = findApi(window, version);
  if (!api) return void onTrouble("absent");
  const names = elements[version];
  const call = (f: () => string): boolean => {
    try {
      return String(f()) === "true";
    } catch {
      return false;
    }
  };
  const get = (element: string): string => {
    try {
      return String(api.get(element) ?? "");
    } catch {
      return "";
    }
  };
  const set = (element: string, value: string | number) => call(() => api.set(element, String(value)));
  if (!call(() => api.initialize())) return void onTrouble("failed");

  const quizzes = () => [...document.querySelectorAll<HTMLElement>("aula-quiz")];
  const ids = () => quizzes().map((q) => q.dataset.quizId ?? "");
  const page = () => (ids()[0] ?? "").split("#")[0] ?? "";
  let kept = decodeSuspend(get("cmi.suspend_data"), page());
  const sent = new Map<string, string>();
  for (const [id, answer] of Object.entries(kept)) sent.set(id, JSON.stringify(answer));
  // 1.2 gives the mastery score as 0–100, 2004 its scaled passing score as 0–1.
  const given = Number.parseFloat(get(names.mastery));
  const mastery = Number.isFinite(given) ? (version === "scorm12" ? given : given * 100) : undefined;
  if (["", "not attempted", "unknown"].includes(get(names.status))) set(names.status, "incomplete");
  let finished = false;
  addEventListener("pagehide", () => {
    if (finished) return;
    finished = true;
    set(names.exit, "suspend");
    call(() => api.terminate());
  });

  return {
    answers: () => kept,
    save(progress) {
      if (finished) return;
      const mine = Object.fromEntries(Object.entries(progress.answers).filter(([id]) => id.startsWith(`${page()}#`)));
      const { data, dropped } = encodeSuspend(mine, suspendLimits[version]);
      let ok = set("cmi.suspend_data", data);
      kept = decodeSuspend(data, page());

      let points = 0;
      let answered = 0;
      for (const quiz of quizzes()) {
        const answer = mine[quiz.dataset.quizId ?? ""];
        if (!answer) continue;
        answered++;
        if (answer.revealed) continue;
        const grade = loadedIsland(answer.type)?.grade;
        try {
          points += grade ? grade(JSON.parse(quiz.dataset.grading ?? ""), answer.value).score : Number(answer.correct);
        } catch {
          points += Number(answer.correct);
        }
      }
      const total = quizzes().length;
      const raw = total ? Math.round((100 * points) / total) : 0;
      ok = set(`${names.score}min`, 0) && ok;
      ok = set(`${names.score}max`, 100) && ok;
      ok = set(`${names.score}raw`, raw) && ok;
      const status = lessonStatus(answered, total, raw, mastery);
      if (version === "scorm12") ok = set(names.status, status) && ok;
      else {
        ok = set("cmi.score.scaled", raw / 100) && ok;
        ok = set(names.status, status === "incomplete" ? "incomplete" : "completed") && ok;
        ok = set("cmi.success_status", status === "passed" || status === "failed" ? status : "unknown") && ok;
      }

      // Interactions are a journal: one record per answer sent, where the LMS keeps them.
      if (get("cmi.interactions._children").includes("id")) {
        for (const [id, answer] of Object.entries(mine)) {
          const key = JSON.stringify(answer);
          if (sent.get(id) === key) continue;
          sent.set(id, key);
          const n = `cmi.interactions.${Number.parseInt(get("cmi.interactions._count"), 10) || 0}.`;
          set(`${n}id`, id.slice(id.indexOf("#") + 1));
          set(`${n}type`, interactionType[answer.type] ?? (version === "scorm12" ? "performance" : "other"));
          set(`${n}${names.time}`, time(version));
          set(`${n}weighting`, 1);
          set(`${n}${names.response}`, response(answer, version));
          set(`${n}result`, answer.revealed ? "neutral" : answer.correct ? "correct" : names.wrong);
        }
      }
      ok = call(() => api.commit()) && ok;
      if (!ok) onTrouble("failed");
      else if (dropped.length > 0) onTrouble("full");
    },
  };
}
