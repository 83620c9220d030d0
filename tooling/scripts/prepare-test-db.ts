// Run once before the whole suite: clear databases that killed runs left behind, then build the
// template that every test file copies. Vitest's global setup re-checks it, so a single project
// run (`pnpm --filter @hearth/api test`) works without this step.
import { dropStaleTestDatabases, ensureTemplateDatabase } from "@hearth/db/testing";

await dropStaleTestDatabases();
await ensureTemplateDatabase();
