import type { Element, ElementContent } from "hast";
import { h } from "hastscript";
import { createTranslator, type Translator } from "../i18n/index.ts";
import { inlineMarkdown } from "../text/inline.ts";
import type { Quiz } from "./model.ts";
import { questionType } from "./types/index.ts";

const ignore = { dataPagefindIgnore: "" };

/**
 * A hint behind «Ver pista»: a `<details>` without JavaScript; with it, the island shows a button
 * that toggles the same text (`aria-expanded`), styled like the quiz's other buttons.
 */
function renderTip(id: string, hint: string, { t }: Translator): Element {
  const tipId = `quiz-tip-${id.replace(/[^\w-]/g, "-")}`;
  const text = () => [h("strong", t("quiz.tipLabel")), " ", ...inlineMarkdown(hint)];
  return h("div.quiz__tip", ignore, [
    h(
      "button.button.quiz__button.quiz__tip-button",
      { type: "button", dataAction: "tip", ariaExpanded: "false", ariaControls: tipId, hidden: true },
      t("quiz.tip"),
    ),
    h("p.quiz__tip-text", { id: tipId, dataTip: "", hidden: true }, text()),
    h("details.quiz__tip-details", { dataTipDetails: "" }, [h("summary", t("quiz.tip")), h("p", text())]),
  ]);
}

/**
 * One quiz as HTML that reads well without JavaScript: a fieldset with the question, its type's
 * native inputs and a «Ver solución» `<details>`. The island (`src/islands/quiz.ts`) adds checking,
 * retry and progress, grading with the JSON in `data-grading`. Answers, explanations and solutions
 * are kept out of the search index.
 */
export function renderQuiz(quiz: Quiz, number: number, i18n: Translator = createTranslator()): Element {
  const { t } = i18n;
  const type = questionType(quiz.type);
  if (!type) throw new Error(`No question type «${quiz.type}» in src/core/quiz/types/index.ts`);
  const { hint, body, solution, legend } = type.render(quiz, i18n);
  const general = quiz.explanation ? inlineMarkdown(quiz.explanation) : undefined;
  const button = (action: string, key: Parameters<typeof t>[0], hidden = false) =>
    h("button.button.quiz__button", { type: "button", dataAction: action, hidden }, t(key));
  const grading = JSON.stringify(type.grading(quiz, i18n));
  const shuffle = quiz.shuffle ? { dataShuffle: "" } : {};
  return h("aula-quiz.quiz", { dataQuizId: quiz.id, dataQuizType: quiz.type, dataGrading: grading, ...shuffle }, [
    h("fieldset.quiz__fieldset", [
      h("legend.quiz__legend", [
        h("span.quiz__number", `${t("quiz.label")} ${number}`),
        " ",
        h("span.quiz__question", legend ?? inlineMarkdown(quiz.question)),
      ]),
      h("p.quiz__hint", ignore, hint),
      ...(quiz.hint ? [renderTip(quiz.id, quiz.hint, i18n)] : []),
      ...body,
      h("div.quiz__actions", { dataActions: "", hidden: true }, [
        button("check", "quiz.check"),
        button("retry", "quiz.retry", true),
        button("reveal", "quiz.reveal"),
      ]),
      h("p.quiz__feedback", { role: "status", ariaLive: "polite", dataFeedback: "", ...ignore }),
      ...(general ? [h("p.quiz__general", { dataGeneral: "", hidden: true, ...ignore }, general)] : []),
      h("details.quiz__solution", { dataSolution: "", ...ignore }, [
        h("summary", t("quiz.reveal")),
        ...solution,
        ...(general ? [h("p.quiz__general", general)] : []),
      ] as ElementContent[]),
    ]),
  ]);
}
