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
    ],
  },
});
