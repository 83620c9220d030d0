import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { illustrativeIndicatorCatalogue, type ProgrammeInput } from "@hearth/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRows, rejection, signedInAs, type Client } from "./support";

let t: TestDatabase;
let senior: Client;
let manager: Client;
let worker: Client;
beforeAll(async () => {
  t = await createTestDatabase();
  senior = await signedInAs(t.db, "lcss_senior");
  manager = await signedInAs(t.db, "fss_manager");
  worker = await signedInAs(t.db, "lcss_worker");
});
afterAll(() => t.destroy());

const newIndicator = {
  code: "cd-lrn-9",
  domain: "child_development",
  area: "education",
  level: 3,
  wording: "Persistently absent from school and falling behind.",
} as const;

const newProgramme: ProgrammeInput = {
  name: "Mellow Parenting",
  category: "early_attachment",
  evidenceRating: "3",
  childAgeFrom: 0,
  childAgeTo: 5,
  levelsOfNeed: [2, 3],
  numberOfSessions: 14,
  completionShare: 0.75,
};

describe("threshold indicator catalogue", () => {
  it("lists the seeded catalogue to any practitioner, by domain and area", async () => {
    const listed = await (await worker.call()).thresholds.indicators();
    expect(listed.map((i) => i.code).sort()).toEqual(illustrativeIndicatorCatalogue.map((i) => i.code).sort());
    expect(listed.every((i) => i.level >= 1 && i.level <= 4)).toBe(true);
  });

  it("refuses a level 5 and an area from another domain, each beside its field", async () => {
    const api = await senior.call();
    const refused = await rejection(api.thresholds.createIndicator({ ...newIndicator, level: 5 }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fields.level).toEqual(["Level must be between 1 and 4"]);
    const wrongArea = await rejection(api.thresholds.createIndicator({ ...newIndicator, domain: "family_environment" }));
    expect(wrongArea.fields.area).toEqual(["This area belongs to a different domain"]);
  });

  it("creates, updates and retires an indicator, auditing each change", async () => {
    const api = await senior.call();
    const created = await api.thresholds.createIndicator(newIndicator);
    expect(created).toMatchObject({ code: "CD-LRN-9", level: 3, active: true });

    const updated = await api.thresholds.updateIndicator({
      indicatorId: created.id,
      ...newIndicator,
      level: 2,
      wording: "Often late for school and missing some lessons.",
    });
    expect(updated).toMatchObject({ level: 2, wording: "Often late for school and missing some lessons." });

    await api.thresholds.retireIndicator({ indicatorId: created.id });
    expect((await api.thresholds.indicators()).map((i) => i.code)).not.toContain("CD-LRN-9");
    const all = await api.thresholds.indicators({ includeRetired: true });
    expect(all.find((i) => i.id === created.id)).toMatchObject({ active: false, level: 2 });

    const actions = (await auditRows(t.db)).filter((r) => r.entityId === created.id).map((r) => r.action);
    expect(actions).toEqual(["threshold_indicator.create", "threshold_indicator.update", "threshold_indicator.retire"]);
  });

  it("says so beside the code when the code is already used", async () => {
    const api = await senior.call();
    const taken = illustrativeIndicatorCatalogue[0]!.code;
    const refused = await rejection(api.thresholds.createIndicator({ ...newIndicator, code: taken }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.fields.code).toEqual([`The code ${taken} is already in the catalogue`]);
  });

  it("refuses a locality worker who tries to change the catalogue", async () => {
    const refused = await rejection((await worker.call()).thresholds.createIndicator({ ...newIndicator, code: "CD-LRN-8" }));
    expect(refused.code).toBe("FORBIDDEN");
    expect((await auditRows(t.db)).at(-1)).toMatchObject({ outcome: "denied", action: "thresholds.createIndicator" });
  });
});

describe("programme catalogue", () => {
  it("lists the seeded programmes to any practitioner", async () => {
    const listed = await (await worker.call()).programmes.catalogue();
    expect(listed.map((p) => p.name)).toEqual(expect.arrayContaining(["Group Triple P", "Freedom Programme"]));
    expect(listed.find((p) => p.name === "Group Triple P")).toMatchObject({ completionShare: 0.75, levelsOfNeed: [2, 3] });
  });

  it("refuses a completion share over 1 and ages the wrong way round, each beside its field", async () => {
    const refused = await rejection((await manager.call()).programmes.create({ ...newProgramme, completionShare: 1.5, childAgeFrom: 6 }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fields.completionShare).toEqual(["Completion share must be between 0 and 1, like 0.75"]);
    expect(refused.fields.childAgeTo).toEqual(["The oldest age must not be below the youngest"]);
  });

  it("creates a programme, then updates and retires it", async () => {
    const api = await manager.call();
    const created = await api.programmes.create(newProgramme);
    expect(created).toMatchObject({ name: "Mellow Parenting", levelsOfNeed: [2, 3], active: true });

    const updated = await api.programmes.update({ programmeId: created.id, ...newProgramme, numberOfSessions: 16, active: false });
    expect(updated).toMatchObject({ numberOfSessions: 16, active: false });
    expect((await api.programmes.catalogue()).map((p) => p.name)).not.toContain("Mellow Parenting");
  });

  it("refuses a second programme with the same name", async () => {
    const refused = await rejection((await manager.call()).programmes.create({ ...newProgramme, name: "Freedom Programme" }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.fields.name).toEqual(["There is already a programme called Freedom Programme"]);
  });

  it("refuses a senior practitioner, who edits indicators but not programmes", async () => {
    const refused = await rejection((await senior.call()).programmes.create({ ...newProgramme, name: "Not theirs" }));
    expect(refused.code).toBe("FORBIDDEN");
  });
});
