import { createHash } from "node:crypto";
import { sourceLanguage } from "../i18n/plural.ts";
import { buildCourseModel, href, readingOrder } from "../course/model.ts";
import type { CourseConfig } from "../course/schema.ts";
import { assetsKey } from "../markdown/rehype-collect-assets.ts";
import { coursePdfPath, lessonPdfPath } from "../print/model.ts";
import { quizzesKey, type Quiz } from "../quiz/model.ts";
import { type CourseManifest, type ManifestHeading, manifestVersion } from "./model.ts";

/** What the loader knows of one lesson at the end of a build (`BuildSession.lessons`). */
export interface LessonRecord {
  id: string;
  unit: string;
  slug: string;
  title: string;
  sortKey: string;
  description?: string;
  /** The lesson file, relative to the course folder. */
  source: string;
  /** The loader's digest: the file, the course config, the base path and the rendering code. */
  digest: string;
  headings: ManifestHeading[];
  /** What the Markdown plugins published (`remarkPluginFrontmatter`): quizzes, assets. */
  frontmatter: Record<string, unknown>;
  /** A hash of the rendered HTML, when the loader rendered it (`.md` lessons). */
  htmlHash?: string;
  /** The file the loader wrote that HTML to. */
  htmlFile?: string;
}

export interface ManifestInput {
  config: CourseConfig;
  lessons: LessonRecord[];
  site: CourseManifest["site"];
  engine: CourseManifest["engine"];
  builtAt: Date;
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 32);

/** The manifest of one build: the course model in reading order, each lesson's data and paths. Pure. */
export function createManifest({ config, lessons, site, engine, builtAt }: ManifestInput): CourseManifest {
  const course = buildCourseModel(config, lessons);
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  const ordered = readingOrder(course).flatMap((summary) => byId.get(summary.id) ?? []);
  const manifestLessons = ordered.map((lesson) => {
    const quizzes = (lesson.frontmatter[quizzesKey] as Quiz[] | undefined) ?? [];
    const assets = (lesson.frontmatter[assetsKey] as string[] | undefined) ?? [];
    const own = { id: lesson.id, unit: lesson.unit, title: lesson.title, description: lesson.description };
    return {
      ...own,
      slug: lesson.slug,
      source: lesson.source,
      url: href(site.base, `${lesson.id}/`),
      html: `${lesson.id}/index.html`,
      headings: lesson.headings.map(({ depth, slug, text }) => ({ depth, slug, text })),
      body: lesson.htmlFile,
      quizzes,
      assets,
      pdf: lessonPdfPath(lesson.id),
      hash: sha(JSON.stringify([lesson.digest, lesson.htmlHash ?? "", own])),
    };
  });
  const units = course.units
    .filter((unit) => unit.lessons.length > 0)
    .map((unit) => ({ id: unit.id, title: unit.title, lessons: unit.lessons.map((l) => l.id) }));
  const about = {
    title: config.title,
    shortTitle: config.shortTitle,
    author: config.author,
    description: config.description,
    lang: config.lang ?? sourceLanguage,
    masteryScore: config.masteryScore,
  };
  return {
    format: "aula-manifest",
    version: manifestVersion,
    builtAt: builtAt.toISOString(),
    engine,
    site,
    course: {
      ...about,
      units,
      pdf: coursePdfPath,
      hash: sha(JSON.stringify([about, units, manifestLessons.map((l) => l.hash)])),
    },
    lessons: manifestLessons,
  };
}
