import { insertEnrolment, insertProgramme, insertProgrammeRun } from "@hearth/db";
import { londonDateOf, outcomeMeasureForms, outcomeMeasurementRecordSchema } from "@hearth/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familyFixture, type FamilyFixture } from "./family-support";
import { areaIdOf, rejection } from "./support";

/**
 * WEMWBS and the Family Star Plus entered item by item through the measures' form definitions, as
 * the one outcome form on screen builds them, against real PostgreSQL: scored by the domain, a
 * before and after linked to a programme place the person's family holds, a blank or out-of-range
 * item refused beside that item, and the person's places offered for the link.
 */
let f: FamilyFixture;
let enrolmentId: string;
const today = londonDateOf(new Date());

/** The record the screen sends: the definition's own shape, with when it was taken. */
function entered(measure: keyof typeof outcomeMeasureForms, personId: string, answers: (number | null)[], point: "before" | "after" | "review") {
  return outcomeMeasurementRecordSchema.parse({
    ...outcomeMeasureForms[measure].toRecord(personId, answers),
    point,
    takenOn: today,
    enrolmentId: point === "review" ? undefined : enrolmentId,
  });
}

beforeAll(async () => {
  f = await familyFixture({
    lastName: "Formby",
    postcode: "OX16 1AA",
    child: { firstName: "Fern", dateOfBirth: "2019-03-03" },
    parent: { firstName: "Fay", dateOfBirth: "1988-08-08" },
  });
  const programme = await insertProgramme(f.t.db, {
    name: "Forms Family Links",
    category: "parenting",
    evidenceRating: "3",
    childAgeFrom: 2,
    childAgeTo: 12,
    levelsOfNeed: [2],
    numberOfSessions: 2,
    completionShare: 1,
    outcomeMeasures: ["wemwbs", "outcomes_star"],
  });
  const run = await insertProgrammeRun(f.t.db, {
    run: {
      programmeId: programme!.id,
      venue: { name: "Banbury community room", postcode: "OX16 2BB" },
      schedule: { weekday: "monday", startTime: "09:30", endTime: "11:00", startsOn: today },
      facilitators: [{ name: "Ola Forms" }],
      capacity: 6,
    },
    areaId: await areaIdOf(f.t.db, "north"),
    sessionDates: [today],
  });
  enrolmentId = (await insertEnrolment(f.t.db, { enrolment: { runId: run.id, familyId: f.familyId, childId: f.childId } })).id;
});
afterAll(() => f.t.destroy());

describe("WEMWBS and the Family Star Plus entered item by item", () => {
  it("offers the family's programme place for a parent's before and after", async () => {
    const outcomes = await (await f.north.call()).outcomeMeasures.ofPerson({ personId: f.parentId });
    expect(outcomes.places).toEqual([{ enrolmentId, programmeName: "Forms Family Links", startsOn: today }]);
  });

  it("scores a parent's WEMWBS before and after on the place, and shows the change", async () => {
    const api = await f.north.call();
    const before = await api.outcomeMeasures.record(entered("wemwbs", f.parentId, Array<number>(14).fill(3), "before"));
    expect(before).toMatchObject({ measure: "wemwbs", total: 42 });
    const after = await api.outcomeMeasures.record(entered("wemwbs", f.parentId, [5, 5, 4, 4, ...Array<number>(10).fill(3)], "after"));
    expect(after.total).toBe(48);
    const outcomes = await api.outcomeMeasures.ofPerson({ personId: f.parentId });
    expect(outcomes.series.find((s) => s.measure === "wemwbs")?.change).toEqual({ before: 42, after: 48, change: 6, direction: "improved" });
  });

  it("totals a Family Star Plus over its ten areas", async () => {
    const api = await f.north.call();
    const reading = await api.outcomeMeasures.record(entered("outcomes_star", f.parentId, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "review"));
    expect(reading).toMatchObject({ measure: "outcomes_star", total: 55 });
    const series = (await api.outcomeMeasures.ofPerson({ personId: f.parentId })).series.find((s) => s.measure === "outcomes_star");
    expect(series?.label).toBe("Family Star Plus total");
  });

  it("refuses a blank statement, an unscored area and an out-of-range score beside the item", async () => {
    const api = await f.north.call();
    const wemwbs = { ...outcomeMeasureForms.wemwbs.toRecord(f.parentId, [...Array<number>(13).fill(3), null]), point: "review", takenOn: today };
    const blank = await rejection(api.outcomeMeasures.record(wemwbs as never));
    expect(blank.fields[outcomeMeasureForms.wemwbs.itemPath(13)]?.[0]).toBe("Score must be between 1 and 5");
    const star = outcomeMeasureForms.outcomes_star;
    const unscored = await rejection(
      api.outcomeMeasures.record({ ...star.toRecord(f.parentId, [null, ...Array<number>(9).fill(4)]), point: "review", takenOn: today } as never),
    );
    expect(unscored.fields[star.itemPath(0)]?.[0]).toBe("Score the area ‘Physical health’");
    const tooHigh = await rejection(
      api.outcomeMeasures.record({ ...star.toRecord(f.parentId, [11, ...Array<number>(9).fill(4)]), point: "review", takenOn: today } as never),
    );
    expect(tooHigh.fields[star.itemPath(0)]?.[0]).toBe("Score must be between 1 and 10");
  });
});
