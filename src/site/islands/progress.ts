import { emptyProgress, fill, parseProgress, score } from "../../core/quiz/progress.ts";
import { load, save, texts } from "./storage.ts";

const text = texts();
const $ = <T extends HTMLElement>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector);
const lessons = [...document.querySelectorAll<HTMLElement>("[data-progress-lesson]")];
const idsOf = (lesson: HTMLElement): string[] => JSON.parse(lesson.dataset.ids ?? "[]") as string[];
const message = $("[data-progress-message]");
const say = (key: string, values: Record<string, string | number> = {}) => {
  if (message) message.textContent = fill(text[key] ?? "", values, document.documentElement.lang);
};
const store = (progress: ReturnType<typeof load>) => {
  const storageNote = $("[data-progress-storage]");
  if (storageNote) storageNote.hidden = save(progress);
};

function show(): void {
  const progress = load();
  const all: string[] = [];
  for (const lesson of lessons) {
    const ids = idsOf(lesson);
    all.push(...ids);
    const s = score(progress, ids);
    const out = $("[data-progress-score]", lesson);
    if (out) out.textContent = fill(text["progress.lessonScore"] ?? "", s, document.documentElement.lang);
    for (const item of lesson.querySelectorAll<HTMLElement>("[data-quiz-id]")) {
      const answer = progress.answers[item.dataset.quizId ?? ""];
      const key = !answer ? "Pending" : answer.correct ? "Correct" : answer.revealed ? "Revealed" : "Wrong";
      item.dataset.state = key.toLowerCase();
      const status = $("[data-progress-status]", item);
      if (status) status.textContent = text[`progress.status${key}`] ?? "";
    }
  }
  const total = $("[data-progress-total]");
  if (total)
    total.textContent = fill(text["progress.total"] ?? "", score(progress, all), document.documentElement.lang);
}

for (const lesson of lessons) {
  const reset = $<HTMLButtonElement>("[data-action=reset-lesson]", lesson);
  if (!reset) continue;
  reset.hidden = false;
  reset.addEventListener("click", () => {
    if (
      !confirm(
        fill(
          text["progress.confirmResetLesson"] ?? "",
          { lesson: lesson.dataset.title ?? "" },
          document.documentElement.lang,
        ),
      )
    )
      return;
    const progress = load();
    for (const id of idsOf(lesson)) delete progress.answers[id];
    store(progress);
    show();
    say("progress.resetDone");
  });
}

const actions = $("[data-progress-actions]");
if (actions) actions.hidden = false;
$("[data-progress-nojs]")?.remove();

$("[data-action=reset-all]")?.addEventListener("click", () => {
  if (!confirm(text["progress.confirmResetAll"])) return;
  store(emptyProgress());
  show();
  say("progress.resetDone");
});

$("[data-action=export]")?.addEventListener("click", () => {
  const file = `aula-progreso-${new Date().toISOString().slice(0, 10)}.json`;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([JSON.stringify(load(), null, 2)], { type: "application/json" }));
  link.download = file;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  say("progress.exported", { file });
});

$<HTMLInputElement>("[data-action=import]")?.addEventListener("change", async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = "";
  if (message) message.textContent = "";
  if (!file) return;
  let imported;
  try {
    imported = parseProgress(JSON.parse(await file.text()), true);
  } catch {
    imported = undefined;
  }
  if (!imported) return say("progress.importInvalid");
  store(imported);
  show();
  say("progress.imported", { count: Object.keys(imported.answers).length });
});

show();
