// Browser code imports this file (short answers and cloze blanks): keep it free of zod, hast and Node.

/** What a student typed, compared loosely: no case, accents or repeated and surrounding spaces. */
export function looseText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Whether a typed answer is the expected one; `exact` keeps case and accents (spaces around never count). */
export function sameText(typed: string, expected: string, exact: boolean): boolean {
  return exact ? typed.trim() === expected.trim() : looseText(typed) === looseText(expected);
}
