/**
 * What aula tells a teacher (build errors, the lint, the `aula` commands), in Spanish: the table the other
 * languages of these messages are typed against. Rule ids never change with the language.
 */
export const authorMessages = {
  "severity.error": "error",
  "severity.warning": "aviso",
  "severity.info": "info",
  "problems.heading": "Hay {count} {count|error|errores} en el contenido del curso:",
  "problems.unknownFile": "(desconocido)",
  "build.warningsInLessons":
    "{n} {n|aviso|avisos} en {files} {files|lección|lecciones}, más arriba con su archivo y su línea",
  "build.warningsInFiles":
    "{n} {n|aviso|avisos} en {files} {files|archivo|archivos}, más arriba con su archivo y su línea",
  "course.yaml": "No es YAML válido: {detail}",
  "course.yamlFix": "revisa las comillas, los dos puntos y la sangría de esa línea",
  "course.schemaFix": "mira la referencia de curso.yaml en la guía de aula",
  "course.unknownKey": "aula no usa la clave «{key}»: se ignora",
  "course.unknownKeyFix": "bórrala, o corrige su nombre{suggestion}",
  "course.didYouMean": ": ¿querías decir «{key}»?",
  "course.missing": "No hay configuración del curso; las unidades salen de las carpetas y el curso se llama «Curso»",
  "course.missingFix": "crea curso.yaml con «title», «url» y «units» (mira «Empezar» en la guía de aula)",
  "cli.usage": "Uso: aula <orden> [opciones]",
  "cli.about":
    "aula convierte un curso escrito en Markdown (content/) en un sitio web estático con búsqueda,\ncuestionarios y PDF. Las órdenes se ejecutan en la carpeta del curso.",
  "cli.commands": "Órdenes:",
  "cli.exitCodes":
    "«aula <orden> --help» explica cada una. Todas salen con 0 si terminaron bien, 1 si el curso tiene\nproblemas que corregir (cada uno en una línea, con su archivo y su línea) y 2 si la orden está mal\nescrita o algo falló.",
  "cli.unknownCommand": "aula: «{command}» no es una orden de aula.",
  "cli.didYouMean": " ¿Querías decir «aula {suggestion}»?",
  "cli.listHint": " «aula --help» las lista.",
  "cli.unknownKind": "aula {command}: «{kind}» no es un formato que aula conozca.",
  "cli.usageError": "aula {command}: {message}. «aula {command} --help» explica cómo se usa.",
  "cli.crashed": "aula {command} no pudo terminar: {message}",
  "cli.init.args": "[carpeta]",
  "cli.init": "crea un curso nuevo (en la carpeta actual si no se indica)",
  "cli.dev": "sirve el curso mientras escribes; recarga al guardar",
  "cli.build": "construye el sitio en dist/, con la búsqueda y los PDF",
  "cli.preview": "sirve el sitio ya construido",
  "cli.pdf": "genera los PDF del curso y de cada lección",
  "cli.lint.args": "[lección.md | carpeta]…",
  "cli.lint": "comprueba los bloques de código de las lecciones",
  "cli.importGift.args": "ARCHIVO.gift",
  "cli.importGift": "convierte un banco de preguntas GIFT en cuestionarios",
  "cli.images": "descarga las imágenes remotas de las lecciones",
  "lint.summary":
    "{errors} {errors|error|errores}, {warnings} {warnings|aviso|avisos} en {blocks} {blocks|bloque|bloques} de {lessons} {lessons|lección|lecciones}, {shellcheck} ({ms} ms)",
  "lint.withShellcheck": "con ShellCheck",
  "lint.withoutShellcheck": "sin ShellCheck",
  "lint.notInstalled": " (no está instalado)",
  "lint.tooManyWarnings": "Hay {warnings} {warnings|aviso|avisos} y --max-warnings permite {max}",
  "lint.dryRunWithoutFix": "--dry-run solo tiene sentido con --fix",
} as const;

export type AuthorMessageKey = keyof typeof authorMessages;
export type AuthorMessages = { readonly [K in AuthorMessageKey]: string };
