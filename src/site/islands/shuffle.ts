import { seededOrder } from "../../core/quiz/shuffle.ts";

const seedKey = "aula:barajar";

/** A random value kept in this browser, so each student sees one order across reloads. */
function browserSeed(): string {
  try {
    let seed = localStorage.getItem(seedKey);
    if (!seed) {
      seed = Math.random().toString(36).slice(2);
      localStorage.setItem(seedKey, seed);
    }
    return seed;
  } catch {
    return ""; // no storage: the order depends on the quiz alone, still the same on every load
  }
}

/**
 * A quiz with `.barajar`: each `[data-shuffle]` list puts its `[data-key]` children (in written
 * order, by key) in this student's order; `[data-derange]` lists never in the written one.
 */
export function shuffleQuiz(root: HTMLElement, id: string): void {
  const seed = `${browserSeed()}:${id}`;
  for (const list of root.querySelectorAll<HTMLElement>("[data-shuffle]")) {
    const items = [...list.children].filter(
      (child): child is HTMLElement => child instanceof HTMLElement && child.dataset.key !== undefined,
    );
    items.sort((a, b) => Number(a.dataset.key) - Number(b.dataset.key));
    for (const i of seededOrder(items.length, seed, list.dataset.derange !== undefined)) {
      const item = items[i];
      if (item) list.append(item);
    }
  }
}
