import type { Exporter } from "./exporter.ts";

/** An export format as `aula --help` lists it; its module is loaded only when used. */
export interface ExporterEntry {
  name: string;
  summary: string;
  load: () => Promise<Exporter>;
}

/** Every export format, in the order `aula --help` lists them. Adding one is a module and a line here. */
export const exporters: ExporterEntry[] = [
  {
    name: "moodle",
    summary: "escribe los cuestionarios como banco de preguntas de Moodle",
    load: async () => (await import("./moodle/exporter.ts")).moodleExporter,
  },
  {
    name: "scorm",
    summary: "empaqueta el curso como SCORM 1.2 o 2004",
    load: async () => (await import("./scorm/exporter.ts")).scormExporter,
  },
  {
    name: "epub",
    summary: "escribe el curso como libro electrónico EPUB 3",
    load: async () => (await import("./epub/exporter.ts")).epubExporter,
  },
];
