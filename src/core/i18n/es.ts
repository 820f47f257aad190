/** The language of these texts: the table every other language is typed against. */
export const language = "es";

/**
 * Every reader-facing text of the site, in Spanish. Components read the course's language through a
 * {@link Translator} (`./index.ts`); the other languages are `./<lang>.ts`, typed against this table.
 */
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
  "nav.unitIndex": "Todas las lecciones del tema ({count})",
  "nav.pages": "Páginas del curso",
  "nav.pagesFooter": "Más páginas del curso",
  "unit.lessons": "Lecciones",
  "unit.previous": "Unidad anterior",
  "unit.next": "Unidad siguiente",
  "toc.title": "En esta página",
  "toc.label": "Índice de la lección",
  "toc.top": "Volver arriba",
  "toc.skipToQuiz": "Saltar a las preguntas",
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
  "video.fromSite": "Vídeo de {site}",
  "embed.open": "Abrir el contenido incrustado",
  "callout.info": "Información",
  "callout.hint": "Pista",
  "callout.task": "Tarea",
  "callout.reto": "Reto",
  "callout.warning": "Atención",
  "callout.alert": "Importante",
  "notFound.title": "Página no encontrada",
  "redirect.title": "Esta lección tiene una dirección nueva",
  "redirect.text": "Esta lección tiene una dirección nueva:",
  "notFound.body": "La página que buscas no existe o ha cambiado de dirección.",
  "notFound.back": "Volver al inicio",
  "notFound.search": "Buscar en el curso",
  "notFound.lessons": "Lecciones del curso",
  "home.start": "Empezar",
  "home.continue": "Continuar: {lesson}",
  "home.lessonProgress":
    "{answered} de {total} {total|respondida|respondidas} · {correct} {correct|correcta|correctas}",
  "home.lessonProgressLabel": "Tus respuestas:",

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
  "quiz.hintShort": "Escribe la respuesta.",
  "quiz.hintShortExact": "Escribe la respuesta; cuentan las mayúsculas y las tildes.",
  "quiz.hintNumeric": "Escribe un número.",
  "quiz.hintNumericDecimals": "Escribe un número; los decimales, con coma o con punto.",
  "quiz.hintCloze": "Escribe en cada hueco lo que falta.",
  "quiz.hintClozeExact": "Escribe en cada hueco lo que falta; cuentan las mayúsculas y las tildes.",
  "quiz.clozeLegend": "Completa el texto.",
  "quiz.answerLabel": "Tu respuesta",
  "quiz.blankLabel": "Hueco {n}",
  "quiz.numericRange": "entre {min} y {max}",
  "quiz.feedbackEmptyTyped": "Escribe una respuesta antes de comprobar.",
  "quiz.feedbackNotANumber": "Escribe solo un número, por ejemplo {example}.",
  "quiz.feedbackNotANumberPlain": "Escribe solo un número.",
  "quiz.feedbackPartialBlanks":
    "◐ Casi: {hits} de {total} {total|hueco está bien|huecos están bien} (marcados con ✓). Pulsa «Reintentar» para probar otra vez, o «Ver solución».",
  "quiz.feedbackRevealedTyped": "Solución: la respuesta correcta está escrita en su sitio.",
  "quiz.lmsOffline":
    "Las puntuaciones no se están enviando al aula virtual: tus respuestas se guardan solo en este navegador.",
  "quiz.lmsFull":
    "Las puntuaciones se envían, pero algunas respuestas no caben en el aula virtual y se guardan solo en este navegador.",
  "quiz.summary": "Cuestionarios de esta página: {correct} de {total} {total|correcta|correctas}.",
  "quiz.summaryLink": "Ver «Mi progreso»",
  "quiz.tip": "Ver pista",
  "quiz.tipLabel": "Pista:",
  "quiz.hintOrdering": "Ordena los elementos, del primero al último.",
  "quiz.moveUp": "Subir",
  "quiz.moveDown": "Bajar",
  "quiz.orderMoved": "«{item}», ahora en el lugar {place} de {total}.",
  "quiz.orderPlace": "En su lugar",
  "quiz.orderMisplaced": "Fuera de su lugar",
  "quiz.feedbackOrderPartial":
    "◐ Casi: {hits} de {total} {total|elemento está|elementos están} en su lugar. Pulsa «Reintentar» para probar otra vez, o «Ver solución».",
  "quiz.hintMatching": "Elige la pareja de cada elemento.",
  "quiz.printOrdering": "En papel: escribe en cada casilla el lugar del elemento (1, 2, 3…).",
  "quiz.printMatching": "En papel: escribe en cada línea la letra de su pareja.",
  "quiz.matchingChoose": "Elige…",
  "quiz.matchingRight": "Pareja correcta",
  "quiz.matchingWrong": "Pareja incorrecta",
  "quiz.matchingSpare": "Sobran:",
  "quiz.feedbackPairsPartial":
    "◐ Casi: {hits} de {total} {total|pareja está bien|parejas están bien}. Pulsa «Reintentar» para probar otra vez, o «Ver solución».",
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
  "diagram.zoomIn": "Acercar",
  "diagram.zoomOut": "Alejar",
  "diagram.zoomFit": "Ver entero",
  "diagram.zoomHint": "Pellizca o pulsa + y − para acercar, 0 para verlo entero; arrastra para moverte.",

  // Búsqueda (src/search/)
  "search.button": "Buscar",
  "search.dialogLabel": "Buscar en el curso",
  "search.inputLabel": "Buscar en el curso",
  "search.placeholder": "Ej.: docker run, hipervisor",
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
  "search.keyClose": "cerrar",
  "search.keySearch": "buscar",
  "search.moreSections": "Otras secciones de esta lección",
  "search.close": "Cerrar",
  "search.noticeTitle": "Búsqueda no disponible todavía",
  "search.notBuilt":
    "El índice de búsqueda se crea al compilar el sitio. Con «npm run dev» no hay índice: ejecuta «npm run build» y después «npm run preview» para probar la búsqueda.",

  // Impresión y PDF (src/print/)
  "print.download": "Descargar PDF",
  "print.devTitle": "Los PDF se hacen al compilar",
  "print.devBody":
    "Con «npm run dev» no se generan los PDF, para que la vista previa sea rápida. Ejecuta «npm run build» y después «npm run preview»: los enlaces «Descargar PDF» darán el PDF de cada lección y el del curso completo.",
  "print.devBack": "Volver a la página anterior",
  // Servidor de desarrollo (npm run dev): errores de la lección en su página
  "dev.errorsTitle": "Esta lección tiene errores",
  "dev.errorsHint":
    "Corrígelos y guarda el archivo: la página se actualiza sola. «npm run build» no publica el curso mientras haya errores.",
  "print.downloadCourse": "Descargar el curso completo en PDF",
  "print.toc": "Índice",
  "print.page": "Página",
  "print.of": "de",
  "print.onlineAt": "Versión web:",
  "print.answers": "Solucionario",
  "epub.cover": "Cubierta",
  "epub.landmarks": "Puntos de referencia",
  "epub.start": "Comienzo",
  "epub.blank": "(hueco)",
  "epub.remoteImage": "Imagen no incluida:",
  "epub.video": "Vídeo:",
  "epub.accessibility":
    "Texto estructurado con encabezados, índice navegable y textos alternativos en las imágenes y diagramas. Las preguntas se muestran en forma impresa y sus respuestas están en el solucionario al final.",
  "offline.title": "Usar el curso sin conexión",
  "offline.intro":
    "Guarda las lecciones, sus diagramas e imágenes y la búsqueda en este dispositivo para leerlas sin Internet.",
  "offline.save": "Guardar el curso para usarlo sin conexión",
  "offline.size": "Ocupa {size}.",
  "offline.saving": "Guardando… {done} de {total} archivos",
  "offline.saved": "El curso está guardado: puedes usarlo sin conexión.",
  "offline.failed":
    "No se pudo guardar todo ({failed} {failed|archivo|archivos}). Comprueba la conexión y vuelve a intentarlo.",
  "offline.remove": "Borrar la copia sin conexión",
  "offline.removed": "Copia sin conexión borrada. Las lecciones que abras se guardarán de nuevo.",
  "offline.lessonsHeading": "Lecciones disponibles sin conexión",
  "offline.lessons": "Lecciones disponibles sin conexión: {count} de {total}",
  "offline.available": "disponible sin conexión",
  "offline.notice": "Sin conexión",
  "offline.noticeDetail": "Puedes seguir con las lecciones guardadas.",
  "offline.update": "Hay una versión nueva del curso.",
  "offline.reload": "Recargar",
  "offline.pageTitle": "Esta página no está guardada",
  "offline.pageBody":
    "No hay conexión y esta página no se guardó en este dispositivo. Estas lecciones sí están disponibles:",
  "offline.pageNone":
    "Todavía no hay lecciones guardadas. Cuando vuelvas a tener conexión, usa «Guardar el curso para usarlo sin conexión» en la página de inicio.",
  "offline.pageRetry": "Volver a intentarlo",
  "print.answer": "Respuesta:",
  "print.answersMultiple": "Respuestas:",
  "print.spare": "no es pareja de ninguno",
  "slides.present": "Presentar",
  "slides.presentLabel": "Presentar esta lección como diapositivas",
  "slides.pageTitle": "Diapositivas: {title}",
  "slides.toolbar": "Diapositivas",
  "slides.backToLesson": "Volver a la lección",
  "slides.continued": "(continuación)",
  "slides.speakerView": "Vista del ponente",
  "slides.notes": "Notas",
  "slides.noNotes": "Esta diapositiva no tiene notas.",
  "slides.next": "Siguiente diapositiva",
  "slides.end": "Fin de la presentación",
  "slides.timer": "Tiempo",
  "slides.timerReset": "Reiniciar",
  "slides.timerPause": "Pausar",
  "slides.timerResume": "Seguir",
  "slides.previous": "Diapositiva anterior",
  "slides.forward": "Diapositiva siguiente",
} as const;

export type StringKey = keyof typeof strings;

/** A whole table of texts in one language: every key of the Spanish table. */
export type Messages = { readonly [K in StringKey]: string };

/** A language aula's pages can be in: one file `./<code>.ts` each, listed once in `./languages.ts`. */
export type LanguagePack =
  | {
      /** The BCP 47 tag, as `<html lang>` and `curso.yaml`'s `lang:` write it. */
      code: string;
      /** The language's name in itself, for a language picker. */
      name: string;
      messages: Messages;
    }
  | {
      code: string;
      name: string;
      /** A variant names the language it differs from, and holds only the texts that differ. */
      fallback: string;
      messages: Partial<Messages>;
    };

const spanish: LanguagePack = { code: language, name: "Español", messages: strings };
export default spanish;
