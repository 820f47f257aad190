import { fill, score, type Answer } from "../quiz/progress.ts";
import { load, save, texts } from "./storage.ts";

const text = texts();

function updateSummary(): void {
  const summary = document.querySelector<HTMLElement>("[data-quiz-summary]");
  const out = summary?.querySelector("[data-quiz-summary-text]");
  if (!summary || !out) return;
  const ids = [...document.querySelectorAll<HTMLElement>("aula-quiz")].map((q) => q.dataset.quizId ?? "");
  const { correct, total } = score(load(), ids);
  out.textContent = fill(text["quiz.summary"] ?? "", { correct, total });
  summary.hidden = false;
}

/** `<aula-quiz>`: checks, explains, retries and remembers one quiz rendered by `src/quiz/render.ts`. */
class AulaQuiz extends HTMLElement {
  connectedCallback(): void {
    const id = this.dataset.quizId ?? "";
    const multiple = this.dataset.kind === "multiple";
    const $ = <T extends HTMLElement>(selector: string) => this.querySelector<T>(selector);
    const inputs = [...this.querySelectorAll<HTMLInputElement>("input")];
    const options = [...this.querySelectorAll<HTMLElement>(".quiz__option")];
    const feedback = $("[data-feedback]");
    const general = $("[data-general]");
    const [check, retry, reveal] = ["check", "retry", "reveal"].map((a) => $<HTMLButtonElement>(`[data-action=${a}]`));
    const actions = $("[data-actions]");
    const solution = $("[data-solution]");
    if (!feedback || !check || !retry || !reveal || !actions || !solution) return;
    actions.hidden = false;
    solution.hidden = true;

    const setFeedback = (key: string, values: Record<string, number> = {}) =>
      (feedback.textContent = fill(text[key] ?? "", values));

    /** Shows a checked (or revealed) answer; returns whether it is right. */
    const show = (selected: number[], revealed: boolean): boolean => {
      let hits = 0;
      let wrong = 0;
      let total = 0;
      options.forEach((li, i) => {
        const right = li.hasAttribute("data-correct");
        const chosen = selected.includes(i);
        total += right ? 1 : 0;
        if (chosen) right ? hits++ : wrong++;
        const input = inputs[i];
        if (input) {
          input.checked = revealed ? right : chosen;
          input.disabled = true;
        }
        const state = revealed ? (right ? "ok" : chosen ? "ko" : "") : chosen ? (right ? "ok" : "ko") : "";
        li.dataset.state = state;
        const mark = li.querySelector("[data-mark]");
        if (mark)
          mark.textContent = state
            ? `${state === "ok" ? "✓" : "✗"} ${text[state === "ok" ? "quiz.correctOption" : "quiz.wrongOption"]}`
            : "";
        const why = li.querySelector<HTMLElement>("[data-explanation]");
        if (why) why.hidden = !(revealed || chosen);
      });
      const ok = hits === total && wrong === 0;
      if (general) general.hidden = false;
      if (revealed) setFeedback("quiz.feedbackRevealed");
      else if (ok) setFeedback("quiz.feedbackCorrect");
      else if (multiple && hits > 0) setFeedback("quiz.feedbackPartial", { hits, total, wrong });
      else setFeedback("quiz.feedbackWrong");
      this.dataset.state = revealed ? "revealed" : ok ? "correct" : "wrong";
      check.hidden = true;
      retry.hidden = false;
      reveal.hidden = revealed || ok;
      return ok;
    };

    const store = (answer: Answer | undefined) => {
      const progress = load();
      if (answer) progress.answers[id] = answer;
      else delete progress.answers[id];
      save(progress);
      updateSummary();
    };

    check.addEventListener("click", () => {
      const selected = inputs.filter((i) => i.checked).map((i) => Number(i.value));
      if (selected.length === 0) return void setFeedback("quiz.feedbackEmpty");
      store({ selected, correct: show(selected, false) });
      retry.focus();
    });
    reveal.addEventListener("click", () => {
      const previous = load().answers[id];
      show(previous?.selected ?? [], true);
      store({ selected: previous?.selected ?? [], correct: previous?.correct ?? false, revealed: true });
      retry.focus();
    });
    retry.addEventListener("click", () => {
      for (const input of inputs) {
        input.checked = false;
        input.disabled = false;
      }
      for (const li of options) {
        delete li.dataset.state;
        const mark = li.querySelector("[data-mark]");
        if (mark) mark.textContent = "";
        const why = li.querySelector<HTMLElement>("[data-explanation]");
        if (why) why.hidden = true;
      }
      if (general) general.hidden = true;
      feedback.textContent = "";
      delete this.dataset.state;
      check.hidden = false;
      reveal.hidden = false;
      retry.hidden = true;
      store(undefined);
      inputs[0]?.focus();
    });

    const saved = load().answers[id];
    if (saved && saved.selected.every((i) => i < options.length)) show(saved.selected, saved.revealed === true);
    updateSummary();
  }
}

if (!customElements.get("aula-quiz")) customElements.define("aula-quiz", AulaQuiz);
