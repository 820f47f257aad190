import type { Node } from "unist";
import { explicitIdPattern, quizId } from "./id.ts";
import type { Quiz } from "./model.ts";
import type { DraftQuiz } from "./parse.ts";
import type { QuizProblem } from "./types/base.ts";

export type { QuizProblem } from "./types/base.ts";

/**
 * Checks a quiz as written and builds its model: what every type shares here, the rest in its
 * type's `validate`. Every problem is reported (not only the first), and a quiz with any problem
 * yields no model: nothing is silently dropped or guessed.
 */
export function validateQuiz(
  draft: DraftQuiz,
  page: string,
  options: { shuffle?: boolean } = {},
): { quiz?: Quiz; problems: QuizProblem[] } {
  const problems: QuizProblem[] = [];
  const problem = (ruleId: string, message: string, fix: string, node: Node = draft.node) =>
    problems.push({ ruleId, message, fix, node });

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
  if (draft.hintNode && !draft.hint)
    problem(
      "quiz/empty-hint",
      "La pista del cuestionario está vacía",
      "escribe la pista después de «> Pista:», o borra la cita",
      draft.hintNode,
    );
  if (draft.lateHint)
    problem(
      "quiz/hint-after-answers",
      "La pista está después de las respuestas, donde va la explicación general",
      "pon la cita «> Pista: …» justo debajo de la pregunta, antes de las respuestas",
      draft.lateHint,
    );
  if (draft.shuffleConflict)
    problem(
      "quiz/shuffle-conflict",
      "El cuestionario tiene a la vez .barajar y .no-barajar",
      "deja solo una de las dos clases",
    );
  const fields = draft.type.validate(draft.body, problem) as Omit<Quiz, "id" | "explanation">;
  if (problems.length > 0 || !fields) return { problems };
  const shuffle = draft.shuffle ?? options.shuffle ?? false;
  // A type may rewrite the question (a cloze's blanks are not part of its text).
  const content = {
    ...{ question: draft.question },
    ...fields,
    ...(draft.explanation ? { explanation: draft.explanation } : {}),
    ...(draft.hint ? { hint: draft.hint } : {}),
    ...(shuffle ? { shuffle: true } : {}),
  } as Omit<Quiz, "id">;
  const quiz = { id: quizId(page, draft.explicitId, draft.type.fingerprint(content)), ...content } as Quiz;
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
      message: `Hay dos cuestionarios con el mismo identificador «${local}» (el otro está en la línea ${first.position?.start.line ?? "?"})`,
      fix: /^q[0-9a-z]{7}$/.test(local)
        ? "la pregunta y sus opciones están repetidas: borra una de las dos o cambia su texto"
        : 'da a cada cuestionario un identificador distinto ({:.quiz #otro-id} o <Quiz id="otro-id">)',
      node,
    });
  }
  return problems;
}
