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

  // Diagramas (src/diagrams/)
  "diagram.source": "Código del diagrama",

  // Búsqueda (src/search/)

  // Impresión y PDF (src/print/)

  // Comprobación de bloques de código (scripts/lint-code-blocks.ts)
} as const;

export type StringKey = keyof typeof strings;

export function t(key: StringKey): string {
  return strings[key];
}
