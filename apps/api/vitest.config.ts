import { integrationProject } from "@hearth/vitest-config";

// Browser tests walk a whole journey in Chromium; on a busy two-core machine one journey can take
// longer than the 30 s other integration tests get. This is a limit on a hung test, not a speed check.
export default integrationProject("api-server", { testTimeout: 120_000 });
