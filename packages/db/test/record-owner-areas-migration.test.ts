import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationsFolder } from "../src/client";
import { areas, auditEvents, centres, families, familyMembers, people, staffUsers } from "../src/schema";
import { createTestDatabase, type TestDatabase } from "../src/testing";

/**
 * The two migrations of ADR 8: a hand-written one giving every person, family and centre an owning
 * area, then the generated one making area_id NOT NULL. Rows as they could be before (area_id null)
 * are put back by lifting the constraint, and both migrations' SQL is run over them again.
 */
const migration = (suffix: string) => {
  const file = readdirSync(migrationsFolder).find((f) => f.endsWith(`_${suffix}.sql`));
  if (!file) throw new Error(`no migration ${suffix}`);
  return { file, statements: readFileSync(join(migrationsFolder, file), "utf8").split("--> statement-breakpoint") };
};
const fill = migration("record-owner-areas-fill");
const required = migration("record-owner-areas-required");

let t: TestDatabase;
const area: Record<string, string> = {};
const staffOf = async (email: string) => (await t.db.select().from(staffUsers).where(eq(staffUsers.email, email)))[0]!.id;
const areaOfPerson = async (id: string) => (await t.db.select().from(people).where(eq(people.id, id)))[0]!.areaId;
const areaOfFamily = async (id: string) => (await t.db.select().from(families).where(eq(families.id, id)))[0]!.areaId;

const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  for (const a of await t.db.select().from(areas)) area[a.code] = a.id;
  for (const table of ["people", "families", "centres"]) await t.db.execute(sql.raw(`alter table ${table} alter column area_id drop not null`));
  await t.db.execute(sql`update centres set area_id = null where slug = 'mobile'`);

  const addPerson = async (key: string, values: Partial<typeof people.$inferInsert>) => {
    const [row] = await t.db
      .insert(people)
      .values({ firstName: key, lastName: "Old", dateOfBirth: "2019-01-01", areaId: sql`null` as never, ...values })
      .returning();
    ids[key] = row!.id;
  };
  const addFamily = async (key: string, values: Partial<typeof families.$inferInsert>, members: string[] = []) => {
    const [row] = await t.db
      .insert(families)
      .values({ name: key, areaId: sql`null` as never, ...values })
      .returning();
    ids[key] = row!.id;
    for (const m of members) await t.db.insert(familyMembers).values({ familyId: row!.id, personId: ids[m]!, role: "child" });
  };
  const centralWorker = await staffOf("lcss.senior@hearth.test");
  const southWorker = await staffOf("fss.worker@hearth.test");
  const centreStaff = await staffOf("centre.staff@hearth.test"); // Blackbird Leys: Central

  await addPerson("ownPostcode", { postcode: "OX14 3AA" });
  await addPerson("inFamily", {});
  await addFamily("familyWithPostcode", { postcode: "OX16 9QA" }, ["inFamily"]);
  await addPerson("creatorAtCentre", { createdBy: centreStaff });
  await addPerson("auditedCreator", {});
  await t.db
    .insert(auditEvents)
    .values({ action: "person.create", entityType: "person", entityId: ids.auditedCreator!, actorStaffId: southWorker, actorRole: "fss_worker" });
  await addFamily("familyByCreator", { postcode: "SW1A 1AA", createdBy: centralWorker });
  await addPerson("southMember", { postcode: "OX14 1AA" });
  await addFamily("familyOfMembers", {}, ["southMember"]);
  await addPerson("nobodys", { postcode: "CF10 1AA" });
  await addFamily("nobodysFamily", {});
});
afterAll(() => t.destroy());

describe("giving every record an owning area", () => {
  it("runs the fill before making the column required", () => {
    expect(fill.file < required.file).toBe(true);
    expect(fill.statements[0]).toMatch(/^-- hand-written: /);
  });

  it("fills each null area from the best claim, then the columns can be made NOT NULL", async () => {
    // One connection, as the migrator runs them: the fill's temporary tables live on it.
    await t.db.transaction(async (tx) => {
      for (const statement of [...fill.statements, ...required.statements]) await tx.execute(sql.raw(statement));
    });

    expect(await areaOfPerson(ids.ownPostcode!)).toBe(area.south);
    expect(await areaOfPerson(ids.inFamily!)).toBe(area.north);
    expect(await areaOfFamily(ids.familyWithPostcode!)).toBe(area.north);
    expect(await areaOfPerson(ids.creatorAtCentre!)).toBe(area.central);
    expect(await areaOfPerson(ids.auditedCreator!)).toBe(area.south);
    expect(await areaOfFamily(ids.familyByCreator!)).toBe(area.central);
    expect(await areaOfFamily(ids.familyOfMembers!)).toBe(area.south);
    expect(await areaOfPerson(ids.nobodys!)).toBe(area.north);
    expect(await areaOfFamily(ids.nobodysFamily!)).toBe(area.north);
    const [mobile] = await t.db.select().from(centres).where(eq(centres.slug, "mobile"));
    expect(mobile!.areaId).toBe(area.north);

    await expect(t.db.execute(sql`insert into families (name) values ('No area')`)).rejects.toThrow();
    await expect(t.db.execute(sql`insert into people (first_name, last_name, date_of_birth) values ('No', 'Area', '2019-01-01')`)).rejects.toThrow();
  });
});
