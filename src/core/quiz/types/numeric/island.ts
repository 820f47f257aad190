import type { QuizIsland } from "../browser.ts";
import { typedIsland } from "../typed-island.ts";
import { gradeNumeric, type NumericGrading, typedNumber } from "./grade.ts";

/** One text box for a number (decimal comma or point), rendered by `./index.ts`. */
export const island: QuizIsland = typedIsland<NumericGrading & { shown: string; example?: string }>({
  check(text, quiz) {
    if (typedNumber(text, unitOf(text)) !== undefined) return undefined;
    return quiz.example ? ["quiz.feedbackNotANumber", { example: quiz.example }] : "quiz.feedbackNotANumberPlain";
  },
  grade: gradeNumeric,
  solution: (quiz) => ({ text: quiz.shown, index: 0 }),
});

// The unit is not known when reading: any trailing letters are taken for it.
function unitOf(text: string): string | undefined {
  return /[^\d\s.,+-][^\d]*$/.exec(text.trim())?.[0];
}
