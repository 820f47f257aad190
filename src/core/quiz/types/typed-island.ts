import type { Grade } from "./base.ts";
import type { QuizIsland, Refusal } from "./browser.ts";
import { enterChecks } from "./enter.ts";

// What the short-answer and numeric islands share: one text box, a mark, and the feedback of the
// written answer the student's matches.

/** The stored answer of both types. */
interface TypedAnswer {
  text: string;
}

interface Typed<G> {
  /** Why a typed text cannot be checked, if it cannot. */
  check?(text: string, quiz: G): Refusal | undefined;
  grade(quiz: G, answer: TypedAnswer): Grade & { match: number };
  /** What «Ver solución» writes in the box, and the written answer it is. */
  solution(quiz: G): { text: string; index: number };
}

const inputOf = (root: HTMLElement) => root.querySelector<HTMLInputElement>(".quiz__typed input");

export function typedIsland<G>(type: Typed<G>): QuizIsland {
  return {
    read(root, grading) {
      const text = inputOf(root)?.value.trim() ?? "";
      if (!text) return "quiz.feedbackEmptyTyped";
      return type.check?.(text, grading as G) ?? ({ text } satisfies TypedAnswer);
    },

    empty: { text: "" } satisfies TypedAnswer,

    fits: () => true,

    show(root, grading, answer, revealed, text) {
      const quiz = grading as G;
      const typed = (answer as { text?: string } | undefined)?.text ?? "";
      const result = type.grade(quiz, { text: typed });
      const solution = type.solution(quiz);
      const input = inputOf(root);
      if (input) {
        input.value = revealed ? solution.text : typed;
        input.readOnly = true;
      }
      const state = revealed || result.correct ? "ok" : "ko";
      const box = root.querySelector<HTMLElement>(".quiz__typed");
      if (box) box.dataset.state = state;
      const mark = root.querySelector("[data-mark]");
      if (mark)
        mark.textContent = `${state === "ok" ? "✓" : "✗"} ${text[state === "ok" ? "quiz.correctOption" : "quiz.wrongOption"]}`;
      const shown = revealed ? solution.index : result.match;
      for (const why of root.querySelectorAll<HTMLElement>("[data-answer]"))
        why.hidden = !(
          Number(why.dataset.answer) === shown &&
          (revealed || result.correct || why.dataset.explanation === "answer")
        );
      return { correct: result.correct, revealed: revealed ? "quiz.feedbackRevealedTyped" : undefined };
    },

    reset(root, answer) {
      const input = inputOf(root);
      if (input) {
        input.value = (answer as TypedAnswer).text;
        input.readOnly = false;
      }
      const box = root.querySelector<HTMLElement>(".quiz__typed");
      if (box) delete box.dataset.state;
      const mark = root.querySelector("[data-mark]");
      if (mark) mark.textContent = "";
      for (const why of root.querySelectorAll<HTMLElement>("[data-answer]")) why.hidden = true;
    },

    grade: (quiz, answer) => type.grade(quiz as G, answer as TypedAnswer),

    init: enterChecks,
  };
}
