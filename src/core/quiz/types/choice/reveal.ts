// Pure: which option explanations a wrong answer may show. Used at build time by `./index.ts`.

/** An option explanation that starts with «(solución)» is shown only with the solution. */
const solutionOnlyMarker = /^\(soluci[oó]n\)\s*/i;

/** The explanation without its «(solución)» mark, and whether it had one. */
export function readExplanation(raw: string): { explanation: string; solutionOnly: boolean } {
  const explanation = raw.replace(solutionOnlyMarker, "");
  return { explanation, solutionOnly: explanation !== raw };
}

/** Text to compare: no inline Markdown marks, accents, case or repeated spaces. */
const plain = (text: string) =>
  text
    .replace(/[`*_~]/g, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/** Whether an explanation gives a right answer away: it contains a right option's text. */
export function namesAnswer(explanation: string, answers: string[]): boolean {
  const text = plain(explanation);
  return answers.some((answer) => plain(answer) !== "" && text.includes(plain(answer)));
}
