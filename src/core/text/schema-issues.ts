import type { z } from "zod";

/**
 * The one place where a Zod issue becomes Spanish for an author (curso.yaml, front matter): the key as they
 * wrote it, what is wrong, and the value found. Zod's own English («Invalid input: expected array…») never
 * reaches a teacher.
 */
export function describeSchemaIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const key = keyName(issue.path);
  const value = valueAt(input, issue.path);
  // A check of our own words its message whole (`lang:`, `strings:` in curso.yaml).
  if (issue.code === "custom" && issue.message) return `La clave «${key}» no es válida: ${issue.message}`;
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined || value === null)
        return key ? `Falta la clave obligatoria «${key}»` : "El archivo está vacío";
      return `${subject(key)} no es válida (valor: ${shown(value)}): debe ser ${typeNames[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (typeof value === "string" || value === undefined) return `${subject(key)} está vacía`;
      if (Array.isArray(value)) return `${subject(key)} necesita al menos ${String(issue.minimum)} elementos`;
      return `${subject(key)} debe ser como mínimo ${String(issue.minimum)} (valor: ${shown(value)})`;
    case "too_big":
      return `${subject(key)} debe ser como máximo ${String(issue.maximum)} (valor: ${shown(value)})`;
    case "invalid_format":
      if (issue.format === "url") return `${subject(key)} no es una dirección web (valor: ${shown(value)})`;
      if (issue.format === "regex")
        return `${subject(key)} solo admite minúsculas, cifras y guiones (valor: ${shown(value)})`;
      return `${subject(key)} no tiene el formato esperado (valor: ${shown(value)})`;
    case "unrecognized_keys":
      return `${issue.keys.length === 1 ? "Clave desconocida" : "Claves desconocidas"} ${issue.keys
        .map((k) => `«${[key, k].filter(Boolean).join(".")}»`)
        .join(", ")}`;
    case "invalid_value":
      return `${subject(key)} debe ser ${issue.values.map((v) => shown(v)).join(" o ")} (valor: ${shown(value)})`;
    default:
      return `${subject(key)} no es válida (valor: ${shown(value)})`;
  }
}

const typeNames: Record<string, string> = {
  string: "un texto",
  number: "un número",
  boolean: "true o false",
  array: "una lista («- …» en cada línea)",
  object: "una lista de claves («clave: valor»)",
};

/** `["units", 0, "id"]` → `units[1].id`: list items are counted from 1, as a person counts them. */
export function keyName(path: readonly PropertyKey[]): string {
  let name = "";
  for (const part of path) {
    if (typeof part === "number") name += `[${part + 1}]`;
    else name += name ? `.${String(part)}` : String(part);
  }
  return name;
}

function subject(key: string): string {
  return key ? `La clave «${key}»` : "El archivo";
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function shown(value: unknown): string {
  if (value === undefined) return "ninguno";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
