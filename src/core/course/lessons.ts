import { slug as slugify } from "github-slugger";
import type { Problem } from "../problems/model.ts";
import { parseFrontmatter, splitFrontmatter } from "../text/frontmatter.ts";
import { dropRepeatedTitle } from "../text/title.ts";
import { describeSchemaIssue } from "../text/schema-issues.ts";
import { courseConfigFileName } from "./config.ts";
import { unitTitleFromId } from "./model.ts";
import {
  addressTaken,
  type PageFrontmatter,
  type PagePlace,
  pageFrontmatterSchema,
  pagePlace,
  pageTitle,
  reservedAddresses,
} from "./pages.ts";
import { ownAddress, postAddress } from "./permalink.ts";
import { type CourseConfig, type LessonFrontmatter, lessonFrontmatterSchema } from "./schema.ts";

/** Where a lesson sits in the course, worked out from its path and front matter. */
export interface LessonPlace {
  /** `unit/slug`, also the lesson's URL path below the base. */
  id: string;
  unit: string;
  slug: string;
  /** Sort key within the unit: front matter `order`, else the file name's number or date. */
  sortKey: string;
}

const datePrefix = /^(\d{4}-\d{2}-\d{2})-/;
const numberPrefix = /^(\d+)[-_.]/;

/** Jekyll post names carry a date and lessons a number; both order the lessons and leave the URL. */
export function parseLessonFileName(fileName: string): { slug: string; sortKey: string; date?: string } {
  const stem = fileName.replace(/\.(md|mdx|markdown)$/i, "");
  const date = datePrefix.exec(stem)?.[1];
  const number = numberPrefix.exec(stem)?.[1];
  const rest = stem.replace(datePrefix, "").replace(numberPrefix, "");
  const sortKey = date ?? (number ? number.padStart(6, "0") : rest);
  return { slug: slugify(rest) || slugify(stem), sortKey, date };
}

export function unitFromCategories(categories: LessonFrontmatter["categories"]): string | undefined {
  const first = Array.isArray(categories) ? categories[0] : categories?.trim().split(/\s+/)[0];
  return first ? first.toLowerCase() : undefined;
}

const keyHints: Record<string, string> = {
  title: "escribe «title: Título de la lección»",
  conToc: "usa «conToc: true» o «conToc: false»",
  categories: "escribe la unidad primero, por ejemplo «categories: tema2 Docker»",
  author: "usa un texto o una lista de textos",
  order: "usa un número, por ejemplo «order: 3»",
  nav: "usa «nav: header» (enlace en la cabecera) o «nav: footer» (en el pie)",
};

export interface ReadLesson {
  /** Where the lesson sits; absent for a page (see `page`) and for a file with errors. */
  place?: LessonPlace;
  frontmatter?: LessonFrontmatter;
  /** Set instead of `place` for a course page that is not a lesson: an introduction or a standalone page. */
  page?: PagePlace & { title: string; frontmatter: PageFrontmatter };
  /** Addresses the lesson had on the old Jekyll site, below the base (`/tema2/docker/2021/01/08/Docker.html`). */
  oldAddresses?: string[];
  /** Body with front matter lines blanked, so plugin positions are file positions. */
  body: string;
  diagnostics: Problem[];
}

/**
 * Reads one lesson file: front matter, schema, and its place in the course.
 * `relativePath` is relative to the content folder (`tema2/01-x.md`); `file` is what messages print.
 */
export function readLesson(relativePath: string, file: string, source: string, course: CourseConfig): ReadLesson {
  const split = splitFrontmatter(source);
  const parsed = parseFrontmatter(split, file);
  const diagnostics = [...parsed.diagnostics];
  if (diagnostics.some((d) => d.severity === "error")) return { body: split.body, diagnostics };

  const categories = parsed.data.categories;
  const permalink = typeof parsed.data.permalink === "string" ? parsed.data.permalink : undefined;
  const page = pagePlace(relativePath, categories !== undefined && categories !== null, permalink);
  const result = (page ? pageFrontmatterSchema : lessonFrontmatterSchema).safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "");
      diagnostics.push({
        file,
        line: parsed.keyLines.get(key) ?? 1,
        severity: "error",
        ruleId: "frontmatter/schema",
        message: describeSchemaIssue(issue, parsed.data),
        fix: keyHints[key],
      });
    }
    return { body: split.body, diagnostics };
  }
  if (page) {
    const frontmatter = result.data as PageFrontmatter;
    const title = pageTitle(frontmatter.title, split.body, unitTitleFromId(page.slug ?? page.unit ?? ""));
    if (page.slug && reservedAddresses.has(page.slug)) {
      diagnostics.push(addressTaken(file, page.slug, parsed.keyLines.get("permalink") ?? 1));
      return { body: split.body, diagnostics };
    }
    return { page: { ...page, title, frontmatter }, body: split.body, diagnostics };
  }
  const frontmatter = result.data as LessonFrontmatter;

  const segments = relativePath.split("/");
  const fileName = segments.at(-1) ?? relativePath;
  const folder = segments.length > 1 ? segments[0] : undefined;
  const unit = unitFromCategories(frontmatter.categories) ?? folder;
  if (!unit) {
    diagnostics.push({
      file,
      line: parsed.keyLines.get("categories") ?? 1,
      severity: "error",
      ruleId: "frontmatter/unknown-unit",
      message: "La lección no dice a qué unidad pertenece",
      fix: "ponla en la carpeta de su unidad o escribe la unidad primero en «categories», por ejemplo «categories: tema2»",
    });
    return { body: split.body, diagnostics };
  }
  if (reservedAddresses.has(unit)) {
    diagnostics.push({
      file,
      line: parsed.keyLines.get("categories") ?? 1,
      severity: "error",
      ruleId: "frontmatter/unknown-unit",
      message: `La unidad «${unit}» tendría la dirección «/${unit}/», que usa aula`,
      fix: "cambia el nombre de la carpeta de la unidad (y su id en curso.yaml), por ejemplo «tema-impresion»",
    });
    return { body: split.body, diagnostics };
  }
  // Without `units` every unit is published as found: nothing to warn about.
  if (course.units.length > 0 && !course.units.some((u) => u.id === unit))
    diagnostics.push(unlistedUnitWarning(unit, file, relativePath));

  const name = parseLessonFileName(fileName);
  const sortKey = frontmatter.order !== undefined ? String(frontmatter.order).padStart(6, "0") : name.sortKey;
  return {
    place: { id: `${unit}/${name.slug}`, unit, slug: name.slug, sortKey },
    frontmatter,
    oldAddresses: lessonOldAddresses(fileName, frontmatter, course.permalink),
    body: dropRepeatedTitle(split.body, frontmatter.title),
    diagnostics,
  };
}

/**
 * Every old address of a lesson: the one the course's `permalink` gave a dated post (Jekyll's `date` style by
 * default), its own front matter `permalink`, and each `redirect_from`. Sorted, without repeats.
 */
export function lessonOldAddresses(
  fileName: string,
  frontmatter: LessonFrontmatter,
  permalink: string | undefined,
): string[] {
  const post = {
    fileName,
    date: frontmatter.date,
    categories: frontmatter.categories,
    category: frontmatter.category,
    slug: frontmatter.slug,
  };
  const own = frontmatter.permalink ? ownAddress(frontmatter.permalink, post) : postAddress(permalink, post);
  const extra = [frontmatter.redirect_from ?? []].flat().map((address) => ownAddress(address, post));
  return [...new Set([own, ...extra].filter((address): address is string => !!address))].sort();
}

/**
 * Said once per unit, whichever lesson finds it: the collector keeps one copy of identical lines.
 * It names curso.yaml because that is where the fix goes.
 */
function unlistedUnitWarning(unit: string, file: string, relativePath: string): Problem {
  const configFile = `${file.slice(0, file.length - relativePath.length)}${courseConfigFileName}`;
  return {
    file: configFile,
    severity: "warning",
    ruleId: "course/unlisted-unit",
    message: `La unidad «${unit}» no está en «units»; se publica con el título «${unitTitleFromId(unit)}» después de las de la lista`,
    fix: `para darle título y orden, añade a «units»: «- id: ${unit}» y «title: …»`,
  };
}
