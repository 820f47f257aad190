import { slug as slugify } from "github-slugger";
import { z } from "zod";
import type { Problem } from "../problems/model.ts";
import { lessonFrontmatterSchema } from "./schema.ts";

/**
 * Markdown files of the course that are not lessons: the home page's introduction (`index.md`), a unit's
 * introduction (`<unit>/index.md`) and standalone pages (`acerca-de.md`), as a Jekyll site has them.
 */
export type PageKind = "home" | "unit" | "page";

/** Where a page sits: its entry id (never a lesson's `unit/slug`) and, for a standalone page, its address. */
export interface PagePlace {
  kind: PageKind;
  /** `:home`, `:unit/tema2` or `:page/acerca-de`: a colon no lesson id has. */
  id: string;
  /** The unit a unit introduction introduces. */
  unit?: string;
  /** A standalone page's address below the base, one segment: `acerca-de`. */
  slug?: string;
}

/** A page's front matter: a lesson's, but the title may come from its `# heading`, and it may ask for a link. */
export const pageFrontmatterSchema = lessonFrontmatterSchema.extend({
  /** Title of the page; else its first `# heading`, else its file name. Ignored on the home page. */
  title: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe(
      "Título de la página; si no, su primer `# título`, y si no, el nombre del archivo. La portada no lo usa.",
    ),
  /** A link to a standalone page in the site's header or footer. */
  nav: z
    .enum(["header", "footer"])
    .optional()
    .describe("`header` enlaza la página en la cabecera (en el móvil, en el pie) y `footer` en el pie."),
  /** Jekyll's address of the page, such as `/acerca-de/`; its last segment is the new address. */
  permalink: z
    .string()
    .optional()
    .describe("La dirección de la página en Jekyll (`/acerca-de/`): su último tramo es la dirección nueva."),
});

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;

const indexFile = /^index\.(md|mdx|markdown)$/i;

/**
 * What a file is, from its path below the content folder (`index.md`, `tema2/index.md`, `acerca-de.md`) and
 * whether its front matter names a unit: a top-level file with `categories` stays a lesson, as before.
 * `undefined` for a lesson.
 */
export function pagePlace(relativePath: string, hasCategories: boolean, permalink?: string): PagePlace | undefined {
  const segments = relativePath.split("/");
  const name = segments.at(-1) ?? relativePath;
  if (segments.length === 1 && indexFile.test(name)) return { kind: "home", id: ":home" };
  if (segments.length === 2 && indexFile.test(name)) {
    const unit = (segments[0] ?? "").toLowerCase();
    return { kind: "unit", id: `:unit/${unit}`, unit };
  }
  if (segments.length !== 1 || hasCategories) return undefined;
  const fromPermalink = permalink
    ?.split("/")
    .filter(Boolean)
    .at(-1)
    ?.replace(/\.html?$/i, "");
  const slug = slugify(fromPermalink || name.replace(/\.(md|mdx|markdown)$/i, ""));
  return { kind: "page", id: `:page/${slug}`, slug };
}

/** A page's title: its front matter's, else its first `# heading`, else `fallback`. */
export function pageTitle(frontmatterTitle: string | undefined, body: string, fallback: string): string {
  if (frontmatterTitle) return frontmatterTitle;
  const first = body.split("\n").find((line) => line.trim() !== "");
  const heading = /^#\s+(.*?)\s*#*\s*$/.exec(first ?? "")?.[1]?.replace(/[*_`]/g, "");
  return heading || fallback;
}

/** Addresses below the base that aula's own pages and files use: neither a standalone page nor a unit can take them. */
export const reservedAddresses = new Set([
  "progreso",
  "imprimir",
  "pdf",
  "pagefind",
  "404",
  "assets",
  "_astro",
  "sin-conexion",
  "diapositivas",
]);

/**
 * A standalone page whose address is a unit's (`tema2.md` and the unit `tema2`) or one of aula's. `unit` is
 * undefined for aula's own addresses. `line` is where its `permalink` is, if it set one.
 */
export function addressTaken(file: string, slug: string, line: number, unit?: string): Problem {
  return {
    file,
    line,
    severity: "error",
    ruleId: "page/address-taken",
    message: unit
      ? `La página tendría la dirección «/${slug}/», que es la de la unidad «${unit}»`
      : `La página tendría la dirección «/${slug}/», que usa aula`,
    fix: "cambia el nombre del archivo o pon otra dirección en «permalink», por ejemplo «permalink: /acerca-de/»",
  };
}
