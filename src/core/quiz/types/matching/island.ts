import type { QuizIsland } from "../browser.ts";
import { gradeMatching, type MatchingAnswer, type MatchingGrading } from "./grade.ts";

const selectsOf = (root: HTMLElement) => [...root.querySelectorAll<HTMLSelectElement>(".quiz__pair select")];

function mark(root: HTMLElement, key: number[] | undefined, text: Record<string, string>): void {
  selectsOf(root).forEach((select, i) => {
    const li = select.closest("li");
    if (!li) return;
    const ok = key !== undefined && Number(select.value) === key[i] && select.value !== "";
    const state = key ? (ok ? "ok" : "ko") : "";
    li.dataset.state = state;
    const out = li.querySelector("[data-mark]");
    if (out)
      out.textContent = state ? `${ok ? "✓" : "✗"} ${text[ok ? "quiz.matchingRight" : "quiz.matchingWrong"]}` : "";
  });
}

/** A `<select>` per left item, rendered by `./index.ts`. */
export const island: QuizIsland = {
  grade: gradeMatching,
  read(root) {
    const chosen = selectsOf(root).map((s) => (s.value === "" ? -1 : Number(s.value)));
    return chosen.some((c) => c !== -1) ? ({ chosen } satisfies MatchingAnswer) : undefined;
  },

  empty: { chosen: [] } satisfies MatchingAnswer,

  fits(root, answer) {
    const { chosen } = answer as MatchingAnswer;
    const selects = selectsOf(root);
    const count = (selects[0]?.options.length ?? 1) - 1;
    return (chosen.length === 0 || chosen.length === selects.length) && chosen.every((c) => c < count);
  },

  show(root, grading, answer, revealed, text) {
    const quiz = grading as MatchingGrading;
    const chosen = (answer as MatchingAnswer | undefined)?.chosen ?? [];
    const { correct, hits, total } = gradeMatching(quiz, { chosen });
    selectsOf(root).forEach((select, i) => {
      const value = revealed ? quiz.key[i] : chosen[i];
      select.value = value === undefined || value < 0 ? "" : String(value);
      select.disabled = true;
    });
    // A wrong answer says how many pairs are right, not which: that would give the answer away.
    mark(root, revealed || correct ? quiz.key : undefined, text);
    const partial = !correct && !revealed && hits > 0;
    return { correct, feedback: partial ? ["quiz.feedbackPairsPartial", { hits, total }] : undefined };
  },

  reset(root) {
    for (const select of selectsOf(root)) {
      select.value = "";
      select.disabled = false;
    }
    mark(root, undefined, {});
  },
};
