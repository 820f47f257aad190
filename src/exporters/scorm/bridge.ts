import type { Answer, Progress } from "../../core/quiz/progress.ts";
import { loadedIsland } from "../../core/quiz/types/browser.ts";
import { decodeSuspend, encodeSuspend, lessonStatus } from "./suspend.ts";

// Loaded only in the SCORM build (see `src/islands/storage.ts`): the LMS side of the quiz storage.
// SCORM 1.2 run-time: the SCO finds the LMS's `API` object in a parent frame or an opener.

interface Scorm12 {
  LMSInitialize(arg: ""): string;
  LMSFinish(arg: ""): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ""): string;
}

type ApiWindow = Window & { API?: Scorm12 };

/** The standard discovery: up the parents (at most 10, as ADL's sample does), then the opener's. */
export function findApi(start: Window): Scorm12 | undefined {
  const search = (from: Window): Scorm12 | undefined => {
    let win: Window = from;
    for (let depth = 0; depth <= 10; depth++) {
      try {
        const api = (win as ApiWindow).API;
        if (api && typeof api.LMSInitialize === "function") return api;
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
 * SCORM 1.2 `student_response`: letters for choice (`a,c`) and ordering (the written positions in the
 * student's order, `b,a,c`), `1.a,2.c` for matching, what was typed for a typed answer (each blank,
 * comma-separated), the answer itself otherwise; up to 255 characters.
 */
function response(answer: Answer): string {
  const value = answer.value as {
    selected?: unknown;
    order?: unknown;
    chosen?: unknown;
    text?: unknown;
    blanks?: unknown;
  } | null;
  if (answer.type === "choice" && Array.isArray(value?.selected)) return value.selected.map(letter).join(",");
  if (answer.type === "ordering" && Array.isArray(value?.order)) return value.order.map(letter).join(",");
  if (answer.type === "matching" && Array.isArray(value?.chosen))
    return value.chosen.flatMap((c, i) => (Number(c) >= 0 ? [`${i + 1}.${letter(c)}`] : [])).join(",");
  if (typeof value?.text === "string") return value.text.slice(0, 255);
  if (Array.isArray(value?.blanks)) return value.blanks.join(",").slice(0, 255);
  return JSON.stringify(answer.value ?? "").slice(0, 255);
}

const time = () => new Date().toTimeString().slice(0, 8);

export interface Lms {
  /** This lesson's answers as the LMS kept them (from another visit or device). */
  answers(): Record<string, unknown>;
  save(progress: Progress): void;
}

/**
 * Connects to the LMS: undefined when there is none or it refuses, and `onTrouble` is told whenever
 * scores cannot be sent (the caller shows its notice and the browser's storage keeps everything).
 */
export function connectLms(onTrouble: (reason: "absent" | "failed" | "full") => void): Lms | undefined {
  const api = findApi(window);
  if (!api) return void onTrouble("absent");
  const call = (f: () => string): boolean => {
    try {
      return String(f()) === "true";
    } catch {
      return false;
    }
  };
  const get = (element: string): string => {
    try {
      return String(api.LMSGetValue(element) ?? "");
    } catch {
      return "";
    }
  };
  const set = (element: string, value: string | number) => call(() => api.LMSSetValue(element, String(value)));
  if (!call(() => api.LMSInitialize(""))) return void onTrouble("failed");

  const quizzes = () => [...document.querySelectorAll<HTMLElement>("aula-quiz")];
  const ids = () => quizzes().map((q) => q.dataset.quizId ?? "");
  const page = () => (ids()[0] ?? "").split("#")[0] ?? "";
  let kept = decodeSuspend(get("cmi.suspend_data"), page());
  const sent = new Map<string, string>();
  for (const [id, answer] of Object.entries(kept)) sent.set(id, JSON.stringify(answer));
  const mastery = Number.parseFloat(get("cmi.student_data.mastery_score"));
  if (["", "not attempted"].includes(get("cmi.core.lesson_status"))) set("cmi.core.lesson_status", "incomplete");
  let finished = false;
  addEventListener("pagehide", () => {
    if (finished) return;
    finished = true;
    set("cmi.core.exit", "suspend");
    call(() => api.LMSFinish(""));
  });

  return {
    answers: () => kept,
    save(progress) {
      if (finished) return;
      const mine = Object.fromEntries(Object.entries(progress.answers).filter(([id]) => id.startsWith(`${page()}#`)));
      const { data, dropped } = encodeSuspend(mine);
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
      ok = set("cmi.core.score.min", 0) && ok;
      ok = set("cmi.core.score.max", 100) && ok;
      ok = set("cmi.core.score.raw", raw) && ok;
      const status = lessonStatus(answered, total, raw, Number.isFinite(mastery) ? mastery : undefined);
      ok = set("cmi.core.lesson_status", status) && ok;

      // Interactions are a journal: one record per answer sent, where the LMS keeps them.
      if (get("cmi.interactions._children").includes("id")) {
        for (const [id, answer] of Object.entries(mine)) {
          const key = JSON.stringify(answer);
          if (sent.get(id) === key) continue;
          sent.set(id, key);
          const n = `cmi.interactions.${Number.parseInt(get("cmi.interactions._count"), 10) || 0}.`;
          set(`${n}id`, id.slice(id.indexOf("#") + 1));
          set(`${n}type`, interactionType[answer.type] ?? "performance");
          set(`${n}time`, time());
          set(`${n}weighting`, 1);
          set(`${n}student_response`, response(answer));
          set(`${n}result`, answer.revealed ? "neutral" : answer.correct ? "correct" : "wrong");
        }
      }
      ok = call(() => api.LMSCommit("")) && ok;
      if (!ok) onTrouble("failed");
      else if (dropped.length > 0) onTrouble("full");
    },
  };
}
