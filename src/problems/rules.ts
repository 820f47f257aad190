import type { Severity } from "./model.ts";

/** A rule the build or the lint can report: its default severity and what it checks, in one line. */
export interface RuleInfo {
  severity: Severity;
  description: string;
}

/** Every rule id the build and the lint emit (the README's rule table is checked against it). */
export const rules: Record<string, RuleInfo> = {
  "course/missing": { severity: "error", description: "Falta curso.yaml" },
  "course/yaml": { severity: "error", description: "curso.yaml no es YAML válido" },
  "course/schema": { severity: "error", description: "curso.yaml no tiene las claves esperadas" },
  "frontmatter/yaml": { severity: "error", description: "El front matter no es YAML válido" },
  "frontmatter/not-a-map": { severity: "error", description: "El front matter no es una lista de claves" },
  "frontmatter/duplicate-key": { severity: "warning", description: "Una clave del front matter está repetida" },
  "frontmatter/schema": { severity: "error", description: "Falta una clave obligatoria o su valor no es válido" },
  "frontmatter/unknown-unit": {
    severity: "error",
    description: "La lección es de una unidad que no está en curso.yaml",
  },
  "markdown/parse": { severity: "error", description: "La lección no se puede leer (MDX mal formado)" },
  "markdown/render": { severity: "error", description: "La lección no se puede convertir en HTML" },
  "liquid/unsupported": { severity: "warning", description: "Una etiqueta Liquid que no se procesa" },
  "image/missing": { severity: "warning", description: "Una imagen que no existe en public/" },
  "diagram/acc-title": { severity: "error", description: "Un diagrama sin título accesible (accTitle)" },
  "diagram/acc-descr": { severity: "warning", description: "Un diagrama sin descripción accesible (accDescr)" },
  "diagram/syntax": { severity: "error", description: "Un diagrama mermaid no válido" },
  "quiz/empty-question": { severity: "error", description: "Un cuestionario sin pregunta" },
  "quiz/invalid-id": { severity: "error", description: "Un identificador de cuestionario no válido" },
  "quiz/no-options": { severity: "error", description: "Un cuestionario sin opciones" },
  "quiz/unknown-marker": { severity: "error", description: "Una opción sin marca ( ), (x), [ ] o [x]" },
  "quiz/empty-option": { severity: "error", description: "Una opción vacía" },
  "quiz/mixed-markers": { severity: "error", description: "Opciones que mezclan ( ) y [ ]" },
  "quiz/no-correct-option": { severity: "error", description: "Un cuestionario sin opción correcta" },
  "quiz/several-correct-single": { severity: "error", description: "Varias opciones correctas con marcas ( )" },
  "quiz/duplicate-id": { severity: "error", description: "Dos cuestionarios con el mismo identificador" },
  "quiz/unexpected-content": { severity: "error", description: "<Quiz> con contenido que no es pregunta ni opciones" },
  "code/language": { severity: "error", description: "Un bloque de código con un lenguaje desconocido" },
  "shell/syntax": { severity: "error", description: "Un comando de shell mal formado" },
  "shell/unicode-dash": { severity: "error", description: "Una raya tipográfica donde van guiones" },
  "shell/unicode-quote": { severity: "error", description: "Comillas tipográficas en un comando" },
  "shell/capitalised-command": { severity: "warning", description: "Un comando que empieza en mayúscula" },
  "docker/unknown-subcommand": { severity: "error", description: "Un subcomando de docker que no existe" },
  "docker/unknown-flag": { severity: "error", description: "Una opción de docker que no existe" },
  "docker/missing-value": { severity: "error", description: "Una opción de docker sin su valor" },
  "dockerfile/invalid": { severity: "error", description: "Un Dockerfile que no se puede leer" },
  DL3000: { severity: "warning", description: "WORKDIR con ruta relativa" },
  DL3004: { severity: "warning", description: "sudo en un RUN" },
  DL3006: { severity: "error", description: "FROM sin etiqueta de versión" },
  DL3007: { severity: "error", description: "FROM con la etiqueta latest" },
  DL3009: { severity: "warning", description: "apt-get sin borrar sus listas" },
  DL3014: { severity: "error", description: "apt-get install sin -y" },
  DL3015: { severity: "warning", description: "apt-get install sin --no-install-recommends" },
  DL3020: { severity: "warning", description: "ADD donde basta COPY" },
  DL3025: { severity: "warning", description: "CMD/ENTRYPOINT sin forma JSON" },
  DL3027: { severity: "warning", description: "apt en lugar de apt-get" },
  DL4000: { severity: "warning", description: "MAINTAINER obsoleto" },
  "json/syntax": { severity: "error", description: "Un bloque JSON no válido" },
  "yaml/syntax": { severity: "error", description: "Un bloque YAML no válido" },
  "lint/suppression-reason": { severity: "error", description: "Un lint-ignore sin motivo" },
  "lint/unused-suppression": { severity: "warning", description: "Un lint-ignore que no apaga nada" },
  "SC*": { severity: "warning", description: "ShellCheck (SC1000…SC9999), con la severidad que da ShellCheck" },
};

/** The registry entry of a rule id; every ShellCheck code shares the `SC*` entry. */
export function ruleInfo(ruleId: string): RuleInfo | undefined {
  return rules[/^SC\d+$/.test(ruleId) ? "SC*" : ruleId];
}
