import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema, seed, type Db } from "../src";
import { generateHouseholds } from "../src/seed/county/households";
import { Random } from "../src/seed/county/random";
import { copyLine, insertRows, rowWriterFor } from "../src/seed/county/write-rows";
import { createTestDatabase, type TestDatabase } from "../src/testing";

/**
 * The county's COPY writer must write exactly what the INSERT writer (PGlite's) writes: the same
 * rows of a tiny county, and awkward text (tabs, new lines, backslashes, quotes in arrays) intact.
 */
let t: TestDatabase;
const noProgress = () => {};

beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.db, { production: false });
}, 120_000);
afterAll(() => t.destroy());

class Rollback extends Error {}
/** Runs `work` in a transaction that is always rolled back, returning what it read. */
async function inRolledBack<T>(work: (tx: Db) => Promise<T>): Promise<T> {
  let out: T | undefined;
  await t.db
    .transaction(async (tx) => {
      out = await work(tx);
      throw new Rollback();
    })
    .catch((e) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return out!;
}

async function tinyCounty(db: Db) {
  const areaRows = await db.select().from(schema.areas);
  const areaIds = Object.fromEntries(areaRows.map((a) => [a.code, a.id])) as never;
  return generateHouseholds(new Random(3), "2026-12-02", 60, areaIds);
}

const readPeople = (tx: Db) =>
  tx.execute(sql`select id, first_name, last_name, date_of_birth, nhs_number, upn, postcode, area_id, sex, ethnicity, disabilities, has_send, has_ehc_plan, is_care_leaver
    from people where id::text like '5717e71c-%' order by id`);

describe("the county's COPY writer", () => {
  it("writes a tiny county's people exactly as the INSERT writer does", async () => {
    const made = await tinyCounty(t.db);
    const copied = await inRolledBack(async (tx) => {
      await rowWriterFor(tx, noProgress)(schema.people, made.people, "people");
      return readPeople(tx);
    });
    const inserted = await inRolledBack(async (tx) => {
      await insertRows(tx, schema.people, made.people, "people", noProgress);
      return readPeople(tx);
    });
    expect(copied).toHaveLength(made.people.length);
    expect(copied).toEqual(inserted);
  });

  it("keeps tabs, new lines, backslashes and quotes in text and arrays", async () => {
    const [area] = await t.db.select().from(schema.areas).limit(1);
    const awkward = 'Tab\there, new line\nthere, back\\slash, "quotes", café \\N';
    const read = await inRolledBack(async (tx) => {
      await rowWriterFor(tx, noProgress)(
        schema.people,
        [
          {
            id: "5717e71c-ffff-4000-8000-000000000001",
            firstName: awkward,
            lastName: "O'Brien",
            dateOfBirth: "2020-01-31",
            postcode: null,
            areaId: area!.id,
            disabilities: ['say "no"', "back\\slash", "a,b"],
            hasSend: true,
          },
        ],
        "people",
      );
      return tx
        .select()
        .from(schema.people)
        .where(sql`id = '5717e71c-ffff-4000-8000-000000000001'`);
    });
    expect(read[0]).toMatchObject({
      firstName: awkward,
      lastName: "O'Brien",
      postcode: null,
      disabilities: ['say "no"', "back\\slash", "a,b"],
      hasSend: true,
      hasEhcPlan: null,
    });
  });

  it("fails the county when PostgreSQL refuses a row, instead of waiting for ever", async () => {
    const [area] = await t.db.select().from(schema.areas).limit(1);
    const bad = { id: "5717e71c-ffff-4000-8000-000000000002", firstName: "A", lastName: "B", dateOfBirth: "not a date", areaId: area!.id };
    await expect(inRolledBack((tx) => rowWriterFor(tx, noProgress)(schema.people, [bad], "people"))).rejects.toThrow(/date/);
  });

  it("writes null as \\N and escapes each field on its own line", () => {
    expect(copyLine({ a: null, b: "x\ty", c: false, d: new Date("2026-01-02T03:04:05Z") }, ["a", "b", "c", "d"])).toBe(
      "\\N\tx\\ty\tf\t2026-01-02T03:04:05.000Z\n",
    );
  });
});
