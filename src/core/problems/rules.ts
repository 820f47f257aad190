import type { Severity } from "./model.ts";

/** A rule the build or the code-block checker can report. */
export interface RuleInfo {
  id: string;
  /** The default severity. Errors stop the build or break a student's copy and paste; warnings are style and good practice. */
  severity: Severity;
  /** `npx aula lint --fix` rewrites the lesson so the problem goes away. */
  fixable: boolean;
  /** What it finds, in Spanish, for the guide's rule table. */
  summary: string;
}

/** Every rule id the build and the lint emit; the guide's rule table is checked against it. */
export const rules = [
  { id: "course/missing", severity: "error", fixable: false, summary: "Falta curso.yaml" },
  { id: "course/yaml", severity: "error", fixable: false, summary: "curso.yaml no es YAML válido" },
  { id: "course/schema", severity: "error", fixable: false, summary: "curso.yaml no tiene las claves esperadas" },
  {
    id: "course/unknown-key",
    severity: "warning",
    fixable: false,
    summary: "Una clave de curso.yaml que aula no usa: se ignora",
  },
  { id: "frontmatter/yaml", severity: "error", fixable: false, summary: "El front matter no es YAML válido" },
  {
    id: "frontmatter/not-a-map",
    severity: "error",
    fixable: false,
    summary: "El front matter no es una lista de claves",
  },
  {
    id: "frontmatter/duplicate-key",
    severity: "warning",
    fixable: false,
    summary: "Una clave del front matter está repetida",
  },
  {
    id: "frontmatter/schema",
    severity: "error",
    fixable: false,
    summary: "Falta una clave obligatoria o su valor no es válido",
  },
  { id: "markdown/render", severity: "error", fixable: false, summary: "La lección no se puede convertir en HTML" },
  {
    id: "markdown/quote-lang",
    severity: "warning",
    fixable: false,
    summary: 'Una cita en otro idioma sin `{: lang="en"}`: se leería con la pronunciación del curso',
  },
  { id: "liquid/unsupported", severity: "warning", fixable: false, summary: "Una etiqueta Liquid que no se procesa" },
  {
    id: "course/unlisted-unit",
    severity: "warning",
    fixable: false,
    summary: "Una unidad que no está en curso.yaml: se publica con un título hecho de su id",
  },
  {
    id: "course/jekyll-config",
    severity: "warning",
    fixable: false,
    summary: "Un _config.yml de Jekyll que no se puede leer: no se usa",
  },
  {
    id: "course/permalink",
    severity: "warning",
    fixable: false,
    summary: "Un permalink con marcadores que Jekyll no conoce",
  },
  {
    id: "course/base-path",
    severity: "warning",
    fixable: false,
    summary: "La ruta de «url» no coincide con BASE_PATH",
  },
  {
    id: "course/old-address",
    severity: "warning",
    fixable: false,
    summary: "Una dirección antigua que ya es de otra página: no redirige",
  },
  {
    id: "image/remote",
    severity: "warning",
    fixable: false,
    summary: "Una imagen de otro sitio sin copia local (npm run images:download)",
  },
  {
    id: "image/file-name-alt",
    severity: "warning",
    fixable: false,
    summary: "Imágenes cuyo texto alternativo es el nombre de archivo que puso la herramienta",
  },
  { id: "media/missing", severity: "warning", fixable: false, summary: "Un vídeo o audio que no existe en public/" },
  {
    id: "link/missing-file",
    severity: "warning",
    fixable: false,
    summary: "Un enlace a un archivo que no existe en public/",
  },
  {
    id: "link/suspicious",
    severity: "warning",
    fixable: false,
    summary: "Un enlace mal escrito: sin https:// (`www.x.es`), `http:host`, `ttps://`, un espacio en la dirección",
  },
  {
    id: "link/missing-anchor",
    severity: "warning",
    fixable: false,
    summary: "Un enlace `#ancla` a un título que la lección no tiene",
  },
  {
    id: "embed/unsupported",
    severity: "warning",
    fixable: false,
    summary: "Un iframe que no es un vídeo de YouTube o Vimeo: se cambia por un enlace",
  },
  { id: "images/download", severity: "warning", fixable: false, summary: "Una imagen remota que no se pudo descargar" },
  { id: "image/missing", severity: "warning", fixable: false, summary: "Una imagen que no existe en public/" },
  {
    id: "diagram/acc-title",
    severity: "error",
    fixable: false,
    summary: "Un diagrama sin título accesible (accTitle)",
  },
  {
    id: "diagram/acc-descr",
    severity: "warning",
    fixable: false,
    summary: "Un diagrama sin descripción accesible (accDescr)",
  },
  { id: "diagram/syntax", severity: "error", fixable: false, summary: "Un diagrama mermaid no válido" },
  { id: "quiz/empty-question", severity: "error", fixable: false, summary: "Un cuestionario sin pregunta" },
  { id: "quiz/invalid-id", severity: "error", fixable: false, summary: "Un identificador de cuestionario no válido" },
  { id: "quiz/no-options", severity: "error", fixable: false, summary: "Un cuestionario sin opciones" },
  { id: "quiz/unknown-marker", severity: "error", fixable: false, summary: "Una opción sin marca ( ), (x), [ ] o [x]" },
  { id: "quiz/empty-option", severity: "error", fixable: false, summary: "Una opción vacía" },
  { id: "quiz/mixed-markers", severity: "error", fixable: false, summary: "Opciones que mezclan ( ) y [ ]" },
  { id: "quiz/no-correct-option", severity: "error", fixable: false, summary: "Un cuestionario sin opción correcta" },
  {
    id: "quiz/several-correct-single",
    severity: "error",
    fixable: false,
    summary: "Varias opciones correctas con marcas ( )",
  },
  {
    id: "quiz/duplicate-id",
    severity: "error",
    fixable: false,
    summary: "Dos cuestionarios con el mismo identificador",
  },
  {
    id: "quiz/unexpected-content",
    severity: "error",
    fixable: false,
    summary: "<Quiz> con contenido que no es pregunta ni opciones",
  },
  { id: "quiz/empty-hint", severity: "error", fixable: false, summary: "Una pista («> Pista:») vacía" },
  {
    id: "quiz/hint-after-answers",
    severity: "error",
    fixable: false,
    summary: "Una pista después de las respuestas, donde va la explicación",
  },
  {
    id: "quiz/shuffle-conflict",
    severity: "error",
    fixable: false,
    summary: "Un cuestionario con .barajar y .no-barajar",
  },
  {
    id: "quiz/ordering-one-item",
    severity: "error",
    fixable: false,
    summary: "Una pregunta de ordenar con un solo elemento",
  },
  {
    id: "quiz/ordering-empty-item",
    severity: "error",
    fixable: false,
    summary: "Un elemento vacío en una pregunta de ordenar",
  },
  {
    id: "quiz/ordering-duplicate-item",
    severity: "error",
    fixable: false,
    summary: "Dos elementos iguales en una pregunta de ordenar",
  },
  {
    id: "quiz/item-extra-lines",
    severity: "error",
    fixable: false,
    summary: "Líneas debajo de un elemento de ordenar o de emparejar",
  },
  { id: "quiz/matching-no-arrow", severity: "error", fixable: false, summary: "Una pareja sin «->» al emparejar" },
  { id: "quiz/matching-empty-side", severity: "error", fixable: false, summary: "Una pareja sin parte derecha" },
  {
    id: "quiz/matching-duplicate-left",
    severity: "error",
    fixable: false,
    summary: "Un elemento repetido a la izquierda al emparejar",
  },
  {
    id: "quiz/matching-duplicate-right",
    severity: "error",
    fixable: false,
    summary: "Una derecha sobrante («-> …») repetida o que ya es pareja",
  },
  {
    id: "quiz/matching-one-pair",
    severity: "error",
    fixable: false,
    summary: "Una pregunta de emparejar con una sola pareja",
  },
  { id: "quiz/short-marker", severity: "error", fixable: false, summary: "Una respuesta corta sin marca [=] o [!]" },
  { id: "quiz/empty-answer", severity: "error", fixable: false, summary: "Una respuesta [=] o [!] vacía" },
  { id: "quiz/duplicate-answer", severity: "error", fixable: false, summary: "Una respuesta corta repetida" },
  {
    id: "quiz/no-accepted-answer",
    severity: "error",
    fixable: false,
    summary: "Una respuesta corta sin ninguna respuesta [=]",
  },
  { id: "quiz/numeric-marker", severity: "error", fixable: false, summary: "Una respuesta numérica sin marca [#]" },
  {
    id: "quiz/numeric-not-a-number",
    severity: "error",
    fixable: false,
    summary: "Una respuesta [#] que no empieza por un número",
  },
  {
    id: "quiz/numeric-tolerance",
    severity: "error",
    fixable: false,
    summary: "Una tolerancia (±) que no es un número",
  },
  {
    id: "quiz/numeric-range",
    severity: "error",
    fixable: false,
    summary: "Un rango (a..b) sin final o con el mayor primero",
  },
  {
    id: "quiz/numeric-unit",
    severity: "error",
    fixable: false,
    summary: "Respuestas numéricas con unidades distintas",
  },
  { id: "quiz/cloze-unclosed", severity: "error", fixable: false, summary: "Un hueco [[ sin cerrar con ]]" },
  { id: "quiz/cloze-empty-blank", severity: "error", fixable: false, summary: "Un hueco [[]] o una alternativa vacía" },
  { id: "quiz/cloze-in-inline-code", severity: "error", fixable: false, summary: "Un hueco dentro de código en línea" },
  {
    id: "quiz/cloze-two-places",
    severity: "error",
    fixable: false,
    summary: "Huecos en la pregunta y también en su bloque de código",
  },
  {
    id: "page/address-taken",
    severity: "error",
    fixable: false,
    summary: "Una página suelta con la dirección de una unidad o de aula",
  },
  {
    id: "jekyll/navigation",
    severity: "warning",
    fixable: false,
    summary: "_data/navigation.yml no se usa: los enlaces salen de «nav:» en cada página",
  },
  {
    id: "frontmatter/unknown-unit",
    severity: "error",
    fixable: false,
    summary: "La lección es de una unidad que no está en curso.yaml",
  },
  {
    id: "code/language",
    severity: "warning",
    fixable: true,
    summary: "Bloque sin lenguaje, o con uno que no se resalta",
  },
  {
    id: "code/wrong-language",
    severity: "warning",
    fixable: false,
    summary:
      "El lenguaje del bloque no es lo que contiene (HTTP o la salida de un programa en `bash`, órdenes en `dockerfile`)",
  },
  { id: "shell/syntax", severity: "error", fixable: false, summary: "Error de sintaxis de shell" },
  {
    id: "shell/unicode-dash",
    severity: "error",
    fixable: true,
    summary: "Opción que empieza por una raya tipográfica (`–rm`)",
  },
  { id: "shell/unicode-quote", severity: "error", fixable: true, summary: "Comillas tipográficas en una orden" },
  {
    id: "shell/continuation-space",
    severity: "error",
    fixable: true,
    summary: "Espacio después de la `\\` que continúa la línea",
  },
  {
    id: "shell/capitalised-command",
    severity: "error",
    fixable: true,
    summary: "Orden con mayúscula (`Timedatectl`); aviso si no se conoce en minúsculas",
  },
  {
    id: "shell/placeholder",
    severity: "info",
    fixable: false,
    summary: "Huecos (`<id>`, `[opción]`, `TU_USUARIO`) que el alumno sustituye",
  },
  { id: "docker/unknown-subcommand", severity: "error", fixable: false, summary: "Orden de docker que no existe" },
  { id: "docker/unknown-flag", severity: "error", fixable: false, summary: "Opción de docker que no existe" },
  { id: "docker/missing-value", severity: "error", fixable: false, summary: "Opción de docker sin su valor" },
  { id: "dockerfile/invalid", severity: "error", fixable: false, summary: "Dockerfile que `docker build` rechaza" },
  { id: "DL3000", severity: "warning", fixable: false, summary: "WORKDIR relativo" },
  { id: "DL3004", severity: "warning", fixable: false, summary: "sudo en un Dockerfile" },
  { id: "DL3006", severity: "warning", fixable: false, summary: "Imagen sin etiqueta de versión" },
  { id: "DL3007", severity: "warning", fixable: false, summary: "Imagen con la etiqueta `latest`" },
  { id: "DL3009", severity: "warning", fixable: false, summary: "Listas de apt que se quedan en la imagen" },
  { id: "DL3014", severity: "error", fixable: false, summary: "`apt-get install` sin `-y`: la compilación se para" },
  { id: "DL3015", severity: "warning", fixable: false, summary: "`apt-get install` sin `--no-install-recommends`" },
  { id: "DL3020", severity: "warning", fixable: false, summary: "ADD donde basta COPY" },
  { id: "DL3025", severity: "warning", fixable: false, summary: "CMD o ENTRYPOINT en forma de shell" },
  { id: "DL3027", severity: "warning", fixable: false, summary: "apt en lugar de apt-get" },
  { id: "DL4000", severity: "warning", fixable: false, summary: "MAINTAINER obsoleto" },
  { id: "json/syntax", severity: "error", fixable: false, summary: "JSON que no se puede leer" },
  { id: "yaml/syntax", severity: "error", fixable: false, summary: "YAML que no se puede leer" },
  { id: "markdown/parse", severity: "error", fixable: false, summary: "Lección que no se puede leer" },
  { id: "lint/suppression-reason", severity: "error", fixable: false, summary: "`lint-ignore` sin motivo" },
  { id: "lint/unused-suppression", severity: "warning", fixable: false, summary: "`lint-ignore` que ya no hace falta" },
  {
    id: "SC*",
    severity: "warning",
    fixable: false,
    summary: "ShellCheck (SC1000…SC9999), con la severidad que da ShellCheck",
  },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof rules)[number]["id"];

const byId = new Map<string, RuleInfo>(rules.map((r) => [r.id, r]));

/** The registry entry of a rule id; every ShellCheck code shares the `SC*` entry. */
export function ruleInfo(ruleId: string): RuleInfo | undefined {
  return byId.get(/^SC\d+$/.test(ruleId) ? "SC*" : ruleId);
}

/** The severity a rule reports with, from the registry, so the rules and the guide cannot disagree. */
export function severityOf(id: RuleId): Severity {
  return byId.get(id)!.severity;
}
