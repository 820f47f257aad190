/**
 * The addresses a Jekyll site gave its posts, worked out as Jekyll 4 does (`Jekyll::URL`, `Drops::UrlDrop`),
 * so each old address can redirect to the lesson: links in a Moodle course, bookmarks and search results.
 */

/** Jekyll's named permalink styles. */
export const permalinkStyles: Record<string, string> = {
  date: "/:categories/:year/:month/:day/:title:output_ext",
  pretty: "/:categories/:year/:month/:day/:title/",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext",
  none: "/:categories/:title:output_ext",
};

/** Jekyll's default, when neither `curso.yaml` nor `_config.yml` says: `date`. */
export const defaultPermalink = "date";

/** What the old address of a post is made of: its front matter and its file name. */
export interface PostSource {
  /** The file name, e.g. `2021-01-08-Docker.md`. */
  fileName: string;
  /** Front matter `date`, which wins over the file name's. */
  date?: string | Date;
  categories?: string | readonly string[];
  category?: unknown;
  slug?: string;
}

interface PostDate {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const fileDate = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.*)$/;
const writtenDate = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

/** The post's date as it was written (front matter, else file name): Jekyll's site time zone is the teacher's. */
export function postDate(post: PostSource): PostDate | undefined {
  if (post.date instanceof Date && !Number.isNaN(post.date.getTime())) {
    const d = post.date;
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    };
  }
  const written = typeof post.date === "string" ? writtenDate.exec(post.date.trim()) : null;
  const named = fileDate.exec(post.fileName);
  const parts = written ?? (named ? [...named.slice(0, 4), undefined, undefined, undefined] : undefined);
  if (!parts) return undefined;
  const number = (value: string | undefined) => Number(value ?? 0);
  return {
    year: number(parts[1]),
    month: number(parts[2]),
    day: number(parts[3]),
    hour: number(parts[4]),
    minute: number(parts[5]),
    second: number(parts[6]),
  };
}

function words(value: unknown): string[] {
  if (typeof value === "string") return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value)) return value.map(String);
  return [];
}

/** Jekyll's `Utils.slugify`: `pretty` keeps case and URL-safe punctuation, `default` keeps letters and digits. */
export function jekyllSlugify(text: string, mode: "default" | "pretty", cased = false): string {
  const unsafe = mode === "pretty" ? /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu : /[^\p{M}\p{L}\p{Nd}]+/gu;
  const slug = text.replace(unsafe, "-").replace(/^-|-$/g, "");
  return cased ? slug : slug.toLowerCase();
}

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** ISO 8601 week and week-year (strftime's `%V` and `%G`). */
function isoWeek(date: Date): { week: number; year: number } {
  const day = date.getUTCDay() || 7;
  const thursday = new Date(date.getTime() + (4 - day) * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return { week: Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7), year: thursday.getUTCFullYear() };
}

/** The values of every placeholder Jekyll knows for a post (`:title`, `:year`…). */
export function placeholders(post: PostSource, date: PostDate): Record<string, string> {
  const stem = post.fileName.replace(/\.[^.]+$/, "");
  const slug = post.slug ?? fileDate.exec(stem)?.[4] ?? stem;
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day));
  const yearDay = Math.round((day.getTime() - Date.UTC(date.year, 0, 1)) / 86_400_000) + 1;
  const week = isoWeek(day);
  const categories = [...new Set([...words(post.category), ...words(post.categories)].map((c) => c.toLowerCase()))];
  return {
    year: String(date.year),
    month: pad(date.month),
    day: pad(date.day),
    i_month: String(date.month),
    i_day: String(date.day),
    short_year: pad(date.year % 100),
    short_month: (monthNames[date.month - 1] ?? "").slice(0, 3),
    long_month: monthNames[date.month - 1] ?? "",
    y_day: pad(yearDay, 3),
    w_year: String(week.year),
    week: pad(week.week),
    w_day: String(day.getUTCDay() || 7),
    short_day: (dayNames[day.getUTCDay()] ?? "").slice(0, 3),
    long_day: dayNames[day.getUTCDay()] ?? "",
    hour: pad(date.hour),
    minute: pad(date.minute),
    second: pad(date.second),
    title: jekyllSlugify(slug, "pretty", true),
    slug: jekyllSlugify(slug, "default"),
    name: jekyllSlugify(stem, "default"),
    categories: categories.join("/"),
    collection: "posts",
    output_ext: ".html",
  };
}

/** The pattern of a style name, or the pattern itself. */
export function permalinkPattern(permalink: string | undefined): string {
  const value = permalink?.trim() || defaultPermalink;
  return permalinkStyles[value] ?? value;
}

/** Placeholders of a pattern that Jekyll does not know (Jekyll stops with an error on them). */
export function unknownPlaceholders(permalink: string): string[] {
  const known = new Set(
    Object.keys(placeholders({ fileName: "2000-01-01-x.md" }, postDate({ fileName: "2000-01-01-x.md" })!)),
  );
  return [...permalinkPattern(permalink).matchAll(/:([a-z_]+)/g)]
    .map((m) => m[1] ?? "")
    .filter((name) => !known.has(name) && !known.has(name.replace(/_$/, "")));
}

/**
 * Expands a permalink for a post as `Jekyll::URL` does: each `:name` is replaced by its value, an empty one
 * leaves no double slash, and `..` cannot climb out of the site. Undefined for a lesson with no date: it
 * was not a post.
 */
export function postAddress(permalink: string | undefined, post: PostSource): string | undefined {
  const date = postDate(post);
  if (!date) return undefined;
  return expand(permalinkPattern(permalink), placeholders(post, date));
}

function expand(pattern: string, values: Record<string, string>): string {
  const filled = pattern.replace(/:([a-z_]+)/g, (match, name: string) => {
    const key =
      name in values ? name : name.endsWith("_") && name.slice(0, -1) in values ? name.slice(0, -1) : undefined;
    return key === undefined ? match : `${values[key]}${name === key ? "" : "_"}`;
  });
  return `/${filled}`
    .replaceAll("..", "/")
    .replaceAll("./", "")
    .replace(/\/{2,}/g, "/");
}

/** A front matter `permalink` (Jekyll expands its placeholders too) or a `redirect_from` path, as a site path. */
export function ownAddress(address: string, post: PostSource): string | undefined {
  const trimmed = address.trim();
  if (!trimmed || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined;
  const path = trimmed.replace(/[?#].*$/, "");
  const date = postDate(post);
  return date ? expand(path, placeholders(post, date)) : expand(path, {});
}

/**
 * The file a static host serves for an address, below the site's folder: `/a/b/` → `a/b/index.html`,
 * `/a/b.html` → itself, `/a/b` → `a/b.html` (GitHub Pages serves it for `/a/b`, as Jekyll wrote it).
 */
export function addressFile(address: string): string {
  const path = address.replace(/^\/+/, "");
  if (path === "" || path.endsWith("/")) return `${path}index.html`;
  return path.endsWith(".html") ? path : `${path}.html`;
}
