import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familySearchSchema, personSearchSchema } from "@hearth/domain";
import { PgDialect } from "drizzle-orm/pg-core";
import { createDb, peopleByCriteria, searchByNameQuery, searchFamilies, searchFilters, searchPeople, schema } from "../src";
import { createTestDatabase, type TestDatabase } from "../src/testing";

let t: TestDatabase;
let client: postgres.Sql;
const today = "2026-12-02";

beforeAll(async () => {
  t = await createTestDatabase({ max: 1 });
  client = postgres(t.url, { max: 1, onnotice: () => {} });
  // Enough people for the planner to prefer an index to reading the table, as it must at 300,000.
  await t.db.execute(sql`
    insert into people (first_name, last_name, date_of_birth, postcode, area_id)
    select 'Child' || n, 'Surname' || (n % 997), date '2005-01-01' + (n % 7000), 'OX' || (n % 30 + 1) || ' 1AA',
      (select id from areas order by code limit 1)
    from generate_series(1, 20000) as n`);
  await t.db.insert(schema.people).values({
    firstName: "Jayden",
    lastName: "Smith",
    dateOfBirth: "2016-07-02",
    postcode: "OX16 9QA",
    areaId: (await t.db.select().from(schema.areas).limit(1))[0]!.id,
  });
  await t.db.execute(sql`analyze people`);
});
afterAll(async () => {
  await client.end();
  await t.destroy();
});

const search = (input: Record<string, unknown>) => ({ ...personSearchSchema.parse(input), today });

/** The plan of the statement searchPeople sends for `input`. */
async function plan(input: Record<string, unknown>) {
  const params = search(input);
  const query = params.name
    ? new PgDialect().sqlToQuery(searchByNameQuery(params.name, searchFilters(params), params.limit))
    : peopleByCriteria(t.db, params).toSQL();
  const rows = await client.unsafe(`explain ${query.sql}`, query.params as never[]);
  return rows.map((r) => r["QUERY PLAN"] as string).join("\n");
}

describe("person search query", () => {
  it("ranks the closest spelling first", async () => {
    const [best] = await searchPeople(t.db, search({ name: "Jaden Smyth" }));
    expect(best).toMatchObject({ firstName: "Jayden", lastName: "Smith" });
  });

  it("answers each kind of criterion from an index, never by reading every person", async () => {
    for (const input of [
      { name: "Jaden Smyth" },
      { name: "jay" },
      { postcode: "OX16" },
      { yearOfBirth: 2016 },
      { age: 7 },
      { nhsNumber: "9434765919" },
    ]) {
      expect(await plan(input), JSON.stringify(input)).not.toMatch(/Seq Scan on people/);
    }
  });
});

describe("the name dictionary", () => {
  it("learns new and changed names from every writer, so search finds them at once", async () => {
    const areaId = (await t.db.select().from(schema.areas).limit(1))[0]!.id;
    const [person] = await t.db
      .insert(schema.people)
      .values({ firstName: "Zebedee", lastName: "Quennell", dateOfBirth: "2019-03-04", areaId })
      .returning();
    expect(await searchPeople(t.db, search({ name: "Zebedie Quenel" }))).toEqual([expect.objectContaining({ id: person!.id })]);
    await t.db.execute(sql`update people set last_name = 'Farquharson' where id = ${person!.id}`);
    expect(await searchPeople(t.db, search({ name: "zeb farq" }))).toEqual([expect.objectContaining({ id: person!.id })]);
    expect(await searchPeople(t.db, search({ name: "Zebedee Quennell" }))).toEqual([]);
  });

  it("finds families by a misspelt family name and by a member's partial name", async () => {
    const areaId = (await t.db.select().from(schema.areas).limit(1))[0]!.id;
    const [family] = await t.db.insert(schema.families).values({ name: "Okonkwo family", postcode: "OX4 6QB", areaId }).returning();
    const [member] = await t.db
      .insert(schema.people)
      .values({ firstName: "Chidera", lastName: "Eze", dateOfBirth: "2015-05-05", postcode: "OX4 6QB", areaId })
      .returning();
    await t.db.insert(schema.familyMembers).values({ familyId: family!.id, personId: member!.id, role: "child" });
    const [staff, named] = await t.db.select().from(schema.staffUsers).limit(2);
    const found = async (input: Record<string, unknown>, staffId = staff!.id) =>
      (await searchFamilies(t.db, { ...familySearchSchema.parse(input), staffId })).map((f) => f.id);
    expect(await found({ name: "Okonkow" })).toContain(family!.id);
    expect(await found({ name: "chid ez", postcode: "OX4" })).toEqual([family!.id]);
    expect(await found({ name: "chid ez", postcode: "OX16" })).toEqual([]);

    // Restricted: the member's name no longer leads to the family, except for staff named on it.
    await t.db
      .insert(schema.personRestrictions)
      .values({ personId: member!.id, category: "other", contact: "Central LCSS manager", restrictedBy: named!.id });
    await t.db.insert(schema.personRestrictionAllowedStaff).values({ personId: member!.id, staffId: named!.id });
    expect(await found({ name: "chid ez", postcode: "OX4" })).toEqual([]);
    expect(await found({ name: "chid ez", postcode: "OX4" }, named!.id)).toEqual([family!.id]);
    expect(await found({ name: "Okonkwo" })).toContain(family!.id);
  });
});

describe("person search on the embedded database", () => {
  it("migrates with pg_trgm and fuzzystrmatch and finds a misspelt name", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "hearth-pglite-search-"));
    const handle = createDb({ dataDir });
    try {
      await handle.migrate();
      const areaId = (await handle.db.insert(schema.areas).values({ code: "north", name: "North", office: "Banbury" }).returning())[0]!.id;
      await handle.db.insert(schema.people).values({ firstName: "Jayden", lastName: "Smith", dateOfBirth: "2016-07-02", areaId });
      expect(await searchPeople(handle.db, search({ name: "Jaden Smyth" }))).toEqual([expect.objectContaining({ firstName: "Jayden" })]);
    } finally {
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
