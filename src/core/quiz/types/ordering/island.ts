import { format } from "../../../i18n/plural.ts";
import type { QuizIsland } from "../browser.ts";
import { gradeOrdering, type OrderingAnswer, type OrderingGrading } from "./grade.ts";

const listOf = (root: HTMLElement) => root.querySelector<HTMLElement>("[data-order]");
const itemsOf = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>("[data-order] > li")];
const orderOf = (root: HTMLElement) => itemsOf(root).map((li) => Number(li.dataset.key));

/** The order the student started from, to go back to on «Reintentar» when there is no answer. */
const starts = new WeakMap<HTMLElement, number[]>();

/** Puts the items in `order` (written positions, first place first). */
function arrange(root: HTMLElement, order: number[]): void {
  const list = listOf(root);
  const byKey = new Map(itemsOf(root).map((li) => [Number(li.dataset.key), li]));
  for (const key of order) {
    const li = byKey.get(key);
    if (list && li) list.append(li);
  }
}

/** Unlocks the buttons, except those that would move an item off the list. */
function unlock(root: HTMLElement): void {
  for (const moves of root.querySelectorAll<HTMLElement>("[data-moves]")) moves.hidden = false;
  const items = itemsOf(root);
  items.forEach((li, place) => {
    for (const button of li.querySelectorAll<HTMLButtonElement>("[data-move]"))
      button.disabled = button.dataset.move === "up" ? place === 0 : place === items.length - 1;
  });
}

function mark(root: HTMLElement, text: Record<string, string>, marked: boolean): void {
  itemsOf(root).forEach((li, place) => {
    const ok = Number(li.dataset.key) === place;
    const state = marked ? (ok ? "ok" : "ko") : "";
    li.dataset.state = state;
    const out = li.querySelector("[data-mark]");
    if (out) out.textContent = state ? `${ok ? "✓" : "✗"} ${text[ok ? "quiz.orderPlace" : "quiz.orderMisplaced"]}` : "";
  });
}

/** A numbered list reordered with «Subir»/«Bajar», rendered by `./index.ts`. */
export const island: QuizIsland = {
  grade: gradeOrdering,
  init(root, { text }) {
    const list = listOf(root);
    const status = root.querySelector("[data-order-status]");
    if (!list) return;
    starts.set(root, orderOf(root));
    unlock(root);
    list.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("[data-move]");
      const li = button?.closest("li");
      if (!button || !li || button.disabled) return;
      const up = button.dataset.move === "up";
      const other = up ? li.previousElementSibling : li.nextElementSibling;
      if (!other) return;
      if (up) other.before(li);
      else other.after(li);
      unlock(root);
      // Focus stays on the moved item: the same button, or the other one once it reaches an end.
      const same = li.querySelector<HTMLButtonElement>(`[data-move=${up ? "up" : "down"}]`);
      const opposite = li.querySelector<HTMLButtonElement>(`[data-move=${up ? "down" : "up"}]`);
      (same && !same.disabled ? same : opposite)?.focus();
      const items = itemsOf(root);
      if (status)
        status.textContent = format(text["quiz.orderMoved"] ?? "", {
          item: li.querySelector(".quiz__text")?.textContent ?? "",
          place: items.indexOf(li) + 1,
          total: items.length,
        });
    });
  },

  read: (root) => ({ order: orderOf(root) }) satisfies OrderingAnswer,

  empty: { order: [] } satisfies OrderingAnswer,

  fits(root, answer) {
    const { order } = answer as OrderingAnswer;
    return order.length === 0 || order.length === itemsOf(root).length;
  },

  show(root, grading, answer, revealed, text) {
    const quiz = grading as OrderingGrading;
    const order = (answer as OrderingAnswer | undefined)?.order ?? [];
    const { correct, hits, total } = gradeOrdering(quiz, { order });
    if (revealed) arrange(root, [...Array(quiz.count).keys()]);
    else if (order.length === quiz.count) arrange(root, order);
    // Each item is marked in place or not, as a cloze marks each blank.
    mark(root, text, true);
    // Locked: the buttons go (until «Reintentar»), so the marks read without clutter.
    for (const moves of root.querySelectorAll<HTMLElement>("[data-moves]")) moves.hidden = true;
    const status = root.querySelector("[data-order-status]");
    if (status) status.textContent = "";
    const partial = !correct && !revealed && hits > 0;
    return { correct, feedback: partial ? ["quiz.feedbackOrderPartial", { hits, total }] : undefined };
  },

  reset(root, answer) {
    const { order } = answer as OrderingAnswer;
    const start = order.length === itemsOf(root).length ? order : starts.get(root);
    if (start) arrange(root, start);
    mark(root, {}, false);
    unlock(root);
  },
};
