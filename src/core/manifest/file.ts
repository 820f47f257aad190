import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { outputFolderName } from "../build/up-to-date.ts";
import { type CourseManifest, manifestSchema, manifestVersion } from "./model.ts";

/** The manifest of the site built into `outDir`: with the project's caches, outside what gets published. */
export function manifestPath(root: string, outDir: string): string {
  return join(root, ".aula", "manifest", `${outputFolderName(root, outDir)}.json`);
}

/** A manifest that is missing, unreadable or from another version of aula: the message says what to run. */
export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ManifestError";
    this.stack = "";
  }
}

/** Written whole or not at all: an export never reads half a manifest. */
export function writeManifest(path: string, manifest: CourseManifest): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(manifest)}\n`);
  renameSync(partial, path);
}

export function removeManifest(path: string): void {
  rmSync(path, { force: true });
}

const rebuild = "vuelve a ejecutar «npm run build»";

/** Reads and checks the manifest; fails with one clear line (never a stack trace) when it cannot be used. */
export function readManifest(path: string, root = process.cwd()): CourseManifest {
  const shown = relative(root, path) || path;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new ManifestError(
      missing
        ? `no hay manifiesto del curso (${shown}): el sitio no está construido; ejecuta «npm run build»`
        : `el manifiesto del curso (${shown}) no se puede leer: ${rebuild}`,
    );
  }
  const version = (data as { version?: unknown } | null)?.version;
  if ((data as { format?: unknown } | null)?.format !== "aula-manifest" || version !== manifestVersion)
    throw new ManifestError(
      `el manifiesto del curso (${shown}) es de otra versión de aula (formato ${String(version)}, se espera ${manifestVersion}): ${rebuild}`,
    );
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ManifestError(
      `el manifiesto del curso (${shown}) no es válido (${issue?.path.join(".") ?? ""}: ${issue?.message ?? ""}): ${rebuild}`,
    );
  }
  return parsed.data;
}
