import type { CourseManifest } from "../core/manifest/model.ts";

/** What an exporter gets besides the manifest: the course folder, its own arguments and where to write lines. */
export interface ExportContext {
  /** The course folder: `exports/` is written under it. */
  root: string;
  /** Arguments after `aula export <format>`. */
  argv: string[];
  env: NodeJS.ProcessEnv;
  /** What was written, and how big. */
  log: (line: string) => void;
  /** One line (`aviso  …`) per thing the export leaves out or lacks. */
  warn: (line: string) => void;
}

export interface ExportOutcome {
  /** The files written. None: there was nothing to export, and the exporter said why. */
  written: string[];
}

/**
 * One export format: a module behind this interface, listed in `registry.ts`. It reads the course from the
 * manifest of the last build (`src/core/manifest/`) and, when it says so, the built site's files: it never
 * builds, parses lessons or reads the course back out of HTML.
 */
export interface Exporter {
  /** `aula export <name>`, `npm run export:<name>`. */
  name: string;
  /** `--help` text, Spanish, starting `Uso: aula export <name>`. */
  usage: string;
  /** What it reads besides the manifest: the built site's files, and whether the course's PDFs should be built. */
  needs: { site: boolean; pdfs: "no" | "optional" };
  export(manifest: CourseManifest, context: ExportContext): ExportOutcome | Promise<ExportOutcome>;
}

/** A wrong option for an exporter: the command prints it with a pointer to `--help` and exits 2. */
export class ExportUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportUsageError";
    this.stack = "";
  }
}

/** A failure with a clear cause (no built site, a script the package cannot carry): one line, exit 1. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportError";
    this.stack = "";
  }
}
