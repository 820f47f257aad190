// The stored answer's shape, for the browser registry: tiny and static (on every quiz page and
// «Mi progreso»), so it holds no grading.

/** A stored answer to a choice question: the indexes of the chosen options. */
export interface ChoiceAnswer {
  selected: number[];
}

/** Bump when {@link ChoiceAnswer} changes (and keep reading the old shape). */
export const choiceAnswerVersion = 1;

const maxOptions = 100;

export function isChoiceAnswer(value: unknown): value is ChoiceAnswer {
  const selected = (value as ChoiceAnswer | null)?.selected;
  return (
    Array.isArray(selected) &&
    selected.length <= maxOptions &&
    selected.every((i) => Number.isInteger(i) && i >= 0 && i < maxOptions)
  );
}
