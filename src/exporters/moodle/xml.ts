import type { LessonBank, MoodleQuiz, NumericAnswer } from "./models.ts";
import { categoryPath, escapeHtml, fragmentHtml, markdownHtml, markdownText, share } from "./text.ts";

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
const htmlText = (markdown: string) => `<text>${cdata(markdownHtml(markdown))}</text>`;
const plainText = (text: string) => `<text>${escapeHtml(text)}</text>`;

function answer(fraction: string | number, text: string, feedback?: string, extra = "", format = "html"): string {
  const body = format === "html" ? htmlText(text) : plainText(text);
  const fb = feedback ? `<feedback format="html">${htmlText(feedback)}</feedback>` : "";
  return `    <answer fraction="${fraction}" format="${format}">${body}${fb}${extra}</answer>`;
}

/** Moodle numerical answers are a value and a tolerance, so a range is its midpoint ± half its width. */
function numericAnswer(a: NumericAnswer): string {
  const [value, tolerance] = "value" in a ? [a.value, a.tolerance] : [(a.min + a.max) / 2, (a.max - a.min) / 2];
  return answer(100, String(value), a.feedback, `<tolerance>${tolerance}</tolerance>`, "moodle_auto_format");
}

/** Moodle's cloze answer text: `}`, `#`, `~`, `/`, `"` and `\` are escaped with a backslash. */
const clozeAnswer = (text: string) => escapeHtml(text).replace(/[}#~/"\\]/g, (c) => `\\${c}`);

/** A multianswer text; blanks matched exactly (code, `.exacta`) are case-sensitive (`SHORTANSWER_C`). */
function clozeText(quiz: Extract<MoodleQuiz, { type: "cloze" }>): string {
  const kind = quiz.code || quiz.exact ? "SHORTANSWER_C" : "SHORTANSWER";
  const parts = quiz.parts.map((part) => {
    if (part.kind === "text") return quiz.code ? escapeHtml(part.text) : fragmentHtml(part.text);
    return `{1:${kind}:${part.answers.map((a) => `=${clozeAnswer(a)}`).join("~")}}`;
  });
  // A paragraph cloze's question is its text with gaps: the text itself is the question.
  if (!quiz.code) return parts.join("");
  return `${markdownHtml(quiz.question)}<br><code>${parts.join("")}</code>`;
}

/** The elements after `<questiontext>` that differ per type. */
function typeElements(quiz: MoodleQuiz): { type: string; body: string[]; questionText?: string } {
  const shuffle = quiz.shuffle ? 1 : 0;
  switch (quiz.type) {
    case "choice": {
      const right = quiz.options.filter((o) => o.correct).length;
      const wrong = quiz.options.length - right;
      const fraction = (correct: boolean) =>
        !quiz.multiple ? (correct ? 100 : 0) : correct ? share(right) : `-${share(wrong)}`;
      return {
        type: "multichoice",
        body: [
          `    <single>${quiz.multiple ? "false" : "true"}</single>`,
          `    <shuffleanswers>${shuffle}</shuffleanswers>`,
          `    <answernumbering>abc</answernumbering>`,
          ...quiz.options.map((o) => answer(fraction(o.correct), o.text, o.explanation)),
        ],
      };
    }
    case "short":
      return {
        type: "shortanswer",
        body: [
          `    <usecase>${quiz.exact ? 1 : 0}</usecase>`,
          ...quiz.answers.map((a) => answer(a.correct ? 100 : 0, a.text, a.feedback, "", "moodle_auto_format")),
        ],
      };
    case "numeric": {
      const units = quiz.unit
        ? [
            `    <units><unit><multiplier>1</multiplier><unit_name>${escapeHtml(quiz.unit)}</unit_name></unit></units>`,
            `    <unitgradingtype>0</unitgradingtype>`,
            `    <unitpenalty>0</unitpenalty>`,
            `    <showunits>3</showunits>`,
            `    <unitsleft>0</unitsleft>`,
          ]
        : [];
      return { type: "numerical", body: [...quiz.answers.map(numericAnswer), ...units] };
    }
    case "matching":
      return {
        type: "matching",
        body: [
          // aula never offers the right items in the written order (it would give the pairs away).
          `    <shuffleanswers>1</shuffleanswers>`,
          ...quiz.pairs.map(
            (p) =>
              `    <subquestion format="html">${htmlText(p.left)}<answer>${plainText(markdownText(p.right))}</answer></subquestion>`,
          ),
          // Moodle's extra wrong answers: a subquestion with no text.
          ...(quiz.distractors ?? []).map(
            (d) =>
              `    <subquestion format="html"><text></text><answer>${plainText(markdownText(d))}</answer></subquestion>`,
          ),
        ],
      };
    case "cloze":
      return { type: "multianswer", questionText: clozeText(quiz), body: [] };
    case "ordering":
      return {
        type: "ordering",
        body: [
          `    <layouttype>VERTICAL</layouttype>`,
          `    <selecttype>ALL</selecttype>`,
          `    <selectcount>0</selectcount>`,
          `    <gradingtype>ABSOLUTE_POSITION</gradingtype>`,
          `    <showgrading>SHOW</showgrading>`,
          `    <numberingstyle>none</numberingstyle>`,
          // The fraction of an ordering answer is its place in the correct order.
          ...quiz.items.map((item, i) => answer(i + 1, item)),
        ],
      };
  }
}

function question(quiz: MoodleQuiz): string {
  const { type, body, questionText } = typeElements(quiz);
  const text = questionText === undefined ? htmlText(quiz.question) : `<text>${cdata(questionText)}</text>`;
  return [
    `  <question type="${type}">`,
    `    <name>${plainText(quiz.id)}</name>`,
    `    <questiontext format="html">${text}</questiontext>`,
    `    <generalfeedback format="html">${quiz.explanation ? htmlText(quiz.explanation) : "<text></text>"}</generalfeedback>`,
    `    <defaultgrade>1</defaultgrade>`,
    `    <penalty>0.3333333</penalty>`,
    `    <hidden>0</hidden>`,
    `    <idnumber>${escapeHtml(quiz.id)}</idnumber>`,
    ...body,
    ...(quiz.hint ? [`    <hint format="html">${htmlText(quiz.hint)}</hint>`] : []),
    `  </question>`,
  ].join("\n");
}

/** A Moodle XML bank: a category question per lesson, then its questions. Every type has an XML form. */
export function toMoodleXml(banks: LessonBank[]): { text: string; questions: number } {
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<quiz>`];
  let questions = 0;
  for (const bank of banks) {
    if (bank.quizzes.length === 0) continue;
    const path = categoryPath(bank.unitTitle, bank.lessonTitle);
    out.push(`  <question type="category">\n    <category>${plainText(path)}</category>\n  </question>`);
    for (const quiz of bank.quizzes) {
      out.push(question(quiz));
      questions++;
    }
  }
  out.push(`</quiz>`, "");
  return { text: out.join("\n"), questions };
}
