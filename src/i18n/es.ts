/** Every reader-facing text of the site. Components read them through `t()`. */
export const strings = {
  "site.skipToContent": "Saltar al contenido",
  "site.home": "Inicio",
  "site.footer": "Hecho con aula",
  "site.lessons": "Lecciones",
  "site.units": "Unidades",
  "site.lessonCount": "lecciones",
  "nav.menu": "Menú del curso",
  "nav.previous": "Anterior",
  "nav.next": "Siguiente",
  "nav.pagination": "Navegación entre lecciones",
  "nav.sidebar": "Navegación del curso",
  "nav.currentPage": "Página actual",
  "toc.title": "En esta página",
  "toc.label": "Índice de la lección",
  "heading.anchor": "Enlace a esta sección",
  "theme.label": "Tema de color",
  "theme.auto": "Automático",
  "theme.light": "Claro",
  "theme.dark": "Oscuro",
  "code.copy": "Copiar",
  "code.copied": "Copiado",
  "code.copyLabel": "Copiar el código al portapapeles",
  "code.terminal": "Terminal",
  "figure.missing": "Figura no disponible",
  "figure.missingDetail": "La imagen original no se incluye en el curso.",
  "callout.info": "Información",
  "callout.hint": "Pista",
  "callout.task": "Tarea",
  "callout.reto": "Reto",
  "callout.warning": "Atención",
  "callout.alert": "Importante",
  "notFound.title": "Página no encontrada",
  "notFound.body": "La página que buscas no existe o ha cambiado de dirección.",
  "notFound.back": "Volver al inicio",
  "home.start": "Empezar",

  // Cuestionarios y progreso (src/quiz/)
  "quiz.label": "Pregunta",
  "quiz.hintSingle": "Elige una respuesta.",
  "quiz.hintMultiple": "Elige todas las respuestas correctas.",
  "quiz.check": "Comprobar",
  "quiz.retry": "Reintentar",
  "quiz.reveal": "Ver solución",
  "quiz.correctOption": "Correcta",
  "quiz.wrongOption": "Incorrecta",
  "quiz.missedOption": "También era correcta",
  "quiz.feedbackCorrect": "✓ ¡Correcto!",
  "quiz.feedbackWrong": "✗ Incorrecto. Lee la explicación, o pulsa «Reintentar».",
  "quiz.feedbackPartial": "◐ Casi: has marcado {hits} de {total} respuestas correctas y {wrong} incorrectas.",
  "quiz.feedbackEmpty": "Elige una respuesta antes de comprobar.",
  "quiz.feedbackRevealed": "Solución: las respuestas correctas están marcadas.",
  "quiz.summary": "Cuestionarios de esta página: {correct} de {total} correctas.",
  "quiz.summaryLink": "Ver «Mi progreso»",
  "progress.link": "Mi progreso",
  "progress.title": "Mi progreso",
  "progress.intro":
    "Tus respuestas a los cuestionarios se guardan solo en este navegador. Puedes exportarlas a un archivo para llevarlas a otro.",
  "progress.noScript": "Activa JavaScript para ver y gestionar tu progreso.",
  "progress.empty": "Este curso aún no tiene cuestionarios.",
  "progress.total": "Total: {correct} de {total} correctas · {answered} respondidas.",
  "progress.lessonScore": "{correct} de {total} correctas",
  "progress.questions": "preguntas",
  "progress.statusCorrect": "✓ Correcta",
  "progress.statusWrong": "✗ Incorrecta",
  "progress.statusRevealed": "◌ Solución vista",
  "progress.statusPending": "– Sin responder",
  "progress.resetLesson": "Reiniciar esta lección",
  "progress.resetAll": "Reiniciar todo",
  "progress.confirmResetAll": "¿Borrar todas tus respuestas de este curso? No se puede deshacer.",
  "progress.export": "Exportar progreso",
  "progress.import": "Importar progreso",
  "progress.exported": "Progreso exportado como {file}.",
  "progress.imported": "Progreso importado: {count} respuestas.",
  "progress.importInvalid": "Ese archivo no es un progreso de aula válido; tu progreso no ha cambiado.",
  "progress.resetDone": "Progreso borrado.",
  "progress.storageUnavailable":
    "Este navegador no deja guardar datos (modo privado o sin espacio): el progreso durará solo mientras la página esté abierta.",

  // Diagramas (src/diagrams/)

  // Búsqueda (src/search/)

  // Impresión y PDF (src/print/)

  // Comprobación de bloques de código (scripts/lint-code-blocks.ts)
} as const;

export type StringKey = keyof typeof strings;

export function t(key: StringKey): string {
  return strings[key];
}
