/** The part of a Pagefind result that the dialog shows (see Pagefind's `PagefindResultData`). */
export interface SearchHit {
  url: string;
  excerpt: string;
  /** The page's indexed text; `locations` count its whitespace-separated words. */
  content?: string;
  meta: { title?: string; [key: string]: string | undefined };
  sub_results?: SearchSubHit[];
}

export interface SearchSubHit {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
  /** Absent when the hits come before the lesson's first heading. */
  anchor?: { id: string };
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

/** Lower case, without accents or punctuation: how a reader types on a phone. */
export function fold(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Whether a word of the page answers a query term: same word, or one extends the other (stems, plurals). */
function answers(word: string, term: string): boolean {
  return word.length > 0 && (word.startsWith(term) || (word.length >= 4 && term.startsWith(word)));
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

/**
 * Picks the section a reader most likely wants: the one that contains the most of the query's terms,
 * then whose hits score highest (headings weigh more than body text). So "docker exec" opens the
 * section that runs `docker container exec`, not the one that says "Docker" most often.
 */
export function toResultView(hit: SearchHit, query: string, maxOthers = 2): ResultView {
  const lesson = hit.meta.title ?? hit.url;
  const terms = [...new Set(query.split(/\s+/).map(fold).filter(Boolean))];
  const words = hit.content?.split(/\s+/) ?? [];
  const ranked = (hit.sub_results ?? [])
    .map((sub, order) => ({ sub, order, covers: coverage(sub, words, terms), score: score(sub) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.covers - a.covers || b.score - a.score || a.order - b.order)
    .map(({ sub }) => sub);
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
    excerpt: best.excerpt || hit.excerpt,
    others,
  };
}
