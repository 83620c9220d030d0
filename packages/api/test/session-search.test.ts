import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysFromToday, newSession } from "./booking-support";
import { client, rejection } from "./support";

/** Families finding sessions by the place they know: a town, an estate, a centre or a postcode. */
let t: TestDatabase;
const date = daysFromToday(24);
// One session at each of these centres, on one day, named after the centre's slug.
const slugs = ["blackbird-leys", "rose-hill-littlemore", "barton-sandhills", "banbury", "east-street-banbury", "abingdon", "didcot"];

beforeAll(async () => {
  t = await createTestDatabase();
  for (const centre of slugs) await newSession(t.db, { capacity: 5, date, centre, title: `Search ${centre}` });
});
afterAll(() => t.destroy());

async function found(place: string) {
  const sessions = await (await client(t.db).call()).sessions.search({ town: place, from: date, to: date });
  return sessions
    .map((s) => s.title.replace("Search ", ""))
    .filter((slug) => slugs.includes(slug))
    .sort();
}

describe("finding sessions by place", () => {
  it("matches a centre's name or a place in its address, partly typed and in any case", async () => {
    expect(await found("Blackbird Leys")).toEqual(["blackbird-leys"]);
    expect(await found("blackbird-leys")).toEqual(["blackbird-leys"]);
    expect(await found("BLACKBIRD")).toEqual(["blackbird-leys"]);
    expect(await found("rose hill")).toEqual(["rose-hill-littlemore"]);
    expect(await found("Littlemore")).toEqual(["rose-hill-littlemore"]);
  });

  it("matches a town partly typed", async () => {
    expect(await found("Oxf")).toEqual(["barton-sandhills", "blackbird-leys", "rose-hill-littlemore"]);
    expect(await found("banbury")).toEqual(["banbury", "east-street-banbury"]);
    expect(await found("Didcot")).toEqual(["didcot"]);
  });

  it("matches a locality by the postcode districts its centres serve", async () => {
    expect(await found("Headington")).toEqual(["barton-sandhills"]);
  });

  it("finds the centres serving a postcode, typed in full or as its district, in any case", async () => {
    expect(await found("OX4")).toEqual(["blackbird-leys", "rose-hill-littlemore"]);
    expect(await found("ox4 6qb")).toEqual(["blackbird-leys", "rose-hill-littlemore"]);
    expect(await found("OX46QB")).toEqual(["blackbird-leys", "rose-hill-littlemore"]);
    expect(await found("ox16")).toEqual(["banbury", "east-street-banbury"]);
    expect(await found("OX3 9")).toEqual(["barton-sandhills"]);
  });

  it("finds the area's centres for a district in the county that no centre serves", async () => {
    // OX9 is Thame, in the South area; no centre lists it among the districts it serves.
    expect(await found("OX9 3AB")).toEqual(["abingdon", "didcot"]);
  });

  it("finds nothing for a place outside the county, and refuses a search with no letters", async () => {
    expect(await found("Penzance")).toEqual([]);
    expect(await found("TR18 4AA")).toEqual([]);
    expect(await rejection((await client(t.db).call()).sessions.search({ town: "%_" }))).toEqual({
      code: "BAD_REQUEST",
      fields: { town: ["Enter a town, place or postcode, like Banbury or OX4"] },
    });
  });
});
