import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

// Lints fixture text with each package's real eslint.config.js, as if it were a file inside that
// package, so this fails if the boundary rule is dropped from the shared config or a package's.
// Type-aware rules are switched off: a fixture is not in any tsconfig, and they are not under test.
const root = fileURLToPath(new URL("../../../", import.meta.url));

async function boundaryErrors(file, code) {
  const folder = file.split("/").slice(0, 2).join("/");
  const eslint = new ESLint({ cwd: `${root}${folder}`, overrideConfig: tseslint.configs.disableTypeChecked });
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return result.messages.filter((m) => m.ruleId === "hearth/import-boundaries").map((m) => m.message);
}

describe("import boundaries", () => {
  it("packages/domain imports only zod", async () => {
    expect(await boundaryErrors("packages/domain/src/fixture.ts", 'import { createDb } from "@hearth/db";\nexport const x = createDb;\n')).toEqual([
      expect.stringContaining("packages/domain imports only zod"),
    ]);
    expect(await boundaryErrors("packages/domain/src/fixture.ts", 'import { sql } from "drizzle-orm";\nexport const x = sql;\n')).toHaveLength(1);
    expect(
      await boundaryErrors("packages/domain/src/fixture.ts", 'import { z } from "zod";\nimport { y } from "./other";\nexport const x = [z, y];\n'),
    ).toEqual([]);
  });

  it("an app never imports another app, by name or by path", async () => {
    expect(
      await boundaryErrors("apps/lcss-portal/src/fixture.ts", 'import { startWorker } from "@hearth/worker/start";\nexport const x = startWorker;\n'),
    ).toEqual([expect.stringContaining("Nothing imports an app: apps/worker")]);
    expect(await boundaryErrors("apps/lcss-portal/src/fixture.ts", 'export { App } from "../../fss-casework/src/app";\n')).toEqual([
      expect.stringContaining("apps/fss-casework is an app"),
    ]);
  });

  it("a package never imports an app", async () => {
    expect(
      await boundaryErrors("packages/api/src/fixture.ts", 'import { startApi } from "@hearth/api-server/start";\nexport const x = startApi;\n'),
    ).toEqual([expect.stringContaining("Nothing imports an app: apps/api")]);
  });

  it("the browser side sees the API only as types, and never the database", async () => {
    expect(
      await boundaryErrors("apps/lcss-portal/src/fixture.ts", 'import type { AppRouter } from "@hearth/api";\nexport type X = AppRouter;\n'),
    ).toEqual([]);
    expect(
      await boundaryErrors("apps/lcss-portal/src/fixture.ts", 'import { appRouter } from "@hearth/api";\nexport const x = appRouter;\n'),
    ).toEqual([expect.stringContaining("only types")]);
    expect(await boundaryErrors("packages/ui/src/fixture.ts", 'import { createDb } from "@hearth/db";\nexport const x = createDb;\n')).toEqual([
      expect.stringContaining("never imports packages/db"),
    ]);
  });
});
