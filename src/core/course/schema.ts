import { z } from "zod";
import { knownLanguage, languageCodes } from "../i18n/index.ts";
import { strings as spanishStrings } from "../i18n/es.ts";

const stringList = z.union([z.string(), z.array(z.string())]);

/**
 * A lesson's front matter, as Jekyll, Typora and pandoc pages write it. Unknown keys
 * (`typora-*`, `header-includes`, eisvogel's keys…) are kept for tools that read them.
 */
export const lessonFrontmatterSchema = z.looseObject({
  /** Title of the lesson, shown as its heading and in navigation. */
  title: z.string().trim().min(1),
  /** Jekyll's `categories`: a space-separated string or a list; the first word is the unit id. */
  categories: stringList.optional(),
  /** Shows the "En esta página" table of contents. */
  conToc: z.boolean().default(true),
  /** One author or several (pandoc accepts both). */
  author: stringList.optional(),
  /** Position within the unit; overrides the number or date in the file name. */
  order: z.number().optional(),
  /** Jekyll's post date; also read from a `YYYY-MM-DD-` file name. */
  date: z.union([z.string(), z.date()]).optional(),
  /** A one-line summary for the home page and search results. */
  description: z.string().optional(),
  /** Jekyll's layout name; kept, not used. */
  layout: z.string().optional(),
  /** Language of the page; pandoc's `es-ES` style is accepted. */
  lang: z.string().optional(),
  /** Numbers the lines of every code block of the lesson (a block's `showLineNumbers=false` opts out). */
  lineNumbers: z.boolean().optional(),
  /** Jekyll's own address of this page, e.g. `/tema2/docker.html`: it redirects to the lesson. */
  permalink: z.string().trim().min(1).optional(),
  /** Jekyll's `slug`: the `:title` of the old address instead of the file name. */
  slug: z.string().trim().min(1).optional(),
  /** More old addresses of the lesson, as the jekyll-redirect-from plugin takes them; each redirects here. */
  redirect_from: stringList.optional(),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

/**
 * `lint:` in `curso.yaml`: how `aula lint` checks this course's code blocks, on top of aula's defaults
 * (`src/core/lint/config.ts`). Every exception says why.
 */
export const courseLintSchema = z.strictObject({
  /** ShellCheck's settings for tutorial snippets. */
  shellcheck: z
    .strictObject({
      severity: z.enum(["error", "warning", "info", "style"]).optional(),
      /** More checks switched off for every snippet, each with its reason. */
      exclude: z.record(z.string().regex(/^SC\d+$/), z.string().min(1)).optional(),
    })
    .optional(),
  /** Rules switched off for the whole course: rule id → reason. */
  ignore: z.record(z.string(), z.string().min(1)).optional(),
  /** More command names that may start with a capital letter, or that lessons use. */
  commands: z.array(z.string()).optional(),
});

export type CourseLint = z.infer<typeof courseLintSchema>;

/** The course config file: the course title, its author and its units in order. */
export const courseConfigSchema = z.object({
  /** Title of the whole course. */
  title: z.string().min(1),
  /** A short title for the phone header (a few words); without it the full title wraps there. */
  shortTitle: z.string().min(1).optional(),
  /** Author shown on the home page and the PDF title page. */
  author: z.string().optional(),
  /** A short description for the home page. */
  description: z.string().optional(),
  /** Canonical URL of the published site, used when SITE_URL is not set. */
  url: z.url().optional(),
  /** The base path of the old Jekyll site, for absolute image paths such as `/Old-Site/assets/…`. */
  legacyBase: z.string().optional(),
  /**
   * The language of the course (`es` by default): its pages' texts, `<html lang>`, numbers, dates, search
   * stemming and every export. A tag aula has texts in: pandoc's `es-ES` or `ca-ES-valencia` are read too.
   */
  lang: z
    .string()
    .transform((written, ctx) => {
      const lang = knownLanguage(written);
      if (lang) return lang;
      ctx.addIssue({
        code: "custom",
        message: `aula no tiene textos en «${written}»; los idiomas son: ${languageCodes.join(", ")}`,
      });
      return z.NEVER;
    })
    .optional(),
  /** The course's own wording of any page text, by key (`"quiz.check": "Corrige"`), in the course's language. */
  strings: z
    .record(z.string(), z.string())
    .optional()
    .superRefine((overrides, ctx) => {
      for (const key of Object.keys(overrides ?? {}))
        if (!(key in spanishStrings))
          ctx.addIssue({ code: "custom", path: [key], message: `«${key}» no es un texto de aula` });
    }),
  /** 0–100: in the SCORM package, a lesson is «passed» from this score up, else «failed» (else «completed»). */
  masteryScore: z.number().min(0).max(100).optional(),
  /** Defaults for every quiz of the course; a quiz's own classes (`.barajar`, `.no-barajar`) win. */
  cuestionarios: z
    .strictObject({
      /** Options in a per-student order (choice options, matching's right items, ordering's start). */
      barajar: z.boolean().optional(),
    })
    .optional(),
  /** `cuestionarios:` in English: `quizzes: { shuffle: true }`. */
  quizzes: z.strictObject({ shuffle: z.boolean().optional() }).optional(),
  /**
   * Jekyll's `permalink` of the old site (a style such as `date` or `pretty`, or a pattern such as
   * `/:categories/:title/`): each dated lesson's old address redirects to it. Else `_config.yml`'s, else `date`.
   */
  permalink: z.string().trim().min(1).optional(),
  /** Numbers the lines of every code block; else kramdown's `line_numbers` of a `_config.yml` in the course. */
  lineNumbers: z.boolean().optional(),
  /** Markdown files in the content folder that are not lessons, such as `ERRATA.md` (a `README.md` never is one). */
  notLessons: z.array(z.string().min(1)).optional(),
  /** How `aula lint` checks the course's code blocks, beyond aula's defaults. */
  lint: courseLintSchema.optional(),
  /**
   * Units in order; lessons name theirs in `categories`. Units not listed (all of them, without `units`) are
   * published after these, titled from their id.
   */
  units: z
    .array(
      z.object({
        /** The id used in `categories` and in URLs, e.g. `tema2`. */
        id: z.string().regex(/^[a-z0-9-]+$/),
        /** Title shown in navigation. */
        title: z.string().min(1),
      }),
    )
    .nullish()
    .transform((units) => units ?? []),
});

export type CourseConfig = z.infer<typeof courseConfigSchema>;
