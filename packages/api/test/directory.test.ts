import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { schema } from "@hearth/db";
import type { DirectoryServiceInput } from "@hearth/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { centreIdOf, newSession } from "./booking-support";
import { auditRows, client, rejection, signedInAs, testConfig, type Client } from "./support";

/**
 * The locality service directory (issue 15 §1) against real PostgreSQL: LCSS keeps entries (bad
 * ones refused beside their fields, every change audited); families find them by postcode, need
 * and age without an account, with the centres' sessions among them; stale entries fall into the
 * owner's My work; signposting from a consultation is counted.
 */
let t: TestDatabase;
const now = new Date("2026-12-03T10:00:00Z");
const clock = () => now;
let worker: Client;
let localityIds: Record<string, string>;

const entry = (overrides: Partial<DirectoryServiceInput> = {}): DirectoryServiceInput => ({
  name: "Banbury Dads Group",
  provider: "Banbury Dads Network",
  description: "Saturday mornings for dads and their young children.",
  needs: ["parenting", "early_years"],
  minimumAge: 0,
  maximumAge: 5,
  cost: "Free",
  localityIds: [localityIds["Banbury North"]!],
  venues: [{ name: "Grimsbury Hall", address: "West Street, Banbury", postcode: "OX16 3HA" }],
  openings: [{ day: "saturday", opensAt: "10:00", closesAt: "12:00" }],
  accessRoutes: ["self_referral"],
  phone: "01295 000111",
  lastReviewedOn: "2026-11-20",
  ...overrides,
});

beforeAll(async () => {
  t = await createTestDatabase();
  worker = await signedInAs(t.db, "lcss_worker", { now: clock });
  const rows = await t.db.select().from(schema.localities);
  localityIds = Object.fromEntries(rows.map((l) => [l.name, l.id]));
});
afterAll(() => t.destroy());

const publicApi = () => client(t.db, { now: clock }).call();

describe("keeping the directory", () => {
  it("adds an entry, owned by whoever added it, audited", async () => {
    const api = await worker.call();
    const made = await api.directory.create(entry());
    expect(made).toMatchObject({
      name: "Banbury Dads Group",
      dueForReview: false,
      reviewDueOn: "2027-05-20",
      signpostCount: 0,
      localities: [{ name: "Banbury North" }],
    });
    const me = await api.auth.me();
    expect(made.owner.id).toBe(me?.id);
    const audited = (await auditRows(t.db)).filter((a) => a.entityId === made.id);
    expect(audited.map((a) => a.action)).toEqual(["directory.create"]);
  });

  it("refuses bad entries with a message beside each field, and writes nothing", async () => {
    const api = await worker.call();
    const before = (await t.db.select().from(schema.directoryServices)).length;
    const upsideDown = await rejection(api.directory.create(entry({ minimumAge: 12, maximumAge: 4 })));
    expect(upsideDown.fields.maximumAge).toEqual(["The oldest age must be the same as or more than the youngest age"]);
    const noAccess = await rejection(api.directory.create(entry({ accessRoutes: [] })));
    expect(noAccess.fields.accessRoutes?.[0]).toMatch(/Choose how families can use the service/);
    const future = await rejection(api.directory.create(entry({ lastReviewedOn: "2026-12-04" })));
    expect(future).toEqual({
      code: "BAD_REQUEST",
      fields: { lastReviewedOn: ["The date last reviewed must be today or in the past, not after 3 December 2026"] },
    });
    const unknownLocality = await rejection(api.directory.create(entry({ localityIds: ["00000000-0000-4000-8000-000000000000"] })));
    expect(unknownLocality.fields.localityIds).toEqual(["Choose localities from the list"]);
    const fss = await (await signedInAs(t.db, "fss_worker")).call();
    const owner = await rejection(api.directory.create(entry({ ownerStaffId: (await fss.auth.me())!.id })));
    expect(owner.fields.ownerStaffId?.[0]).toMatch(/Choose a member of the locality team/);
    expect((await t.db.select().from(schema.directoryServices)).length).toBe(before);
  });

  it("lets only LCSS change it, and every practitioner read it", async () => {
    const fss = await (await signedInAs(t.db, "fss_worker")).call();
    expect((await rejection(fss.directory.create(entry()))).code).toBe("FORBIDDEN");
    expect((await fss.directory.list({})).length).toBeGreaterThan(0);
    expect((await rejection((await publicApi()).directory.list({}))).code).toBe("UNAUTHORIZED");
  });
});

describe("finding support near you", () => {
  let youth: string;
  let countyWide: string;
  beforeAll(async () => {
    const api = await worker.call();
    youth = (
      await api.directory.create(
        entry({
          name: "Didcot Youth Drop-in",
          needs: ["youth_activities"],
          minimumAge: 11,
          maximumAge: 19,
          localityIds: [localityIds["Didcot"]!],
          venues: [],
        }),
      )
    ).id;
    countyWide = (
      await api.directory.create(
        entry({
          name: "Young Carers Line",
          needs: ["young_carers"],
          minimumAge: 8,
          maximumAge: 18,
          localityIds: [localityIds["Didcot"]!, localityIds["Banbury North"]!],
          accessRoutes: ["professional_referral"],
          phone: "",
          email: "carers@example.org",
        }),
      )
    ).id;
  });

  const ids = (r: { services: { id: string }[] }) => r.services.map((s) => s.id);

  it("finds services by full postcode or district, through the locality covering it", async () => {
    const api = await publicApi();
    const byPostcode = await api.directory.search({ postcode: "ox11 7aa" });
    expect(byPostcode.place).toEqual({ localities: ["Didcot"] });
    expect(ids(byPostcode)).toEqual(expect.arrayContaining([youth, countyWide]));
    expect(byPostcode.services.every((s) => s.localities.some((l) => l.name === "Didcot"))).toBe(true);
    const byDistrict = await api.directory.search({ postcode: "OX16" });
    expect(ids(byDistrict)).toContain(countyWide);
    expect(ids(byDistrict)).not.toContain(youth);
  });

  it("narrows by need and by age", async () => {
    const api = await publicApi();
    expect(ids(await api.directory.search({ postcode: "OX11", need: "youth_activities" }))).toContain(youth);
    expect(ids(await api.directory.search({ postcode: "OX11", need: "young_carers" }))).not.toContain(youth);
    expect(ids(await api.directory.search({ localityId: localityIds["Didcot"], age: 15 }))).toEqual(expect.arrayContaining([youth, countyWide]));
    expect(ids(await api.directory.search({ localityId: localityIds["Didcot"], age: 9 }))).not.toContain(youth);
  });

  it("refuses a postcode that is not one, or is outside the county, beside the box", async () => {
    const api = await publicApi();
    expect((await rejection(api.directory.search({ postcode: "Banbury" }))).fields.postcode).toEqual([
      "Enter a full postcode, like OX4 6QB, or the first part, like OX4",
    ]);
    expect((await rejection(api.directory.search({ postcode: "SW1A 1AA" }))).fields.postcode).toEqual([
      "This postcode is not in the county: choose a locality instead",
    ]);
  });

  it("shows the centres' open-access sessions in the place as services, for the age asked", async () => {
    await newSession(t.db, { capacity: 10, centre: "didcot", type: "stay_play_learn", date: "2026-12-08", title: "Didcot stay and play" });
    const api = await publicApi();
    const didcot = await centreIdOf(t.db, "didcot");
    const found = await api.directory.search({ postcode: "OX11 7AA" });
    expect(found.sessions.find((s) => s.centreId === didcot)).toMatchObject({
      name: "Stay, play and learn",
      sessionCount: 1,
      ages: expect.any(String),
    });
    expect((await api.directory.search({ postcode: "OX11", age: 15 })).sessions.some((s) => s.centreId === didcot)).toBe(false);
    expect((await api.directory.search({ postcode: "OX16" })).sessions.some((s) => s.centreId === didcot)).toBe(false);
  });

  it("answers with nothing about who keeps an entry or who used it", async () => {
    const api = await publicApi();
    const shown = await api.directory.service({ serviceId: youth });
    expect(Object.keys(shown)).not.toEqual(expect.arrayContaining(["owner"]));
    expect(shown).not.toHaveProperty("signpostCount");
    expect(shown).not.toHaveProperty("owner");
  });
});

describe("reviews and use", () => {
  it("puts an entry not reviewed for six months into its owner's My work, and takes it out once reviewed", async () => {
    const api = await worker.call();
    const stale = await api.directory.create(entry({ name: "Stale Toddler Group", lastReviewedOn: "2026-05-01" }));
    expect(stale.dueForReview).toBe(true);
    const work = await api.myWork.list({ kinds: ["directory_review"] });
    const item = work.items.find((i) => i.directoryServiceId === stale.id);
    expect(item).toMatchObject({ kind: "directory_review", dueOn: "2026-11-01", status: "overdue", familyId: null });
    expect((await api.directory.list({ dueForReview: true })).map((s) => s.id)).toContain(stale.id);

    const { id: _id, owner, reviewDueOn: _due, dueForReview: _stale, signpostCount: _count, localities, ...rest } = stale;
    await api.directory.update({
      ...rest,
      serviceId: stale.id,
      ownerStaffId: owner.id,
      localityIds: localities.map((l) => l.id),
      lastReviewedOn: "2026-12-03",
    });
    const after = await api.myWork.list({ kinds: ["directory_review"] });
    expect(after.items.some((i) => i.directoryServiceId === stale.id)).toBe(false);
  });

  it("follows the configured review interval", async () => {
    const c = await signedInAs(t.db, "lcss_worker", { now: clock });
    const api = await c.call();
    const recent = await api.directory.create(entry({ name: "Recently Checked Group", lastReviewedOn: "2026-10-01" }));
    expect(recent.dueForReview).toBe(false);
    const shortConfig = { ...testConfig, directory: { reviewMonths: 1 } };
    const strict = client(t.db, { now: clock, config: shortConfig });
    strict.cookies.values.clear();
    for (const [k, v] of c.cookies.values) strict.cookies.set(k, v);
    const work = await (await strict.call()).myWork.list({ kinds: ["directory_review"] });
    expect(work.items.find((i) => i.directoryServiceId === recent.id)?.dueOn).toBe("2026-11-01");
  });

  it("counts a consultation that signposts to an entry, and names it on the consultation", async () => {
    const api = await worker.call();
    const service = await api.directory.create(entry({ name: "Food Bank Banbury", needs: ["money_and_housing"], minimumAge: 0, maximumAge: 99 }));
    const reference = await api.consultations.reference({});
    const recorded = await api.consultations.create({
      callerName: "Priya Shah",
      callerRole: "Designated safeguarding lead",
      organisationId: reference.organisations.find((o) => o.kind === "school")!.id,
      familyKind: "no_names",
      childAge: 9,
      localityId: localityIds["Banbury North"],
      concern: "Arrives hungry most days.",
      indicatorCodes: ["PC-BAS-2"],
      protectiveFactors: [],
      adviceGiven: "Talk to the parent about the food bank.",
      outcome: "signpost",
      signpostServiceId: service.id,
      level: 2,
    });
    expect((await api.consultations.get({ consultationId: recorded.id })).signpostTo).toBe("Food Bank Banbury");
    expect((await api.directory.get({ serviceId: service.id })).signpostCount).toBe(1);
    const unknown = await rejection(
      api.consultations.create({
        callerName: "Priya Shah",
        callerRole: "DSL",
        organisationId: reference.organisations.find((o) => o.kind === "school")!.id,
        familyKind: "no_names",
        childAge: 9,
        localityId: localityIds["Banbury North"],
        concern: "Hungry.",
        indicatorCodes: ["PC-BAS-2"],
        protectiveFactors: [],
        adviceGiven: "Food bank.",
        outcome: "signpost",
        signpostServiceId: "00000000-0000-4000-8000-000000000000",
        level: 2,
      }),
    );
    expect(unknown.fields.signpostServiceId).toEqual(["Choose a service that is in the directory"]);
  });
});
