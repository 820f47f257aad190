/**
 * The guide's Referencia pages, written from the code: curso.yaml and front matter from their Zod schemas
 * (each field's `.describe()`), the commands from the CLI's own `--help`, the environment variables from
 * their registry and the rule table from the rule registry. `npm run docs:reference` writes them;
 * tests/unit/guide-reference.test.ts fails when the committed pages differ.
 */
import { resolve } from "node:path";
import { format } from "prettier";
import type { z } from "zod";
import { commands, usage } from "../../src/cli/main.ts";
import { say } from "../../src/core/i18n/author/index.ts";
import { courseConfigSchema, lessonFrontmatterSchema } from "../../src/core/course/schema.ts";
import { pageFrontmatterSchema } from "../../src/core/course/pages.ts";
import { environmentVariables } from "../../src/core/environment.ts";
import { ruleTable, withRuleTable } from "../../src/core/problems/rule-table.ts";
import { rules } from "../../src/core/problems/rules.ts";

export const guideDir = resolve(import.meta.dirname, "../../docs");
/** The guide's reference pages, below docs/. */
export const referenceFiles = {
  course: "referencia/01-curso-yaml.md",
  frontmatter: "referencia/02-front-matter.md",
  rules: "referencia/03-reglas.md",
  commands: "referencia/04-ordenes.md",
  environment: "referencia/05-variables-de-entorno.md",
} as const;

const generated = "<!-- Generado desde el código con «npm run docs:reference»: no lo edites a mano. -->";

// Zod 4 keeps a schema's kind and its wrapped schema in `_zod.def`.
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  format?: string;
  defaultValue?: unknown;
  shape?: Record<string, z.ZodType>;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

interface Field {
  key: string;
  type: string;
  required: boolean;
  fallback?: string;
  description: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

/** What a value is, in the guide's words. */
function typeName(schema: z.ZodType): string {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return def.format === "url" ? "dirección web" : "texto";
    case "boolean":
      return "`true` o `false`";
    case "number":
      return "número";
    case "date":
      return "fecha";
    case "enum":
      return Object.values(def.entries ?? {})
        .map((v) => `\`${v}\``)
        .join(" o ");
    case "array":
      return `lista de ${typeName(def.element!).replace(/^lista de /, "")}`;
    case "union":
      return (def.options ?? []).map(typeName).join(" o ");
    case "record":
      return "claves, cada una con su texto";
    case "object":
      return "claves";
    case "optional":
    case "nullable":
    case "default":
      return typeName(def.innerType!);
    case "pipe":
      return typeName(def.in!);
    default:
      return def.type;
  }
}

/** One row per key of an object schema, wrappers unwrapped. */
function fieldsOf(shape: Record<string, z.ZodType>): Field[] {
  return Object.entries(shape).map(([key, outer]) => {
    let schema = outer;
    let description = outer.description;
    let required = true;
    let fallback: string | undefined;
    for (;;) {
      const def = defOf(schema);
      if (def.type === "optional" || def.type === "nullable") required = false;
      else if (def.type === "default") {
        required = false;
        fallback = JSON.stringify(def.defaultValue);
      } else if (def.type !== "pipe") break;
      schema = def.type === "pipe" ? def.in! : def.innerType!;
      description ??= schema.description;
    }
    const def = defOf(schema);
    if (!description) throw new Error(`La clave «${key}» no tiene descripción (.describe()) en su esquema`);
    return {
      key,
      type: typeName(schema),
      required,
      fallback,
      description,
      shape: def.type === "object" ? def.shape : undefined,
      element: def.type === "array" ? def.element : undefined,
    };
  });
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The table of an object's keys, with the keys of nested objects (`lint.shellcheck.exclude`) below their parent. */
export function keyTableOf(shape: Record<string, z.ZodType>): string {
  const rows: string[] = [];
  const walk = (fields: Field[], prefix: string) => {
    for (const field of fields) {
      const name = `${prefix}${field.key}`;
      const need = field.required ? "sí" : field.fallback ? `no (\`${field.fallback}\`)` : "no";
      rows.push(`| \`${name}\` | ${cell(field.type)} | ${need} | ${cell(field.description)} |`);
      if (field.shape) walk(fieldsOf(field.shape), `${name}.`);
      const element = field.element && defOf(field.element);
      if (element?.type === "object" && element.shape) walk(fieldsOf(element.shape), `${name}[].`);
    }
  };
  walk(fieldsOf(shape), "");
  return ["| Clave | Valor | Obligatoria | Qué hace |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

const page = (title: string, body: string) => `---\ntitle: "${title}"\n---\n\n${generated}\n\n${body.trim()}\n`;

function coursePage(): string {
  const example = `title: Puesta en producción segura
shortTitle: PePS
author: Víctor Ponz
url: https://victorponz.github.io/Ciberseguridad-PePS/
legacyBase: /Ciberseguridad-PePS/ # base del sitio Jekyll antiguo, para las rutas de imágenes
notLessons: [ERRATA.md] # archivos que no son lecciones
units:
  - id: tema2
    title: "Tema 2 · Despliegue de software"`;
  return page(
    "curso.yaml",
    `\`curso.yaml\`, en la carpeta del curso, dice el título, la dirección pública y las unidades en orden.
Solo \`title\` es obligatorio: sin \`curso.yaml\`, el curso sale de sus carpetas. Una clave que no está
en esta tabla, o un valor que no vale, detiene la compilación con el archivo, la línea y cómo arreglarlo.

Las claves salen del esquema del código (\`src/core/course/schema.ts\`).

${keyTableOf(courseConfigSchema.shape)}

Un ejemplo:

\`\`\`yaml
${example}
\`\`\``,
  );
}

function frontmatterPage(): string {
  // A page's keys that a lesson has not, or has with another meaning (a page's `title` is optional).
  const lesson: Record<string, z.ZodType> = lessonFrontmatterSchema.shape;
  const pageOnly = Object.fromEntries(
    Object.entries(pageFrontmatterSchema.shape as Record<string, z.ZodType>).filter(
      ([key, field]) => lesson[key] !== field,
    ),
  );
  return page(
    "Claves del front matter",
    `El front matter de Jekyll, Typora y pandoc se acepta tal cual: estas son las claves que aula usa, y
las demás se conservan (\`typora-root-url\`, \`header-includes\`…). Salen de los esquemas del código
(\`src/core/course/schema.ts\` y \`src/core/course/pages.ts\`).

## En una lección

${keyTableOf(lessonFrontmatterSchema.shape)}

## En una página que no es lección

La portada (\`index.md\`), la introducción de una unidad (\`<unidad>/index.md\`) y una página suelta
(\`acerca-de.md\`) aceptan las claves de una lección, con estas diferencias:

${keyTableOf(pageOnly)}`,
  );
}

async function commandsPage(): Promise<string> {
  const sections: string[] = [];
  for (const command of commands) {
    const module = await command.load();
    const summary = typeof command.summary === "string" ? say("es", command.summary) : command.summary.text;
    sections.push(
      `## aula ${command.name}\n\n${summary[0]!.toUpperCase()}${summary.slice(1)}.\n\n\`\`\`text\n${module.usage.trim()}\n\`\`\``,
    );
  }
  return page(
    "Órdenes",
    `Cada orden es \`aula <orden>\` en la carpeta del curso (en un curso hecho con \`aula init\`, también
\`npm run …\`: \`npm run build\` es \`aula build\`). Lo de abajo es la ayuda de cada una, la misma que
escribe \`aula <orden> --help\`.

\`\`\`text
${usage("es").trim()}
\`\`\`

${sections.join("\n\n")}`,
  );
}

function environmentPage(): string {
  const rows = environmentVariables.map((v) => `| \`${v.name}\` | ${cell(v.purpose)} | ${cell(v.default)} |`);
  return page(
    "Variables de entorno",
    `Cambian cómo se construye o se exporta el curso sin tocar sus archivos. Por ejemplo, con
\`BASE_PATH=/Ciberseguridad-PePS/ SITE_URL=https://victorponz.github.io/Ciberseguridad-PePS/ npm run build\`
el sitio funciona en esa dirección de GitHub Pages.

| Variable | Para qué | Sin ella |
| --- | --- | --- |
${rows.join("\n")}`,
  );
}

const markdown = async (text: string) => format(text, { parser: "markdown", proseWrap: "preserve" });

/** The rule table as Prettier pads it, as `npm run docs:rules` writes it. */
export async function formattedRuleTable(): Promise<string> {
  return (await format(ruleTable(rules), { parser: "markdown" })).trimEnd();
}

/** Every reference page as it should be committed: path below docs/ → text. The rules page keeps its prose. */
export async function referencePages(readGuide: (path: string) => string): Promise<Record<string, string>> {
  return {
    [referenceFiles.course]: await markdown(coursePage()),
    [referenceFiles.frontmatter]: await markdown(frontmatterPage()),
    [referenceFiles.commands]: await markdown(await commandsPage()),
    [referenceFiles.environment]: await markdown(environmentPage()),
    [referenceFiles.rules]: withRuleTable(readGuide(referenceFiles.rules), await formattedRuleTable()),
  };
}
