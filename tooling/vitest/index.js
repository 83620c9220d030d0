import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

// Plain JavaScript: config files import this package through Node itself, which cannot load .ts.
// Referenced by path, not as a dependency: @hearth/db itself uses these presets for its tests.
const globalSetup = fileURLToPath(new URL("../../packages/db/src/testing/global-setup.ts", import.meta.url));
const include = ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"];

/** Pure unit tests: no services. */
export function unitProject(name, extra = {}) {
  return defineProject({ test: { name, include, ...extra } });
}

/**
 * Tests against real PostgreSQL (and Redis where they need it). Each file makes its own database
 * from the template, so files run in parallel without sharing state.
 */
export function integrationProject(name, extra = {}) {
  return defineProject({
    test: { name, include, globalSetup: [globalSetup], testTimeout: 30_000, hookTimeout: 60_000, ...extra },
  });
}
