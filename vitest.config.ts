import { defineConfig } from "vitest/config";

// Every package and app with tests is a project; `pnpm test` runs them all in one vitest run.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "apps/*/vitest.config.ts", "tooling/*/vitest.config.js"],
  },
});
