import type { ClozeQuestion, LessonBank, MoodleQuiz, NumericAnswer } from "./models.ts";
import { categoryPath, escapeGift, escapeHtml, fragmentHtml, markdownHtml, markdownText, share } from "./text.ts";

/** A GIFT text field: inline Markdown as HTML, marked `[html]`, special characters escaped. */
const html = (markdown: string) => `[html]${escapeGift(markdownHtml(markdown))}`;
const feedback = (markdown: string | undefined) => (markdown ? `#${html(markdown)}` : "");
const general = (quiz: MoodleQuiz) => (quiz.explanation ? `\n####${html(quiz.explanation)}` : "");
const plain = (text: string) => escapeGift(text.replace(/\s+/g, " ").trim());

export interface GiftOutput {
  text: string;
  /** Questions written as GIFT questions (notes for types with no GIFT form are not counted). */
  questions: number;
  /** What did not fit in GIFT, one line each (it is in the XML). */
  notes: string[];
}

function numeric(answer: NumericAnswer): string {
  return "value" in answer ? `${answer.value}:${answer.tolerance}` : `${answer.min}..${answer.max}`;
}

/** The stem of a missing-word question: the prompt, then the paragraph or code line around the blank. */
function clozeStem(quiz: ClozeQuestion, blank: string): string {
  const parts = quiz.parts.map((part) => {
    if (part.kind === "blank") return blank;
    return escapeGift(quiz.code ? escapeHtml(part.text) : fragmentHtml(part.text));
  });
  // A paragraph cloze's question is its text with gaps: the text itself is the stem.
  if (!quiz.code) return `[html]${parts.join("")}`;
  return `[html]${escapeGift(markdownHtml(quiz.question))}<br><code>${parts.join("")}</code>`;
}

/** One question, or `undefined` with a note when the type has no GIFT form. */
function question(quiz: MoodleQuiz): { text?: string; note?: string } {
  const name = `::${escapeGift(quiz.id)}::`;
  const stem = `${name}${html(quiz.question)}`;
  switch (quiz.type) {
    case "choice": {
      const right = quiz.options.filter((o) => o.correct).length;
      const wrong = quiz.options.length - right;
      const lines = quiz.options.map((o) => {
        const mark = !quiz.multiple
          ? o.correct
            ? "="
            : "~"
          : o.correct
            ? `~%${share(right)}%`
            : `~%-${share(wrong)}%`;
        return `${mark}${html(o.text)}${feedback(o.explanation)}`;
      });
      return { text: `${stem} {\n${lines.join("\n")}${general(quiz)}\n}` };
    }
    case "short": {
      const lines = quiz.answers.map((a) => `${a.correct ? "=" : "=%0%"}${plain(a.text)}${feedback(a.feedback)}`);
      return { text: `${stem} {\n${lines.join("\n")}${general(quiz)}\n}` };
    }
    case "numeric": {
      const unit = quiz.unit ? `// Unidad: ${quiz.unit} (GIFT no tiene unidades; en curso.xml sí)\n` : "";
      const [only, ...others] = quiz.answers;
      if (only && others.length === 0 && !quiz.explanation && !only.feedback)
        return { text: `${unit}${stem} {#${numeric(only)}}` };
      const lines = quiz.answers.map((a) => `=${numeric(a)}${feedback(a.feedback)}`);
      return { text: `${unit}${stem} {#\n${lines.join("\n")}${general(quiz)}\n}` };
    }
    case "matching": {
      // Moodle shows right items as plain text; one with no left side is an extra wrong answer.
      const lines = [
        ...quiz.pairs.map((p) => `=${html(p.left)} -> ${plain(markdownText(p.right))}`),
        ...(quiz.distractors ?? []).map((d) => `= -> ${plain(markdownText(d))}`),
      ];
      return { text: `${stem} {\n${lines.join("\n")}${general(quiz)}\n}` };
    }
    case "cloze": {
      const blanks = quiz.parts.filter((p) => p.kind === "blank");
      const [blank] = blanks;
      if (blanks.length !== 1 || !blank)
        return { note: `«${quiz.id}»: rellenar huecos con ${blanks.length} huecos; GIFT solo admite uno` };
      const answers = `{${blank.answers.map((a) => `=${plain(a)}`).join(" ")}${general(quiz).replace("\n", " ")}}`;
      return { text: `${name}${clozeStem(quiz, answers)}` };
    }
    case "ordering":
      return { note: `«${quiz.id}»: ordenar no tiene forma GIFT` };
  }
}

/** A GIFT bank: a `$CATEGORY` per lesson, then its questions, separated by blank lines. */
export function toGift(banks: LessonBank[]): GiftOutput {
  const blocks: string[] = [];
  const notes: string[] = [];
  let questions = 0;
  for (const bank of banks) {
    if (bank.quizzes.length === 0) continue;
    blocks.push(`$CATEGORY: ${categoryPath(bank.unitTitle, bank.lessonTitle)}`);
    for (const quiz of bank.quizzes) {
      const result = question(quiz);
      const hint = quiz.hint
        ? `// Pista (GIFT no tiene pistas; en curso.xml sí): ${quiz.hint.replace(/\n/g, " ")}\n`
        : "";
      if (result.text) {
        questions++;
        blocks.push(hint + result.text);
      } else if (result.note) {
        notes.push(result.note);
        blocks.push(`// ${result.note}: está en curso.xml (XML de Moodle).`);
      }
    }
  }
  return { text: blocks.length ? `${blocks.join("\n\n")}\n` : "", questions, notes };
}
