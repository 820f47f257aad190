import type { VFile } from "vfile";
import type { LessonContext } from "./source.ts";

const registryKey = Symbol.for("aula.lessonContexts");
type GlobalWithRegistry = typeof globalThis & { [registryKey]?: Map<string, LessonContext> };
const registry = () => ((globalThis as GlobalWithRegistry)[registryKey] ??= new Map());

/** The loader tells, per lesson file, its id, unit and course; `.mdx` lessons are rendered later by Vite. */
export function rememberLessonContext(absolutePath: string, context: LessonContext): void {
  registry().set(absolutePath, context);
}

/**
 * First plugin of the pipeline: gives an `.mdx` file the context the loader remembered for it
 * (`.md` files already have it from the reader), so every plugin reads `file.data.aula`.
 */
export default function remarkLessonContext() {
  return (_tree: unknown, file: VFile) => {
    if (file.data.aula || !file.path) return;
    const context = registry().get(file.path);
    if (context) file.data.aula = context;
  };
}
