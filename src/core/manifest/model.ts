import { z } from "zod";
import { quizSchema } from "../quiz/model.ts";

/**
 * The course manifest: what one build made, as data, for every exporter (PDF, SCORM, Moodle, EPUB).
 * Written once per build by the integration (`astro:build:done`), read by `aula export` and `aula pdf`.
 * Bump {@link manifestVersion} whenever the shape changes: an older file is then refused, never misread.
 */
export const manifestVersion = 1;

/** A heading as Astro's `render()` lists it. */
export const manifestHeadingSchema = z.object({
  depth: z.number().int().min(1).max(6),
  /** The heading's `id` in the lesson's page. */
  slug: z.string(),
  text: z.string(),
});

export const manifestLessonSchema = z.object({
  /** `tema2/laboratorio-1`: unit id, then the lesson's slug. */
  id: z.string().min(1),
  unit: z.string().min(1),
  slug: z.string().min(1),
  title: z.string(),
  description: z.string().optional(),
  /** The lesson file, relative to the course folder (`tema2/05-laboratorio-1.md`). */
  source: z.string(),
  /** The page's address with the site's base, `/curso/tema2/laboratorio-1/`. */
  url: z.string(),
  /** The page's file in the built site, relative to the output folder: `tema2/laboratorio-1/index.html`. */
  html: z.string(),
  headings: z.array(manifestHeadingSchema),
  /** The lesson's quizzes in page order, as the quiz model (`src/core/quiz/model.ts`). */
  quizzes: z.array(quizSchema),
  /** Files of the built site the lesson's body links or embeds (images, downloads), relative to the output folder. */
  assets: z.array(z.string()),
  /** The lesson's PDF, relative to the output folder (`pdf/tema2-laboratorio-1.pdf`); made by `aula build`/`aula pdf`. */
  pdf: z.string(),
  /**
   * Changes whenever what the lesson renders to could: its file, its title and place, the course config, the
   * base path and aula's rendering code (the loader's digest), and its rendered HTML.
   */
  hash: z.string().min(1),
});

export const manifestSchema = z.object({
  format: z.literal("aula-manifest"),
  version: z.number().int(),
  /** When the build finished (ISO 8601): one date for everything made from this build. */
  builtAt: z.string(),
  engine: z.object({
    /** aula's version. */
    version: z.string(),
    /** Hash of every file aula ships (`enginePackage().fingerprint`). */
    fingerprint: z.string(),
  }),
  site: z.object({
    /** Base path, starting and ending with `/`. */
    base: z.string(),
    /** The public address (`SITE_URL`, else curso.yaml's `url`), when there is one. */
    url: z.string().optional(),
    /** Absolute paths of the built site, the course folder and `public/` at build time. */
    outDir: z.string(),
    contentDir: z.string(),
    publicDir: z.string(),
    /** Whether the build made the print pages that PDFs are printed from (not with `AULA_PDF=off`). */
    printPages: z.boolean(),
  }),
  course: z.object({
    title: z.string(),
    shortTitle: z.string().optional(),
    author: z.string().optional(),
    description: z.string().optional(),
    /** BCP 47 language of the course's text. */
    lang: z.string(),
    /** 0–100, from curso.yaml: passed/failed instead of completed in an LMS. */
    masteryScore: z.number().optional(),
    /** Units in course order, with their lessons' ids in reading order. */
    units: z.array(z.object({ id: z.string(), title: z.string(), lessons: z.array(z.string()) })),
    /** The whole course's PDF, relative to the output folder. */
    pdf: z.string(),
    /** Changes whenever any lesson's hash, the order of lessons or the course's metadata does. */
    hash: z.string(),
  }),
  /** Every lesson in reading order. */
  lessons: z.array(manifestLessonSchema),
});

export type ManifestHeading = z.infer<typeof manifestHeadingSchema>;
export type ManifestLesson = z.infer<typeof manifestLessonSchema>;
export type CourseManifest = z.infer<typeof manifestSchema>;
