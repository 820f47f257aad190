import type { Node } from "unist";
import { explicitIdPattern, quizId } from "./id.ts";
import type { Quiz } from "./model.ts";
import type { DraftQuiz } from "./parse.ts";

/** A mistake in a quiz: what is wrong, how to fix it, and the node it is on. */
export interface QuizProblem {
  ruleId: string;
  reason: string;
  note: string;
  node: Node;
}

const markerHelp =
  "empieza cada opción con ( ) o (x) si hay una sola respuesta correcta, o con [ ] o [x] si hay varias";

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Checks a quiz as written and builds its model. Every problem is reported (not only the first),
 * and a quiz with any problem yields no model: nothing is silently dropped or guessed.
 */
export function validateQuiz(draft: DraftQuiz, page: string): { quiz?: Quiz; problems: QuizProblem[] } {
  const problems: QuizProblem[] = [];
  const at = draft.node;
  const problem = (ruleId: string, reason: string, note: string, node: Node = at) =>
    problems.push({ ruleId, reason, note, node });

  if (!draft.question)
    problem(
      "quiz/empty-question",
      "La pregunta del cuestionario está vacía",
      "escribe la pregunta justo debajo de {:.quiz} (o al principio de <Quiz>), antes de las opciones",
    );
  if (draft.explicitId !== undefined && !explicitIdPattern.test(draft.explicitId))
    problem(
      "quiz/invalid-id",
      `El identificador «${draft.explicitId}» no es válido`,
      'usa solo letras, números, - y _, por ejemplo id="docker-hub"',
    );
  if (draft.options.length === 0) {
    problem(
      "quiz/no-options",
      draft.hasList ? "La lista de opciones está vacía" : "El cuestionario no tiene opciones",
      "añade, justo debajo de la pregunta, una lista con «- ( ) opción» y «- (x) opción correcta»",
    );
    return { problems };
  }

  for (const option of draft.options) {
    if (option.marker === "unknown")
      problem(
        "quiz/unknown-marker",
        `La opción «${short(option.text)}» tiene una marca desconocida «${option.markerText}»`,
        markerHelp,
        option.node,
      );
    else if (option.marker === "none")
      problem("quiz/unknown-marker", `La opción «${short(option.text)}» no tiene marca`, markerHelp, option.node);
    else if (!option.text)
      problem(
        "quiz/empty-option",
        "Una opción del cuestionario no tiene texto",
        "escribe el texto de la opción después de su marca",
        option.node,
      );
  }

  const single = draft.options.filter((o) => o.marker === "single").length;
  const multiple = draft.options.filter((o) => o.marker === "multiple").length;
  const correct = draft.options.filter((o) => o.correct).length;
  if (single > 0 && multiple > 0)
    problem(
      "quiz/mixed-markers",
      "El cuestionario mezcla opciones ( ) y [ ]",
      "usa ( ) y (x) si hay una sola respuesta correcta, o [ ] y [x] en todas las opciones si puede haber varias",
    );
  else if (correct === 0 && single + multiple > 0)
    problem(
      "quiz/no-correct-option",
      "Ninguna opción está marcada como correcta",
      single > 0 ? "marca la respuesta correcta con (x)" : "marca las respuestas correctas con [x]",
    );
  else if (single > 0 && correct > 1)
    problem(
      "quiz/several-correct-single",
      `La pregunta es de respuesta única, pero tiene ${correct} opciones (x)`,
      "deja una sola (x), o, si hay varias respuestas correctas, usa [ ] y [x] en todas las opciones",
    );

  if (problems.length > 0) return { problems };
  const options = draft.options.map((o) => ({
    text: o.text,
    correct: o.correct,
    ...(o.explanation ? { explanation: o.explanation } : {}),
  }));
  const quiz: Quiz = {
    id: quizId(page, { ...draft, options }),
    kind: multiple > 0 ? "multiple" : "single",
    question: draft.question,
    options,
    ...(draft.explanation ? { explanation: draft.explanation } : {}),
  };
  return { quiz, problems };
}

/** Two quizzes of one lesson with the same id would share their stored answers. */
export function duplicateIds(quizzes: { quiz: Quiz; node: Node }[]): QuizProblem[] {
  const seen = new Map<string, Node>();
  const problems: QuizProblem[] = [];
  for (const { quiz, node } of quizzes) {
    const first = seen.get(quiz.id);
    if (!first) {
      seen.set(quiz.id, node);
      continue;
    }
    const local = quiz.id.slice(quiz.id.indexOf("#") + 1);
    problems.push({
      ruleId: "quiz/duplicate-id",
      reason: `Hay dos cuestionarios con el mismo identificador «${local}» (el otro está en la línea ${first.position?.start.line ?? "?"})`,
      note: /^q[0-9a-z]{7}$/.test(local)
        ? "la pregunta y sus opciones están repetidas: borra una de las dos o cambia su texto"
        : 'da a cada cuestionario un identificador distinto ({:.quiz #otro-id} o <Quiz id="otro-id">)',
      node,
    });
  }
  return problems;
}
