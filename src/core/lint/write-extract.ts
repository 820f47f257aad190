import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { blockKind } from "../text/languages.ts";
import type { CodeBlock } from "./model.ts";

/** One row of `manifest.json`. */
export interface ManifestEntry {
  /** Lesson file, as in findings. */
  lesson: string;
  /** Lesson-file line of the opening fence. */
  line: number;
  language: string;
  meta: string;
  /** Written file, relative to the extract folder. */
  file: string;
}

const extensions: Record<string, string> = {
  shell: "sh",
  console: "console",
  dockerfile: "dockerfile",
  json: "json",
  yaml: "yaml",
  mermaid: "mmd",
  none: "txt",
};

function extensionOf(block: CodeBlock): string {
  const kind = blockKind(block);
  if (kind !== "other") return extensions[kind];
  const lang = block.lang.toLowerCase().replace(/[^a-z0-9]/g, "");
  return lang === "text" || lang === "plaintext" || !lang ? "txt" : lang;
}

/**
 * Writes each block to `dir/<lesson>/<nn>.<ext>` and a `manifest.json`, so other tools can run or
 * check the blocks. `<lesson>` is the lesson path without its extension, below `stripPrefix`.
 */
export function writeExtract(dir: string, blocks: CodeBlock[], stripPrefix = ""): ManifestEntry[] {
  const manifest: ManifestEntry[] = [];
  for (const block of blocks) {
    const lesson = block.file.startsWith(stripPrefix) ? block.file.slice(stripPrefix.length) : block.file;
    const folder = lesson.replace(/\.(md|mdx)$/i, "");
    const name = `${String(block.index).padStart(2, "0")}.${extensionOf(block)}`;
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, name), block.value.endsWith("\n") ? block.value : `${block.value}\n`);
    manifest.push({
      lesson: block.file,
      line: block.line,
      language: block.lang,
      meta: block.meta,
      file: `${folder}/${name}`,
    });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
