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
    name: "pdf",
    summary: "imprime a PDF el curso y cada lección",
    load: async () => (await import("./print/exporter.ts")).pdfExporter,
  },
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

/** The exporter of a format, loaded; `aula pdf` and `aula export <name>` both take theirs from here. */
export async function loadExporter(name: string) {
  const entry = exporters.find((e) => e.name === name);
  if (!entry) throw new Error(`no hay exportador «${name}»`);
  return entry.load();
}
