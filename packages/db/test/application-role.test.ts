import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, seed, type DbHandle } from "../src";
import { adminUrl, createTestDatabase, type TestDatabase } from "../src/testing";

// A role of the test run's own, so parallel runs never share one; roles belong to the whole server.
const role = `hearth_app_test_${randomBytes(4).toString("hex")}`;
let owner: TestDatabase;
let app: postgres.Sql;

function urlAs(user: string, database: string): string {
  const url = new URL(adminUrl());
  url.username = user;
  url.password = "";
  url.pathname = `/${database}`;
  return url.toString();
}

beforeAll(async () => {
  owner = await createTestDatabase({ max: 1 });
  await owner.db.execute(sql.raw(`create role "${role}" login`));
  // As deployed: the migrator runs as the owner and grants the application's role its privileges.
  const split: DbHandle = createDb({ url: urlAs(role, owner.name), migrationUrl: owner.url, max: 1 });
  await split.migrate();
  await split.close();
  app = postgres(urlAs(role, owner.name), { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await app?.end();
  await owner?.destroy();
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop role if exists "${role}"`).finally(() => admin.end());
});

const refusedByPrivilege = { code: "42501", message: expect.stringMatching(/permission denied|must be owner/) };

describe("the application's database role", () => {
  it("adds to and reads the audit trail", async () => {
    await app`insert into audit_events (action, entity_type, ip) values ('person.read', 'person', '127.0.0.1')`;
    const rows = await app`select action from audit_events where action = 'person.read'`;
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each([
    ["UPDATE", "update audit_events set action = 'tampered'"],
    ["DELETE", "delete from audit_events"],
    ["TRUNCATE", "truncate audit_events"],
    ["DISABLE TRIGGER", "alter table audit_events disable trigger audit_events_no_update_delete"],
    ["DROP TRIGGER", "drop trigger audit_events_no_update_delete on audit_events"],
  ])("may not %s the audit trail: its privileges refuse it before any trigger runs", async (_op, statement) => {
    await expect(app.unsafe(statement)).rejects.toMatchObject(refusedByPrivilege);
  });

  it("reads and changes ordinary tables", async () => {
    const [area] = await app<{ id: string; name: string }[]>`select id, name from areas limit 1`;
    expect(area).toBeDefined();
    await app`update areas set name = ${area!.name} where id = ${area!.id}`;
  });

  it("runs the start-up seed, as the API does after migrating", async () => {
    const handle = createDb({ url: urlAs(role, owner.name), max: 1 });
    try {
      await seed(handle.db, { production: true });
    } finally {
      await handle.close();
    }
  });

  it("owns nothing, so it cannot change the schema", async () => {
    await expect(app.unsafe("alter table areas add column x int")).rejects.toMatchObject(refusedByPrivilege);
    await expect(app.unsafe("create table planted (id int)")).rejects.toMatchObject({ code: "42501" });
  });
});
