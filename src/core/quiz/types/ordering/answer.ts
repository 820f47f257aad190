// The stored answer's shape, for the browser registry (static on every quiz page): no grading here.

/** A stored answer to an ordering: `order[place]` is the written position of the item put there. */
export interface OrderingAnswer {
  order: number[];
}

/** Bump when {@link OrderingAnswer} changes (and keep reading the old shape). */
export const orderingAnswerVersion = 1;

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
