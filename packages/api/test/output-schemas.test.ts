import { describe, expect, it } from "vitest";
import { appRouter } from "../src/root";

/**
 * Every procedure declares what it answers with (docs/adding-a-service-area.md): an output schema
 * strips whatever a use case returns beyond it, so a field nobody meant to send (a person's id on
 * a restriction, a staff member's password hash from a wide select) never reaches a browser.
 */
describe("output schemas", () => {
  it("every procedure declares .output()", () => {
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { output?: unknown } }>;
    const without = Object.entries(procedures)
      .filter(([, procedure]) => procedure._def.output === undefined)
      .map(([name]) => name);
    expect(without).toEqual([]);
  });
});
