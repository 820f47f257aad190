import type { VFile } from "vfile";
import { type ProblemCollector, problemsOf, relativeFilePath } from "../problems/report.ts";

/** Options for {@link rehypeCollectProblems}. */
export interface Options {
  problems: ProblemCollector;
}

/**
 * Last plugin of an `.mdx` lesson's chain: hands what the plugins reported on the file to the build's
 * collector, so the build fails once at the end listing them (Vite compiles MDX after the loader ran).
 */
export default function rehypeCollectProblems(options: Options) {
  return (_tree: unknown, file: VFile) => {
    options.problems.clearFile(relativeFilePath(file.path));
    for (const problem of problemsOf(file)) options.problems.add(problem);
  };
}
