import type { QuizIsland } from "../browser.ts";
import { enterChecks } from "../enter.ts";
import type { ClozeAnswer } from "./answer.ts";
import { type ClozeGrading, gradeCloze } from "./grade.ts";

const blanksOf = (root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>("input.quiz__blank")];

/** Text boxes inside a paragraph or a code block, rendered by `./index.ts`. */
export const island: QuizIsland = {
  read(root) {
    const blanks = blanksOf(root).map((input) => input.value.trim());
    return blanks.some(Boolean) ? ({ blanks } satisfies ClozeAnswer) : "quiz.feedbackEmptyTyped";
  },

  empty: { blanks: [] } satisfies ClozeAnswer,

  fits: (root, answer) => (answer as ClozeAnswer).blanks.length <= blanksOf(root).length,

  show(root, grading, answer, revealed) {
    const quiz = grading as ClozeGrading;
    const typed = (answer as ClozeAnswer | undefined)?.blanks ?? [];
    const result = gradeCloze(quiz, { blanks: typed });
    // Which blanks are wrong does not give their answers away: each is marked.
    blanksOf(root).forEach((input, i) => {
      const ok = revealed || result.right[i] === true;
      input.value = revealed ? (quiz.blanks[i]?.answers[0] ?? "") : (typed[i] ?? "");
      input.readOnly = true;
      input.dataset.state = ok ? "ok" : "ko";
      if (ok) input.removeAttribute("aria-invalid");
      else input.setAttribute("aria-invalid", "true");
      const mark = input.nextElementSibling;
      if (mark?.matches("[data-mark]")) mark.textContent = ok ? "✓" : "✗";
    });
    const { correct, hits, total } = result;
    return {
      correct,
      feedback: !correct && hits > 0 ? ["quiz.feedbackPartialBlanks", { hits, total }] : undefined,
      revealed: revealed ? "quiz.feedbackRevealedTyped" : undefined,
    };
  },

  reset(root, answer) {
    const { blanks } = answer as ClozeAnswer;
    for (const [i, input] of blanksOf(root).entries()) {
      input.value = blanks[i] ?? "";
      input.readOnly = false;
      delete input.dataset.state;
      input.removeAttribute("aria-invalid");
      const mark = input.nextElementSibling;
      if (mark?.matches("[data-mark]")) mark.textContent = "";
    }
  },

  grade: gradeCloze,

  init: enterChecks,
};
