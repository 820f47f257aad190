import type { QuizIsland } from "../browser.ts";
import type { ChoiceAnswer } from "./answer.ts";
import { type ChoiceGrading, gradeChoice } from "./grade.ts";

const inputsOf = (root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>(".quiz__option input")];
const optionsOf = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>(".quiz__option")];

/** Radio buttons or checkboxes, rendered by `./index.ts`. */
export const island: QuizIsland = {
  read(root) {
    const selected = inputsOf(root)
      .filter((i) => i.checked)
      .map((i) => Number(i.value));
    return selected.length > 0 ? ({ selected } satisfies ChoiceAnswer) : undefined;
  },

  empty: { selected: [] } satisfies ChoiceAnswer,

  fits: (root, answer) => (answer as ChoiceAnswer).selected.every((i) => i < optionsOf(root).length),

  show(root, grading, answer, revealed, text) {
    const quiz = grading as ChoiceGrading;
    const { selected } = (answer as ChoiceAnswer | undefined) ?? { selected: [] };
    const { correct, hits, total, wrong } = gradeChoice(quiz, { selected });
    // Right or revealed: every option. Wrong: each chosen option is marked right or wrong (as a
    // cloze marks each blank); a right option left unchosen is not, which would give it away.
    const all = revealed || correct;
    // By the input's value, not its place: `.barajar` reorders the options.
    for (const li of optionsOf(root)) {
      const input = li.querySelector<HTMLInputElement>("input");
      const i = Number(input?.value);
      const right = quiz.options[i]?.correct === true;
      const chosen = selected.includes(i);
      if (input) {
        input.checked = revealed ? right : chosen;
        input.disabled = true;
      }
      const state = all ? (right ? "ok" : chosen ? "ko" : "") : chosen ? (right ? "ok" : "ko") : "";
      li.dataset.state = state;
      const mark = li.querySelector("[data-mark]");
      if (mark)
        mark.textContent = state
          ? `${state === "ok" ? "✓" : "✗"} ${text[state === "ok" ? "quiz.correctOption" : "quiz.wrongOption"]}`
          : "";
      const why = li.querySelector<HTMLElement>("[data-explanation]");
      if (why) why.hidden = !(all || (state === "ko" && why.dataset.explanation === "answer"));
    }
    const partial = !correct && quiz.multiple && hits > 0;
    return { correct, feedback: partial ? ["quiz.feedbackPartial", { hits, total, wrong }] : undefined };
  },

  grade: gradeChoice,

  reset(root, answer) {
    const { selected } = answer as ChoiceAnswer;
    for (const input of inputsOf(root)) {
      input.checked = selected.includes(Number(input.value));
      input.disabled = false;
    }
    for (const li of optionsOf(root)) {
      delete li.dataset.state;
      const mark = li.querySelector("[data-mark]");
      if (mark) mark.textContent = "";
      const why = li.querySelector<HTMLElement>("[data-explanation]");
      if (why) why.hidden = true;
    }
  },
};
