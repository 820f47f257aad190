import type { VFile } from "vfile";
import type { LessonContext } from "./source.ts";

/** Options for {@link remarkLessonContext}. */
export interface Options {
  /** Per lesson file, its id, unit and course, as the loader read them. */
  contexts: ReadonlyMap<string, LessonContext>;
}

/**
 * First plugin of the pipeline: gives an `.mdx` file the context the loader found for it
 * (`.md` files already have it from the reader), so every plugin reads `file.data.aula`.
 */
export default function remarkLessonContext(options: Options) {
  return (_tree: unknown, file: VFile) => {
    if (file.data.aula || !file.path) return;
    const context = options.contexts.get(file.path);
    if (context) file.data.aula = context;
  };
}
