// Part of every quiz page's shared script (stored-answer shapes): keep it tiny.

/** The longest text a stored answer may hold: a typed answer, not an essay. */
export const maxTyped = 500;

export const isTyped = (value: unknown): value is string => typeof value === "string" && value.length <= maxTyped;

/** A stored typed answer (short answer, numeric): what the student typed. */
export const isTextAnswer = (value: unknown): value is { text: string } =>
  isTyped((value as { text?: unknown } | null)?.text);
