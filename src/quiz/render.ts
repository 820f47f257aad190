import type { Element, ElementContent } from "hast";
import { h } from "hastscript";
import { t } from "../i18n/es.ts";
import { inlineMarkdown } from "../markdown/inline.ts";
import type { Quiz } from "./model.ts";

const ignore = { dataPagefindIgnore: "" };

/**
 * One quiz as HTML that reads well without JavaScript: a fieldset with the question, native inputs
 * and a «Ver solución» `<details>`. The island (`src/islands/quiz.ts`) adds checking, retry and
 * progress. Answers, explanations and solutions are kept out of the search index.
 */
export function renderQuiz(quiz: Quiz, number: number): Element {
  const input = quiz.kind === "single" ? "radio" : "checkbox";
  const options = quiz.options.map((option, index) =>
    h("li.quiz__option", { dataCorrect: option.correct ? "" : undefined }, [
      h("label.quiz__choice", [
        h("input.quiz__input", { type: input, name: quiz.id, value: String(index) }),
        h("span.quiz__text", inlineMarkdown(option.text)),
      ]),
      h("span.quiz__mark", { dataMark: "" }),
      ...(option.explanation
        ? [h("p.quiz__explanation", { dataExplanation: "", hidden: true }, inlineMarkdown(option.explanation))]
        : []),
    ]),
  );
  const solution = quiz.options.map((option) =>
    h(`li.quiz__solution-option${option.correct ? ".quiz__solution-option--correct" : ""}`, [
      h("span.quiz__verdict", option.correct ? `✓ ${t("quiz.correctOption")}: ` : `✗ ${t("quiz.wrongOption")}: `),
      ...inlineMarkdown(option.text),
      ...(option.explanation ? [h("br"), h("span.quiz__why", inlineMarkdown(option.explanation))] : []),
    ]),
  );
  const general = quiz.explanation ? inlineMarkdown(quiz.explanation) : undefined;
  const button = (action: string, key: Parameters<typeof t>[0], hidden = false) =>
    h("button.button.quiz__button", { type: "button", dataAction: action, hidden }, t(key));
  return h("aula-quiz.quiz", { dataQuizId: quiz.id, dataKind: quiz.kind }, [
    h("fieldset.quiz__fieldset", [
      h("legend.quiz__legend", [
        h("span.quiz__number", `${t("quiz.label")} ${number}`),
        " ",
        h("span.quiz__question", inlineMarkdown(quiz.question)),
      ]),
      h("p.quiz__hint", ignore, t(quiz.kind === "single" ? "quiz.hintSingle" : "quiz.hintMultiple")),
      h("ul.quiz__options", { role: "list", ...ignore }, options),
      h("div.quiz__actions", { dataActions: "", hidden: true }, [
        button("check", "quiz.check"),
        button("retry", "quiz.retry", true),
        button("reveal", "quiz.reveal"),
      ]),
      h("p.quiz__feedback", { role: "status", ariaLive: "polite", dataFeedback: "", ...ignore }),
      ...(general ? [h("p.quiz__general", { dataGeneral: "", hidden: true, ...ignore }, general)] : []),
      h("details.quiz__solution", { dataSolution: "", ...ignore }, [
        h("summary", t("quiz.reveal")),
        h("ul.quiz__solution-list", { role: "list" }, solution),
        ...(general ? [h("p.quiz__general", general)] : []),
      ] as ElementContent[]),
    ]),
  ]);
}
