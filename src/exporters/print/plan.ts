import type { TocEntry } from "../../core/print/model.ts";

/**
 * What the course's print page tells the exporter: the PDFs to make, in course order, and what each one's
 * contents and bookmarks list. It travels inside that page, and then in the PDF cache with its print.
 */
export interface PrintPlan {
  version: 1;
  /** The date on every cover of the build, as an ISO time: the PDFs' creation date too. */
  date: string;
  /** Printed at the foot of every page; absent when the site has no public address. */
  siteUrl?: string;
  language: string;
  pageLabel: string;
  ofLabel: string;
  tocLabel: string;
  course: PlanDocument;
  lessons: PlanLesson[];
}

export interface PlanDocument {
  /** `curso`, or the lesson's id. */
  id: string;
  title: string;
  author?: string;
  /** Below the site's base: `pdf/curso.pdf`. */
  pdfPath: string;
  /** The id of its cover's section in the course's print page. */
  marker: string;
  /** The id of its contents heading; absent when it has no contents page. */
  tocId?: string;
  toc: TocEntry[];
}

export interface PlanLesson extends PlanDocument {
  /** The lesson's own title (`title` is the PDF's, with the course's). */
  name: string;
  /** The id of the lesson's title in its body. */
  anchor: string;
  /** The print page of its body, below the site's base: `imprimir/tema2/x/`. */
  target: string;
  /** Its address on the site: links there from other lessons go to it inside the course PDF. */
  pageUrl: string;
  /** Its h2 and h3, numbered as printed: the bookmarks. */
  sections: TocEntry[];
  /** A hash of what its cover and contents page show: with its body's key, the key of its PDF. */
  frontHash: string;
}

/** A lesson's printed body: page count, the pages of its text (the answer key follows), each target's page. */
export interface BodyLayout {
  pages: number;
  articlePages: number;
  dests: Record<string, number>;
}

/** First and last page (1-based) of a part of a printed PDF. */
export interface PageRange {
  first: number;
  last: number;
}

/** Where the course's print page is cut: the course's front, each lesson's front, the answer key. */
export interface FrameLayout {
  fronts: Record<string, PageRange>;
  answers?: PageRange;
}

export function bodyLayout(pages: number, dests: Map<string, number>, answersId: string): BodyLayout {
  const answers = dests.get(answersId);
  return { pages, articlePages: answers ? answers - 1 : pages, dests: Object.fromEntries(dests) };
}

/** Cuts the printed course page at each cover and at the answer key. */
export function frameLayout(
  plan: PrintPlan,
  dests: Map<string, number>,
  pages: number,
  answersId: string,
): FrameLayout {
  const docs = [plan.course, ...plan.lessons];
  const starts = docs.map((doc, index) => (index === 0 ? 1 : (dests.get(doc.marker) ?? 0)));
  const answers = dests.get(answersId);
  const end = (answers ?? pages + 1) - 1;
  const fronts: Record<string, PageRange> = {};
  docs.forEach((doc, index) => {
    const first = starts[index] ?? 0;
    if (first < 1) throw new Error(`Falta la portada de «${doc.title}» en la página de impresión del curso.`);
    fronts[doc.id] = { first, last: (starts[index + 1] ?? end + 1) - 1 };
  });
  return { fronts, answers: answers ? { first: answers, last: pages } : undefined };
}

export const frontPages = (layout: FrameLayout): Record<string, number> =>
  Object.fromEntries(Object.entries(layout.fronts).map(([id, range]) => [id, range.last - range.first + 1]));

/** A first guess of each front's length: the cover, and one contents page when there is one. */
export function guessFrontPages(plan: PrintPlan): Record<string, number> {
  return Object.fromEntries([plan.course, ...plan.lessons].map((doc) => [doc.id, 1 + Math.ceil(doc.toc.length / 40)]));
}

/**
 * The page number of every contents entry, per PDF. A lesson PDF is its front and its body; the course PDF is
 * its front, each lesson's text in order, then the answer key.
 */
export function tocNumbers(
  plan: PrintPlan,
  bodies: ReadonlyMap<string, BodyLayout>,
  fronts: Record<string, number>,
  answersId: string,
): Record<string, Record<string, number>> {
  const result: Record<string, Record<string, number>> = {};
  const coursePages: Record<string, number> = {};
  let offset = fronts[plan.course.id] ?? 1;
  for (const lesson of plan.lessons) {
    const body = bodies.get(lesson.id);
    if (!body) throw new Error(`Falta el cuerpo impreso de «${lesson.title}».`);
    const own: Record<string, number> = {};
    for (const entry of lesson.toc) {
      const page = body.dests[entry.anchor];
      if (page) own[entry.anchor] = (fronts[lesson.id] ?? 1) + page;
    }
    result[lesson.id] = own;
    for (const [anchor, page] of Object.entries(body.dests))
      if (anchor !== answersId && page <= body.articlePages) coursePages[anchor] = offset + page;
    offset += body.articlePages;
  }
  coursePages[answersId] = offset + 1;
  result[plan.course.id] = Object.fromEntries(
    plan.course.toc.flatMap((entry) => (coursePages[entry.anchor] ? [[entry.anchor, coursePages[entry.anchor]]] : [])),
  );
  return result;
}
