/** Every reader-facing text of the site. Components read them through `t()`. */
export const strings = {
  "site.skipToContent": "Saltar al contenido",
  "site.home": "Inicio",
  "site.footer": "Hecho con aula",
  "site.units": "Unidades",
  "nav.menu": "Menú del curso",
  "nav.allUnits": "Todas las unidades",
  "nav.previous": "Anterior",
  "nav.next": "Siguiente",
  "nav.pagination": "Navegación entre lecciones",
  "nav.sidebar": "Navegación del curso",
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
  "figure.original": "Ver la imagen original",
  "figure.newTab": "(se abre en una pestaña nueva)",
  "course.untitled": "Curso",
  "video.play": "Ver el vídeo",
  "video.watchOn": "Verlo en {site}",
  "video.untitled": "Vídeo",
  "embed.open": "Abrir el contenido incrustado",
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
  "home.continue": "Continuar: {lesson}",
  "home.lessonProgress": "{answered} de {total}",
  "home.lessonProgressLabel": "Preguntas respondidas:",

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
  "quiz.feedbackWrong": "✗ Incorrecto. Pulsa «Reintentar» para probar otra vez, o «Ver solución».",
  "quiz.feedbackPartial":
    "◐ Casi: has marcado {hits} de {total} {total|respuesta correcta|respuestas correctas} y {wrong} {wrong|incorrecta|incorrectas}.",
  "quiz.feedbackEmpty": "Elige una respuesta antes de comprobar.",
  "quiz.feedbackRevealed": "Solución: las respuestas correctas están marcadas.",
  "quiz.summary": "Cuestionarios de esta página: {correct} de {total} {total|correcta|correctas}.",
  "quiz.summaryLink": "Ver «Mi progreso»",
  "progress.link": "Mi progreso",
  "progress.title": "Mi progreso",
  "progress.intro":
    "Tus respuestas a los cuestionarios se guardan solo en este navegador. Puedes exportarlas a un archivo para llevarlas a otro.",
  "progress.noScript": "Activa JavaScript para ver y gestionar tu progreso.",
  "progress.empty": "Este curso aún no tiene cuestionarios.",
  "progress.total":
    "Total: {correct} de {total} {total|correcta|correctas} · {answered} {answered|respondida|respondidas}.",
  "progress.lessonScore": "{correct} de {total} {total|correcta|correctas}",
  "progress.questions": "{count} {count|pregunta|preguntas}",
  "progress.statusCorrect": "✓ Correcta",
  "progress.statusWrong": "✗ Intentada, sin acertar",
  "progress.statusRevealed": "◌ Solución vista",
  "progress.statusPending": "– Sin responder",
  "progress.resetLesson": "Reiniciar esta lección",
  "progress.resetAll": "Reiniciar todo",
  "progress.confirmResetAll": "¿Borrar todas tus respuestas de este curso? No se puede deshacer.",
  "progress.confirmResetLesson": "¿Borrar tus respuestas de «{lesson}»? No se puede deshacer.",
  "progress.export": "Exportar progreso",
  "progress.import": "Importar progreso",
  "progress.exported": "Progreso exportado como {file}.",
  "progress.imported": "Progreso importado: {count} {count|respuesta|respuestas}.",
  "progress.importInvalid": "Ese archivo no es un progreso de aula válido; tu progreso no ha cambiado.",
  "progress.resetDone": "Progreso borrado.",
  "progress.storageUnavailable":
    "Este navegador no deja guardar datos (modo privado o sin espacio): el progreso durará solo mientras la página esté abierta.",

  // Diagramas (src/diagrams/)
  "diagram.source": "Código del diagrama",
  "diagram.frame": "Diagrama: {title}",
  "diagram.zoom": "Ampliar",
  "diagram.zoomTitle": "Diagrama ampliado",
  "diagram.close": "Cerrar",

  // Búsqueda (src/search/)
  "search.button": "Buscar",
  "search.dialogLabel": "Buscar en el curso",
  "search.inputLabel": "Buscar en el curso",
  "search.placeholder": "Un comando o una idea: docker exec, hipervisor…",
  "search.inputHint": "Los resultados aparecen mientras escribes",
  "search.clear": "Borrar",
  "search.resultsLabel": "Resultados de la búsqueda",
  "search.searching": "Buscando «[SEARCH_TERM]»…",
  "search.zeroResults": "Nada encontrado para «[SEARCH_TERM]»",
  "search.oneResult": "1 lección con «[SEARCH_TERM]»",
  "search.manyResults": "[COUNT] lecciones con «[SEARCH_TERM]»",
  "search.loading": "Cargando",
  "search.error": "No se pudo cargar la búsqueda",
  "search.keyNavigate": "moverse",
  "search.keySelect": "abrir",
  "search.keyClear": "borrar",
  "search.keyClose": "cerrar",
  "search.keySearch": "buscar",
  "search.moreSections": "Otras secciones de esta lección",
  "search.close": "Cerrar",
  "search.noticeTitle": "Búsqueda no disponible todavía",
  "search.notBuilt":
    "El índice de búsqueda se crea al compilar el sitio. Con «npm run dev» no hay índice: ejecuta «npm run build» y después «npm run preview» para probar la búsqueda.",

  // Impresión y PDF (src/print/)
  "print.download": "Descargar PDF",
  "print.downloadCourse": "Descargar el curso completo en PDF",
  "print.toc": "Índice",
  "print.page": "Página",
  "print.of": "de",
  "print.onlineAt": "Versión web:",
  "print.answers": "Solucionario",
  "print.answer": "Respuesta:",
  "print.answersMultiple": "Respuestas:",
} as const;

export type StringKey = keyof typeof strings;

export function t(key: StringKey): string {
  return strings[key];
}

let rules: Intl.PluralRules | undefined;

/** The Spanish form for a count: `plural(1, "pregunta", "preguntas")` is «pregunta». */
export function plural(count: number, one: string, other: string): string {
  rules ??= new Intl.PluralRules("es");
  return rules.select(count) === "one" ? one : other;
}

/**
 * Fills a text's placeholders: `{name}` is the value, `{name|one|other}` the form of a word for that
 * count («{n} {n|pregunta|preguntas}»). Unknown names stay as written.
 */
export function format(template: string, values: { [name: string]: string | number }): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (all, name: string, one?: string, other?: string) => {
    const value = values[name];
    if (value === undefined) return all;
    return one === undefined ? String(value) : plural(Number(value), one, other ?? "");
  });
}
