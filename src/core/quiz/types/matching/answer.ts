// The stored answer's shape, for the browser registry (static on every quiz page): no grading here.

/** A stored answer to a matching: per left item, the index of the chosen right item, or -1 for none. */
export interface MatchingAnswer {
  chosen: number[];
}

/** Bump when {@link MatchingAnswer} changes (and keep reading the old shape). */
export const matchingAnswerVersion = 1;

const maxItems = 100;

export function isMatchingAnswer(value: unknown): value is MatchingAnswer {
  const chosen = (value as MatchingAnswer | null)?.chosen;
  return (
    Array.isArray(chosen) &&
    chosen.length <= maxItems &&
    chosen.every((i) => Number.isInteger(i) && i >= -1 && i < maxItems)
  );
}
