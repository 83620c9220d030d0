import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRows, signedInAs, type Client } from "./support";

/**
 * Issue 10 §2: data officers merge duplicates and manage restrictions, but do not read the person
 * index (people.read, people.search). "Duplicates and restrictions" (people.findToMaintain) is
 * their way in: it finds the record without opening it, and leads to the merge and restriction
 * screens. Demo accounts: lcss_senior Central, data officer and admin county-wide.
 */
let t: TestDatabase;
let dataOfficer: Client;
let admin: Client;
let senior: Client;
const ids: Record<string, string> = {};
const CONTACT = "Central LCSS manager";

async function person(key: string, firstName: string, lastName: string, postcode: string) {
  const result = await (await admin.call()).people.create({ firstName, lastName, dateOfBirth: "2017-02-03", postcode, confirmedNotDuplicate: true });
  if (result.status !== "created") throw new Error("expected a new person");
  ids[key] = result.person.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  dataOfficer = await signedInAs(t.db, "data_officer");
  admin = await signedInAs(t.db, "admin");
  senior = await signedInAs(t.db, "lcss_senior");
  await person("kept", "Dorothea", "Maintainer", "OX4 1AA");
  await person("duplicate", "Dorothy", "Maintainer", "OX4 1AA");
  await person("north", "Dorian", "Maintainer", "OX16 1AA");
  await person("restricted", "Delphine", "Maintainer", "OX4 1AB");
  await (await senior.call()).restrictions.set({ personId: ids.restricted!, category: "adoption", contact: CONTACT });
});
afterAll(() => t.destroy());

describe("duplicates and restrictions", () => {
  it("lets a data officer, who cannot open the record, find it and go on to merge a duplicate", async () => {
    const api = await dataOfficer.call();
    await expect(api.people.get({ personId: ids.kept! })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const found = await api.people.findToMaintain({ name: "Dorothea Maintainer" });
    const kept = found.find((p) => p.kind === "record" && p.id === ids.kept);
    expect(kept).toMatchObject({ kind: "record", firstName: "Dorothea", lastName: "Maintainer", dateOfBirth: "2017-02-03", restricted: false });
    // Nothing of the person's families or services: this search is for keeping the index, not casework.
    expect(Object.keys(kept!).sort()).toEqual(["areaName", "dateOfBirth", "firstName", "id", "kind", "lastName", "postcode", "restricted"]);

    const candidates = await api.people.mergeCandidates({ personId: ids.kept! });
    expect(candidates.map((c) => c.id)).toContain(ids.duplicate);
    const review = await api.people.mergeReview({ duplicateId: ids.duplicate!, keepId: ids.kept! });
    expect(review.refusal).toBeNull();
    await expect(api.people.merge({ duplicateId: ids.duplicate!, keepId: ids.kept! })).resolves.toMatchObject({ keptId: ids.kept });

    const searches = (await auditRows(t.db)).filter((r) => r.action === "person.search" && r.actorRole === "data_officer");
    expect(searches.at(-1)).toMatchObject({ detail: { criteria: ["name"], via: "maintain" } });
  });

  it("shows a restricted record only as whom to contact, with its id for those who manage restrictions", async () => {
    const found = await (await dataOfficer.call()).people.findToMaintain({ name: "Delphine Maintainer" });
    const restricted = found.filter((p) => p.kind === "restricted");
    expect(restricted).toEqual([{ kind: "restricted", id: ids.restricted, contact: CONTACT }]);
    expect(JSON.stringify(found)).not.toContain("Delphine");
    await expect((await dataOfficer.call()).restrictions.get({ personId: ids.restricted! })).resolves.toMatchObject({
      restriction: { category: "adoption", contact: CONTACT },
    });
    // Administrators merge but do not manage restrictions: no id to act on.
    const asAdmin = await (await admin.call()).people.findToMaintain({ name: "Delphine Maintainer" });
    expect(asAdmin.filter((p) => p.kind === "restricted")).toEqual([{ kind: "restricted", id: null, contact: CONTACT }]);
  });

  it("finds only the caller's own area for area managers", async () => {
    const found = await (await senior.call()).people.findToMaintain({ name: "Maintainer" });
    const names = found.flatMap((p) => (p.kind === "record" ? [p.firstName] : []));
    expect(names).toContain("Dorothea");
    expect(names).not.toContain("Dorian");
  });
});
