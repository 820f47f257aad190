import type { Grade } from "../base.ts";

// Browser code imports this file: nothing here may pull in zod, hast or Node.

/** A stored answer to an ordering: `order[place]` is the written position of the item put there. */
export interface OrderingAnswer {
  order: number[];
}

/** Bump when {@link OrderingAnswer} changes (and keep reading the old shape). */
export const orderingAnswerVersion = 1;

/** What grading needs of an ordering: how many items (the written order is the right one). */
export interface OrderingGrading {
  count: number;
}

export interface OrderingGrade extends Grade {
  /** Items in their right place, of `total`. */
  hits: number;
  total: number;
}

const maxItems = 100;

/** A permutation of `0..n-1` (or empty: the solution was shown before any answer). */
export function isOrderingAnswer(value: unknown): value is OrderingAnswer {
  const order = (value as OrderingAnswer | null)?.order;
  return (
    Array.isArray(order) &&
    order.length <= maxItems &&
    order.every((i) => Number.isInteger(i) && i >= 0 && i < order.length) &&
    new Set(order).size === order.length
  );
}

/** Right when every item is in its place; partial credit: the share of items in their place. */
export function gradeOrdering(quiz: OrderingGrading, answer: OrderingAnswer): OrderingGrade {
  const total = quiz.count;
  const complete = answer.order.length === total;
  const hits = complete ? answer.order.filter((item, place) => item === place).length : 0;
  return { correct: complete && hits === total, score: total > 0 ? hits / total : 0, hits, total };
}
