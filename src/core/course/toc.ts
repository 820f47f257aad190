import { toString } from "hast-util-to-string";
import { strings } from "../i18n/es.ts";
import { inlineMarkdown } from "../text/inline.ts";
import type { PrintHeading } from "../print/model.ts";

/** The id a quiz is linked by: `#pregunta-q1a2b3c4`, or `#pregunta-docker-hub` for an author's own id. */
export function quizAnchor(quizId: string): string {
  return `pregunta-${(quizId.split("#").pop() ?? quizId).replace(/[^\w-]/g, "-")}`;
}

/** Where the quiz plugins publish after which heading each quiz comes (see `rehype-quiz-anchors.ts`). */
export const quizPlacesKey = "quizPlaces";

/** An entry of a lesson's table of contents: a heading, or a quiz («Pregunta 2 · …»). */
export interface TocEntry extends PrintHeading {
  quiz?: true;
}

/** Characters of a question kept in its table of contents entry. */
const questionLength = 60;

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= questionLength) return clean;
  const cut = clean.slice(0, questionLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), questionLength / 2)).replace(/[\s,.;:]+$/, "")}…`;
}

/** «Pregunta 2 · Completa las dos órdenes…»: the quiz's number on the page and the start of its question. */
export function quizTocText(number: number, question: string, label: string = strings["quiz.label"]): string {
  const text = toString({ type: "element", tagName: "span", properties: {}, children: inlineMarkdown(question) });
  return `${label} ${number} · ${shorten(text)}`;
}

/**
 * The table of contents with the quizzes in their places. `shown` are the headings listed (a subset
 * of `all`, in order); a quiz after an unlisted heading goes after the listed one before it. A quiz
 * under a heading is listed at the depth of an h3.
 */
export function tocWithQuizzes(
  all: PrintHeading[],
  shown: PrintHeading[],
  quizzes: { id: string; question: string }[],
  places: Record<string, string | null | undefined>,
  /** «Pregunta» in the course's language. */
  quizLabel?: string,
): TocEntry[] {
  if (quizzes.length === 0) return shown;
  const listed = new Set(shown.map((h) => h.slug));
  /** The listed heading a quiz after `slug` belongs to, or null before any. */
  const owner = (slug: string | null | undefined): string | null => {
    let index = slug ? all.findIndex((h) => h.slug === slug) : -1;
    while (index >= 0 && !listed.has(all[index]!.slug)) index--;
    return index >= 0 ? all[index]!.slug : null;
  };
  const after = new Map<string | null, TocEntry[]>();
  quizzes.forEach((quiz, index) => {
    const key = owner(places[quiz.id]);
    const parent = shown.find((h) => h.slug === key);
    const entry: TocEntry = {
      depth: parent ? 3 : 2,
      slug: quizAnchor(quiz.id),
      text: quizTocText(index + 1, quiz.question, quizLabel),
      quiz: true,
    };
    after.set(key, [...(after.get(key) ?? []), entry]);
  });
  return [...(after.get(null) ?? []), ...shown.flatMap((h) => [h, ...(after.get(h.slug) ?? [])])];
}
