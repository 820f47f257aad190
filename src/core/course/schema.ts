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
  title: z.string().trim().min(1).describe("Título de la lección: su encabezado y su nombre en la navegación."),
  /** Jekyll's `categories`: a space-separated string or a list; the first word is the unit id. */
  categories: stringList
    .optional()
    .describe(
      "Las `categories` de Jekyll, en una línea o en lista: la primera palabra es la unidad (sin ella, la carpeta).",
    ),
  /** Shows the "En esta página" table of contents. */
  conToc: z.boolean().default(true).describe("`false` oculta el índice «En esta página»."),
  /** One author or several (pandoc accepts both). */
  author: stringList.optional().describe("Autor o autores (en lista); salen en la portada del PDF."),
  /** Position within the unit; overrides the number or date in the file name. */
  order: z
    .number()
    .optional()
    .describe(
      "Lugar en la unidad; manda sobre el número o la fecha del nombre del archivo. En una página suelta, el orden de su enlace.",
    ),
  /** Jekyll's post date; also read from a `YYYY-MM-DD-` file name. */
  date: z
    .union([z.string(), z.date()])
    .optional()
    .describe(
      "Fecha del post de Jekyll (también se lee de un nombre `AAAA-MM-DD-…`); es la fecha de la portada de su PDF.",
    ),
  /** A one-line summary for the home page and search results. */
  description: z.string().optional().describe("Resumen de una línea."),
  /** Jekyll's layout name; kept, not used. */
  layout: z.string().optional().describe("El `layout` de Jekyll: se conserva y no se usa."),
  /** Language of the page; pandoc's `es-ES` style is accepted. */
  lang: z
    .string()
    .optional()
    .describe(
      "El idioma de pandoc (`es-ES`): se conserva y no se usa; la página sale en el idioma del curso (`lang:` de `curso.yaml`).",
    ),
  /** Numbers the lines of every code block of the lesson (a block's `showLineNumbers=false` opts out). */
  lineNumbers: z
    .boolean()
    .optional()
    .describe(
      "Numera las líneas de todos los bloques de código de la lección (`showLineNumbers=false` lo quita en un bloque).",
    ),
  /** Jekyll's own address of this page, e.g. `/tema2/docker.html`: it redirects to the lesson. */
  permalink: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe("La dirección propia que tenía la página en Jekyll (`/tema2/docker.html`): lleva a la lección."),
  /** Jekyll's `slug`: the `:title` of the old address instead of the file name. */
  slug: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe("El `slug` de Jekyll: el `:title` de la dirección antigua en lugar del nombre del archivo."),
  /** More old addresses of the lesson, as the jekyll-redirect-from plugin takes them; each redirects here. */
  redirect_from: stringList
    .optional()
    .describe("Más direcciones antiguas de la lección, como las toma jekyll-redirect-from; cada una lleva aquí."),
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
      severity: z
        .enum(["error", "warning", "info", "style"])
        .optional()
        .describe("La gravedad mínima de ShellCheck que se informa."),
      /** More checks switched off for every snippet, each with its reason. */
      exclude: z
        .record(z.string().regex(/^SC\d+$/), z.string().min(1))
        .optional()
        .describe("Comprobaciones de ShellCheck apagadas en todo el curso: `SC2086: motivo`."),
    })
    .optional()
    .describe("Ajustes de ShellCheck para los fragmentos de las lecciones."),
  /** Rules switched off for the whole course: rule id → reason. */
  ignore: z
    .record(z.string(), z.string().min(1))
    .optional()
    .describe("Reglas apagadas en todo el curso, cada una con su motivo: `shell/placeholder: motivo`."),
  /** More command names that may start with a capital letter, or that lessons use. */
  commands: z
    .array(z.string())
    .optional()
    .describe("Más órdenes que usan las lecciones o que pueden empezar por mayúscula."),
});

export type CourseLint = z.infer<typeof courseLintSchema>;

/** The course config file: the course title, its author and its units in order. */
export const courseConfigSchema = z.object({
  /** Title of the whole course. */
  title: z.string().min(1).describe("Título del curso."),
  /** A short title for the phone header (a few words); without it the full title wraps there. */
  shortTitle: z
    .string()
    .min(1)
    .optional()
    .describe("Título corto para la cabecera del móvil (unas pocas palabras); sin él, el título ocupa dos líneas."),
  /** Author shown on the home page and the PDF title page. */
  author: z.string().optional().describe("Autor del curso: portada del sitio y de los PDF."),
  /** A short description for the home page. */
  description: z
    .string()
    .optional()
    .describe("Descripción corta para la portada (un `index.md` en la carpeta del curso la sustituye)."),
  /** Canonical URL of the published site, used when SITE_URL is not set. */
  url: z
    .url()
    .optional()
    .describe(
      "Dirección pública del sitio; su ruta es la base también al compilar en tu equipo (si no hay `SITE_URL`).",
    ),
  /** The base path of the old Jekyll site, for absolute image paths such as `/Old-Site/assets/…`. */
  legacyBase: z
    .string()
    .optional()
    .describe(
      "Base del sitio Jekyll antiguo (`/Ciberseguridad-PePS/`), para las rutas absolutas de imágenes y enlaces.",
    ),
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
    .optional()
    .describe(
      "Idioma del curso (`es` si no se indica): textos de las páginas, `<html lang>`, números, fechas, búsqueda y exportaciones. Uno de: es, ca, ca-valencia, eu, gl, pt, en.",
    ),
  /** The course's own wording of any page text, by key (`"quiz.check": "Corrige"`), in the course's language. */
  strings: z
    .record(z.string(), z.string())
    .optional()
    .superRefine((overrides, ctx) => {
      for (const key of Object.keys(overrides ?? {}))
        if (!(key in spanishStrings))
          ctx.addIssue({ code: "custom", path: [key], message: `«${key}» no es un texto de aula` });
    })
    .describe('Tus propias palabras para cualquier texto de las páginas, por clave (`"quiz.check": "Corrige"`).'),
  /** 0–100: in the SCORM package, a lesson is «passed» from this score up, else «failed» (else «completed»). */
  masteryScore: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe("De 0 a 100: en el paquete SCORM, una lección queda «superada» desde esta nota (sin él, «completada»)."),
  /** Defaults for every quiz of the course; a quiz's own classes (`.barajar`, `.no-barajar`) win. */
  cuestionarios: z
    .strictObject({
      /** Options in a per-student order (choice options, matching's right items, ordering's start). */
      barajar: z
        .boolean()
        .optional()
        .describe("`true` baraja las opciones de todas las preguntas; `.no-barajar` deja una en el orden escrito."),
    })
    .optional()
    .describe("Lo que vale para todos los cuestionarios del curso."),
  /** `cuestionarios:` in English: `quizzes: { shuffle: true }`. */
  quizzes: z
    .strictObject({
      shuffle: z.boolean().optional().describe("`cuestionarios.barajar` en inglés."),
    })
    .optional()
    .describe("`cuestionarios:` en inglés."),
  /**
   * Jekyll's `permalink` of the old site (a style such as `date` or `pretty`, or a pattern such as
   * `/:categories/:title/`): each dated lesson's old address redirects to it. Else `_config.yml`'s, else `date`.
   */
  permalink: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe(
      "El `permalink` de Jekyll del sitio antiguo (`date`, `pretty` o un patrón): cada dirección antigua lleva a su lección.",
    ),
  /** Numbers the lines of every code block; else kramdown's `line_numbers` of a `_config.yml` in the course. */
  lineNumbers: z.boolean().optional().describe("Numera las líneas de todos los bloques de código del curso."),
  /** Markdown files in the content folder that are not lessons, such as `ERRATA.md` (a `README.md` never is one). */
  notLessons: z
    .array(z.string().min(1))
    .optional()
    .describe(
      "Archivos Markdown de la carpeta del curso que no son lecciones, como `ERRATA.md` (un `README.md` nunca lo es).",
    ),
  /** How `aula lint` checks the course's code blocks, beyond aula's defaults. */
  lint: courseLintSchema
    .optional()
    .describe("Cómo comprueba `aula lint` los bloques de código del curso, además de lo de aula."),
  /**
   * Units in order; lessons name theirs in `categories`. Units not listed (all of them, without `units`) are
   * published after these, titled from their id.
   */
  units: z
    .array(
      z.object({
        /** The id used in `categories` and in URLs, e.g. `tema2`. */
        id: z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .describe(
            "Identificador de la unidad (minúsculas, cifras y guiones): su carpeta, su `categories` y su dirección.",
          ),
        /** Title shown in navigation. */
        title: z.string().min(1).describe("Título de la unidad en la navegación."),
      }),
    )
    .nullish()
    .transform((units) => units ?? [])
    .describe(
      "Las unidades en orden. Las que no estén (todas, sin `units`) se publican después, con un título hecho de su id.",
    ),
});

export type CourseConfig = z.infer<typeof courseConfigSchema>;
