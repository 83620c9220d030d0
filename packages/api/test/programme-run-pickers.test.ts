import { insertProgramme, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { londonDateOf } from "@hearth/domain";
import { eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejection, signedInAs, type Client } from "./support";

/**
 * Issue 13 §1: a run is put on at a centre chosen from the list, led by a member of staff chosen
 * from the area's facilitators, with a partner facilitator by name. A member of staff from another
 * area is refused beside the facilitator box.
 */
let t: TestDatabase;
let manager: Client;
let programmeId: string;
let areaId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  manager = await signedInAs(t.db, "fss_manager");
  const [me] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, "fss_manager")).limit(1);
  areaId = me!.areaId!;
  programmeId = (await insertProgramme(t.db, {
    name: "Pickers Incredible Years",
    category: "parenting",
    evidenceRating: "4",
    childAgeFrom: 3,
    childAgeTo: 8,
    levelsOfNeed: [2],
    numberOfSessions: 3,
    completionShare: 0.67,
  }))!.id;
});
afterAll(() => t?.destroy());

const weekFromToday = () => londonDateOf(new Date(Date.now() + 7 * 86_400_000));

describe("choosing a run's centre and facilitators", () => {
  it("offers the area's FSS and centre staff as facilitators, and no one from elsewhere", async () => {
    const facilitators = await (await manager.call()).programmeRuns.facilitators({});
    expect(facilitators.length).toBeGreaterThan(0);
    expect(new Set(facilitators.map((f) => f.areaId))).toEqual(new Set([areaId]));
    expect(facilitators.every((f) => ["fss_worker", "fss_manager", "centre_staff", "centre_manager"].includes(f.role))).toBe(true);
  });

  it("puts a run on at a centre with a staff facilitator and a partner by name, refusing staff from another area", async () => {
    const api = await manager.call();
    const [lead] = await api.programmeRuns.facilitators({});
    const [centre] = await t.db.select().from(schema.centres).where(eq(schema.centres.areaId, areaId)).limit(1);
    const run = (facilitatorId: string) => ({
      programmeId,
      venue: { centreId: centre!.id },
      schedule: { weekday: "wednesday" as const, startTime: "10:00", endTime: "12:00", startsOn: weekFromToday() },
      facilitators: [
        { name: "Chosen lead", staffId: facilitatorId },
        { name: "Asha Patel", organisation: "Health visiting" },
      ],
      capacity: 8,
    });
    const made = await api.programmeRuns.create(run(lead!.id));
    const [row] = await t.db.select().from(schema.programmeRuns).where(eq(schema.programmeRuns.id, made.id));
    expect(row).toMatchObject({
      centreId: centre!.id,
      facilitatorStaffIds: [lead!.id],
      facilitators: ["Chosen lead", "Asha Patel (Health visiting)"],
    });

    const [elsewhere] = await t.db.select().from(schema.staffUsers).where(ne(schema.staffUsers.areaId, areaId)).limit(1);
    const refused = await rejection(api.programmeRuns.create(run(elsewhere!.id)));
    expect(refused.fields["facilitators.0.staffId"]).toEqual(["Choose a member of staff in the run’s area"]);
  });
});
