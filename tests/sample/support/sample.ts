import { beforeAll, inject } from "vitest";

/** Fails every test of the file with one clear line when content/ is not the sample course. */
export function requireSampleCourse() {
  beforeAll(() => {
    const reason = inject("notSample");
    if (reason) throw new Error(reason);
  });
}
