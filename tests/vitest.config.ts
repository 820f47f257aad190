import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          root: "tests",
          include: ["unit/**/*.test.ts"],
          // Some plugin tests start Chromium or render a whole lesson; a busy 2-core machine needs the room.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          root: "tests",
          include: ["e2e/**/*.test.ts"],
          globalSetup: ["e2e/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
      {
        // The sample course in content/ is right: the seed chapter is all there, its search table holds.
        // The engine's tests above build tests/fixtures/ courses, so a teacher's own content/ leaves them green.
        test: {
          name: "sample",
          root: "tests",
          include: ["sample/**/*.test.ts"],
          globalSetup: ["sample/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // aula's guide (docs/) is a course too: built with npm run guide under a Pages base, then read in Chromium.
        test: {
          name: "guide",
          root: "tests",
          include: ["guide/**/*.test.ts"],
          globalSetup: ["guide/support/global-setup.ts"],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
