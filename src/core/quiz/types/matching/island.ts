import type { QuizIsland } from "../browser.ts";
import { gradeMatching, type MatchingAnswer, type MatchingGrading } from "./grade.ts";

const selectsOf = (root: HTMLElement) => [...root.querySelectorAll<HTMLSelectElement>(".quiz__pair select")];

/**
 * Under each `<select>`, the chosen right item in full, as the page renders it (code stays code): a
 * `<select>` cuts a long item on a phone and shows only plain text. Copied from the lettered list
 * printed on paper, which has every right item by key.
 */
function showChosen(root: HTMLElement, select: HTMLSelectElement): void {
  const out = select.closest("li")?.querySelector("[data-chosen]");
  if (!out) return;
  const source = select.value === "" ? null : root.querySelector(`.quiz__rights > li[data-key="${select.value}"]`);
  out.replaceChildren(...[...(source?.childNodes ?? [])].map((node) => node.cloneNode(true)));
}

/** Marks each pair right or wrong (`key`), or clears the marks (undefined). */
function mark(root: HTMLElement, key: number[] | undefined, text: Record<string, string>): void {
  selectsOf(root).forEach((select, i) => {
    const li = select.closest("li");
    if (!li) return;
    const ok = key !== undefined && Number(select.value) === key[i] && select.value !== "";
    const state = key ? (ok ? "ok" : "ko") : "";
    li.dataset.state = state;
    if (state === "ko") select.setAttribute("aria-invalid", "true");
    else select.removeAttribute("aria-invalid");
    const out = li.querySelector("[data-mark]");
    if (out)
      out.textContent = state ? `${ok ? "✓" : "✗"} ${text[ok ? "quiz.matchingRight" : "quiz.matchingWrong"]}` : "";
  });
}

/** Puts `chosen` in the selects (-1 or missing: none). */
function choose(root: HTMLElement, chosen: number[]): void {
  selectsOf(root).forEach((select, i) => {
    const value = chosen[i];
    select.value = value === undefined || value < 0 ? "" : String(value);
    showChosen(root, select);
  });
}

/** A `<select>` per left item, rendered by `./index.ts`. */
export const island: QuizIsland = {
  grade: gradeMatching,
  init(root) {
    root.addEventListener("change", (event) => {
      const select = event.target as HTMLSelectElement;
      if (select.matches(".quiz__pair select")) showChosen(root, select);
    });
    // A select the browser restored (back, reload) shows its item too.
    for (const select of selectsOf(root)) showChosen(root, select);
  },

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
    choose(root, revealed ? quiz.key : chosen);
    for (const select of selectsOf(root)) select.disabled = true;
    // Each pair is marked, as a cloze marks each blank: which pair is wrong, not its right item.
    mark(root, quiz.key, text);
    const partial = !correct && !revealed && hits > 0;
    return { correct, feedback: partial ? ["quiz.feedbackPairsPartial", { hits, total }] : undefined };
  },

  reset(root, answer) {
    choose(root, (answer as MatchingAnswer).chosen);
    for (const select of selectsOf(root)) select.disabled = false;
    mark(root, undefined, {});
  },
};
