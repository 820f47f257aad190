import type { Severity } from "../model.ts";

/** One rule of the code-block checker: its id, how bad it is, and whether `--fix` repairs it. */
export interface LintRuleInfo {
  id: string;
  /** Errors break a student's copy and paste; warnings are style and good practice; info is a reminder. */
  severity: Severity;
  /** `npm run lint:code -- --fix` rewrites the lesson so the finding goes away. */
  fixable: boolean;
  /** What it finds, in Spanish, for the README table. */
  summary: string;
}

/** Every rule the checker can report (ShellCheck's SCxxxx keep ShellCheck's own levels). */
export const lintRuleCatalog = [
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
    summary: "El lenguaje del bloque no es lo que contiene (HTTP en `bash`, órdenes en `dockerfile`)",
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
  { id: "mermaid/acc-title", severity: "warning", fixable: false, summary: "Diagrama sin título accesible" },
  { id: "markdown/parse", severity: "error", fixable: false, summary: "Lección que no se puede leer" },
  { id: "lint/suppression-reason", severity: "error", fixable: false, summary: "`lint-ignore` sin motivo" },
  { id: "lint/unused-suppression", severity: "warning", fixable: false, summary: "`lint-ignore` que ya no hace falta" },
] as const satisfies readonly LintRuleInfo[];

export type LintRuleId = (typeof lintRuleCatalog)[number]["id"];

const byId = new Map<string, LintRuleInfo>(lintRuleCatalog.map((r) => [r.id, r]));

/** The severity a rule reports with, from the catalog, so rules and README cannot disagree. */
export function severityOf(id: LintRuleId): Severity {
  return byId.get(id)!.severity;
}

export function ruleInfo(id: string): LintRuleInfo | undefined {
  return byId.get(id);
}
