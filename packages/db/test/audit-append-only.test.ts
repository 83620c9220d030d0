import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../src";
import { createTestDatabase, type TestDatabase } from "../src/testing";
import { auditEvents } from "../src/schema";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.destroy());

describe("audit_events", () => {
  it("keeps what is written", async () => {
    await recordAudit(testDb.db, { action: "person.read", entityType: "person", ip: "127.0.0.1" });
    const rows = await testDb.db.select().from(auditEvents);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "person.read", outcome: "allowed" });
  });

  it.each([
    ["UPDATE", sql`update audit_events set action = 'tampered'`],
    ["DELETE", sql`delete from audit_events`],
    ["TRUNCATE", sql`truncate audit_events`],
  ])("refuses %s at the database level", async (op, statement) => {
    // drizzle wraps the server's error; the trigger's own message is its cause.
    await expect(testDb.db.execute(statement)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(`append-only: ${op} is not allowed`) },
    });
    const rows = await testDb.db.select().from(auditEvents);
    expect(rows.map((r) => r.action)).toEqual(["person.read"]);
  });
});
