import { fill, score } from "../../core/quiz/progress.ts";
import { browserTypes, isRefusal, loadedIsland, type QuizIsland } from "../../core/quiz/types/browser.ts";
import { shuffleQuiz } from "./shuffle.ts";
import { load, save, texts } from "./storage.ts";

const text = texts();

function updateSummary(): void {
  const summary = document.querySelector<HTMLElement>("[data-quiz-summary]");
  const out = summary?.querySelector("[data-quiz-summary-text]");
  if (!summary || !out) return;
  const ids = [...document.querySelectorAll<HTMLElement>("aula-quiz")].map((q) => q.dataset.quizId ?? "");
  const { correct, total } = score(load(), ids);
  out.textContent = fill(text["quiz.summary"] ?? "", { correct, total }, document.documentElement.lang);
  summary.hidden = false;
}

/**
 * `<aula-quiz>`: checks, explains, retries and remembers one quiz rendered by `src/core/quiz/render.ts`.
 * What depends on the question type (reading the inputs, marking them) is in the type's island,
 * a script of its own on pages that have a quiz of that type; grading is the type's pure `grade()`.
 * When it is set up the element gets `data-ready`.
 */
class AulaQuiz extends HTMLElement {
  connectedCallback(): void {
    // The page's type scripts run before this one (QuizIsland.astro puts them first); a type whose
    // script the page lacks keeps the no-JS form.
    const typeName = this.dataset.quizType ?? "";
    const island = loadedIsland(typeName);
    if (island && !this.dataset.ready) this.setUp(typeName, island);
  }

  private setUp(typeName: string, island: QuizIsland): void {
    const id = this.dataset.quizId ?? "";
    const type = browserTypes[typeName];
    const $ = <T extends HTMLElement>(selector: string) => this.querySelector<T>(selector);
    const feedback = $("[data-feedback]");
    const general = $("[data-general]");
    const [check, retry, reveal] = ["check", "retry", "reveal"].map((a) => $<HTMLButtonElement>(`[data-action=${a}]`));
    const actions = $("[data-actions]");
    const solution = $("[data-solution]");
    if (!type || !feedback || !check || !retry || !reveal || !actions || !solution) return;
    let grading: unknown;
    try {
      grading = JSON.parse(this.dataset.grading ?? "");
    } catch {
      return; // the no-JS form, with its «Ver solución», stays
    }
    actions.hidden = false;
    solution.hidden = true;
    // `.barajar`: the student's order before anything reads the inputs. (Loading it with import()
    // would save 0.4 KB gzip but bring Vite's 0.9 KB preload helper into every quiz page.)
    if (this.dataset.shuffle !== undefined) shuffleQuiz(this, id);

    const tip = $<HTMLButtonElement>("[data-action=tip]");
    const tipText = $("[data-tip]");
    const tipDetails = $("[data-tip-details]");
    if (tip && tipText && tipDetails) {
      tipDetails.hidden = true;
      tip.hidden = false;
      tip.addEventListener("click", () => {
        const open = tip.getAttribute("aria-expanded") !== "true";
        tip.setAttribute("aria-expanded", String(open));
        tipText.hidden = !open;
      });
    }

    const setFeedback = (key: string, values: Record<string, string | number> = {}) =>
      (feedback.textContent = fill(text[key] ?? "", values, document.documentElement.lang));
    /** The student's last answer (not the solution): what «Reintentar» puts back. */
    let last: unknown = island.empty;

    /** Shows a checked (or revealed) answer; returns whether it is right. */
    const show = (answer: unknown, revealed: boolean): boolean => {
      const result = island.show(this, grading, answer, revealed, text);
      // The general explanation gives the answer away: only with a right answer or the solution.
      if (general) general.hidden = !(revealed || result.correct);
      if (revealed) setFeedback(result.revealed ?? "quiz.feedbackRevealed");
      else if (result.correct) setFeedback("quiz.feedbackCorrect");
      else if (result.feedback) setFeedback(...result.feedback);
      else setFeedback("quiz.feedbackWrong");
      this.dataset.state = revealed ? "revealed" : result.correct ? "correct" : "wrong";
      check.hidden = true;
      // A right answer is done: nothing to retry, nothing to reveal.
      retry.hidden = result.correct && !revealed;
      reveal.hidden = revealed || result.correct;
      return result.correct;
    };

    const store = (value: unknown, correct: boolean, revealed?: boolean) => {
      const progress = load();
      progress.answers[id] = { type: typeName, v: type.answerVersion, value, correct, revealed };
      save(progress);
      updateSummary();
    };
    const saved = () => {
      const answer = load().answers[id];
      return answer?.type === typeName && island.fits(this, answer.value) ? answer : undefined;
    };

    /** After «Comprobar» or «Ver solución»: focus on «Reintentar», or on the verdict when there is none. */
    const focusAfter = () => {
      if (!retry.hidden) return retry.focus();
      feedback.tabIndex = -1;
      feedback.focus();
    };

    check.addEventListener("click", () => {
      const answer = island.read(this, grading);
      if (answer === undefined) return void setFeedback("quiz.feedbackEmpty");
      if (isRefusal(answer)) return void (typeof answer === "string" ? setFeedback(answer) : setFeedback(...answer));
      last = answer;
      store(answer, show(answer, false));
      focusAfter();
    });
    island.init?.(this, { check: () => check.click(), text });
    reveal.addEventListener("click", () => {
      const previous = saved();
      last = previous?.value ?? island.empty;
      show(previous?.value, true);
      store(last, previous?.correct ?? false, true);
      focusAfter();
    });
    retry.addEventListener("click", () => {
      island.reset(this, last);
      if (general) general.hidden = true;
      feedback.textContent = "";
      delete this.dataset.state;
      check.hidden = false;
      reveal.hidden = false;
      retry.hidden = true;
      // The last attempt stays stored («Intentada» in «Mi progreso») until the next «Comprobar».
      // Focus on the answer kept (the chosen radio, as arrow keys expect), else on the first control.
      const enabled = ":not(:disabled, [data-action], [hidden] *)";
      (
        this.querySelector<HTMLElement>(`input:checked${enabled}`) ??
        this.querySelector<HTMLElement>(`:is(input, select, textarea, button)${enabled}`)
      )?.focus();
    });

    const answer = saved();
    if (answer) {
      last = answer.value;
      show(answer.value, answer.revealed === true);
    }
    updateSummary();
    this.dataset.ready = "";
  }
}

if (!customElements.get("aula-quiz")) customElements.define("aula-quiz", AulaQuiz);
