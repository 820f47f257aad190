/** The part of a Pagefind result that the dialog shows (see Pagefind's `PagefindResultData`). */
export interface SearchHit {
  url: string;
  excerpt: string;
  /** The page's indexed text; `locations` count its whitespace-separated words. */
  content?: string;
  meta: { title?: string; [key: string]: string | undefined };
  /** Every element of the page with an id, and the word it starts at. */
  anchors?: SearchAnchor[];
  sub_results?: SearchSubHit[];
}

export interface SearchAnchor {
  element?: string;
  id: string;
  text?: string;
  /** Set by `data-pagefind-title`. */
  title?: string;
  location?: number;
}

export interface SearchSubHit {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
  /** Absent when the hits come before the lesson's first heading. */
  anchor?: SearchAnchor;
}

export interface SectionLink {
  title: string;
  url: string;
}

/** One lesson in the results: it links to its best matching section, with that section's excerpt. */
export interface ResultView {
  lesson: string;
  /** Title of the section linked to; absent when the best match is the lesson's opening. */
  section?: string;
  url: string;
  excerpt: string;
  /** Other matching sections, best first. */
  others: SectionLink[];
}

/** Words in an excerpt, as many as Pagefind's own; and how many of them come before the first hit. */
const excerptWords = 30;
const leadWords = 8;
/** How Pagefind splits `content` into the words that `locations` count. */
const wordSeparators = /[^\S\uFEFF]+/;

/** Lower case, without accents or punctuation: how a reader types on a phone. */
export function fold(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

export function queryTerms(query: string): string[] {
  return [...new Set(query.split(/\s+/).map(fold).filter(Boolean))];
}

/** Whether a word of the page answers a query term: same word, or one extends the other (stems, plurals). */
function answers(word: string, term: string): boolean {
  return word.length > 0 && (word.startsWith(term) || (word.length >= 4 && term.startsWith(word)));
}

/**
 * How well a title names the query: per term, 2 for the very word (accents aside), 1 for another form
 * of it («contenedor» for «contenedores»). So «Contenedores y sandboxing» outranks «… tu primer contenedor».
 */
export function titleScore(title: string, terms: string[]): number {
  const words = title
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .map(fold)
    .filter(Boolean);
  let score = 0;
  for (const term of terms) {
    if (words.includes(term)) score += 2;
    // A one-letter term («-a» in «docker container ls -a») would otherwise name every title with an «a…».
    else if (term.length > 1 && words.some((word) => answers(word, term))) score += 1;
  }
  return score;
}

/** How many of the query's terms the section's hits cover. */
function coverage(sub: SearchSubHit, words: string[], terms: string[]): number {
  const found = new Set((sub.locations ?? []).map((at) => fold(words[at] ?? "")));
  return terms.filter((term) => [...found].some((word) => answers(word, term))).length;
}

function score(sub: SearchSubHit): number {
  const weighted = sub.weighted_locations ?? [];
  if (weighted.length > 0) return weighted.reduce((sum, w) => sum + w.balanced_score, 0);
  return sub.locations?.length ?? 0;
}

interface RankedSection {
  sub: SearchSubHit;
  order: number;
  covers: number;
  title: number;
  score: number;
}

/**
 * The matching sections, best first: the one that contains the most of the query's terms, then whose
 * title names them, then whose hits score highest. So «docker exec» opens the section that runs
 * `docker container exec`, and «docker run» the one titled «Docker Container Run».
 */
function rankSections(hit: SearchHit, terms: string[], words: string[]): RankedSection[] {
  return (hit.sub_results ?? [])
    .map((sub, order) => ({
      sub,
      order,
      covers: coverage(sub, words, terms),
      title: titleScore(sub.title, terms),
      score: score(sub),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.covers - a.covers || b.title - a.title || b.score - a.score || a.order - b.order);
}

/** The headings Pagefind splits a page on (see `calculate_sub_results` in pagefind.js). */
function splitsOn(anchor: SearchAnchor): boolean {
  return Boolean(anchor.title?.trim() || (/^h\d$/i.test(anchor.element ?? "") && anchor.text?.trim()));
}

interface Range {
  /** First word after the section's heading. */
  start: number;
  /** First word of the next section. */
  end: number;
}

function sectionBody(hit: SearchHit, sub: SearchSubHit, wordCount: number): Range | undefined {
  const splits = (hit.anchors ?? [])
    .filter(splitsOn)
    .map((anchor) => anchor.location)
    .filter((at): at is number => typeof at === "number")
    .sort((a, b) => a - b);
  if (!sub.anchor) return { start: 0, end: splits[0] ?? wordCount };
  const at = sub.anchor.location ?? hit.anchors?.find((anchor) => anchor.id === sub.anchor?.id)?.location;
  if (at === undefined) return undefined;
  const end = splits.find((split) => split > at) ?? wordCount;
  const headingWords = (sub.anchor.text ?? sub.title).split(wordSeparators).filter(Boolean).length;
  return { start: Math.min(at + headingWords, end), end };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * An excerpt of the section's own text around its densest hits, with each hit in `<mark>`.
 * Pagefind centres its excerpt on the best-weighted words, which are often the heading itself: the
 * reader then sees only the title again. Undefined when the only hits are in the heading.
 */
export function bodyExcerpt(hit: SearchHit, sub: SearchSubHit): string | undefined {
  if (!hit.content) return undefined;
  const words = hit.content.split(wordSeparators);
  const range = sectionBody(hit, sub, words.length);
  if (!range) return undefined;
  const weights = new Map((sub.weighted_locations ?? []).map((w) => [w.location, w.balanced_score]));
  const hits = (sub.locations ?? []).filter((at) => at >= range.start && at < range.end);
  if (hits.length === 0) return undefined;

  const latestStart = Math.max(range.start, range.end - excerptWords);
  let best = { start: range.start, weight: -1 };
  for (const at of hits) {
    const start = Math.min(Math.max(at - leadWords, range.start), latestStart);
    const weight = hits
      .filter((other) => other >= start && other < start + excerptWords)
      .reduce((sum, other) => sum + (weights.get(other) ?? 1), 0);
    if (weight > best.weight) best = { start, weight };
  }
  // Start at the sentence of the first hit when it begins within the lead words.
  const firstHit = hits.find((at) => at >= best.start) ?? best.start;
  for (let at = firstHit - 1; at >= best.start; at--) {
    if (/[.!?]$/.test(words[at] ?? "")) {
      best.start = at + 1;
      break;
    }
  }
  const stop = Math.min(best.start + excerptWords, range.end);
  const marked = new Set(hits);
  const text = words
    .slice(best.start, stop)
    .map((word, i) => (marked.has(best.start + i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(" ");
  return `${best.start > range.start ? "… " : ""}${text}${stop < range.end ? " …" : ""}`;
}

/** One lesson in the results, linked to the section a reader most likely wants. */
export function toResultView(hit: SearchHit, query: string, maxOthers = 2): ResultView {
  const lesson = hit.meta.title ?? hit.url;
  const words = hit.content?.split(wordSeparators) ?? [];
  const ranked = rankSections(hit, queryTerms(query), words).map(({ sub }) => sub);
  const best = ranked[0];
  if (!best) return { lesson, url: hit.url, excerpt: hit.excerpt, others: [] };
  const others = ranked
    .slice(1)
    .filter((sub) => sub.anchor)
    .slice(0, maxOthers)
    .map((sub) => ({ title: sub.title, url: sub.url }));
  return {
    lesson,
    section: best.anchor ? best.title : undefined,
    url: best.url,
    excerpt: bodyExcerpt(hit, best) ?? (best.excerpt || hit.excerpt),
    others,
  };
}

/**
 * Orders lessons for the reader: first those whose best section holds the most query terms, then those
 * whose lesson or section title names the query, then Pagefind's order. Pagefind scores the body
 * text, so a long lab that says «contenedor» fifty times would otherwise beat the lesson titled
 * «Contenedores y sandboxing».
 */
export function rankHits<T extends SearchHit>(hits: T[], query: string): T[] {
  const terms = queryTerms(query);
  return hits
    .map((hit, order) => {
      const lessonTitle = titleScore(hit.meta.title ?? "", terms);
      const best = rankSections(hit, terms, hit.content?.split(wordSeparators) ?? [])[0];
      const sectionTitle = best?.sub.anchor ? best.title : 0;
      return { hit, order, covers: best?.covers ?? 0, title: Math.max(lessonTitle, sectionTitle), lessonTitle };
    })
    .sort((a, b) => b.covers - a.covers || b.title - a.title || b.lessonTitle - a.lessonTitle || a.order - b.order)
    .map(({ hit }) => hit);
}
