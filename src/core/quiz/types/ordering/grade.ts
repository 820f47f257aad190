import type { Grade } from "../base.ts";
import type { OrderingAnswer } from "./answer.ts";

export { isOrderingAnswer, orderingAnswerVersion, type OrderingAnswer } from "./answer.ts";

// Browser code imports this file: nothing here may pull in zod, hast or Node.

/** What grading needs of an ordering: how many items (the written order is the right one). */
export interface OrderingGrading {
  count: number;
}

export interface OrderingGrade extends Grade {
  /** Items in their right place, of `total`. */
  hits: number;
  total: number;
}

/** Right when every item is in its place; partial credit: the share of items in their place. */
export function gradeOrdering(quiz: OrderingGrading, answer: OrderingAnswer): OrderingGrade {
  const total = quiz.count;
  const complete = answer.order.length === total;
  const hits = complete ? answer.order.filter((item, place) => item === place).length : 0;
  return { correct: complete && hits === total, score: total > 0 ? hits / total : 0, hits, total };
}
