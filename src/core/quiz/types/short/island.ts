import type { QuizIsland } from "../browser.ts";
import { typedIsland } from "../typed-island.ts";
import { gradeShort, type ShortGrading } from "./grade.ts";

/** One text box, rendered by `./index.ts`. */
export const island: QuizIsland = typedIsland<ShortGrading>({
  grade: gradeShort,
  solution: (quiz) => {
    const index = quiz.answers.findIndex((a) => a.correct);
    return { text: quiz.answers[index]?.text ?? "", index };
  },
});
