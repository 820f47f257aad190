/** Every reader-facing text of the site. Components read them through `t()`. */
export const strings = {
  "site.skipToContent": "Saltar al contenido",
  "site.home": "Inicio",
  "site.footer": "Hecho con aula",
  "site.lessons": "Lecciones",
  "site.units": "Unidades",
  "site.lessonCount": "lecciones",
  "nav.menu": "Menú del curso",
  "nav.allUnits": "Todas las unidades",
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

  // Diagramas (src/diagrams/)
  "diagram.source": "Código del diagrama",

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
  "print.exercise": "Ejercicio",
  "print.answer": "Respuesta:",
  "print.answersMultiple": "Respuestas:",

  // Comprobación de bloques de código (scripts/lint-code-blocks.ts)
} as const;

export type StringKey = keyof typeof strings;

export function t(key: StringKey): string {
  return strings[key];
}
