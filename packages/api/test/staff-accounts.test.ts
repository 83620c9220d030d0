import { insertFssCase, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { staffAccountRefusals } from "@hearth/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE, startSession } from "../src/auth/session";
import { areaIdOf, auditRows, client, rejection, signedInAs, testConfig, type Client } from "./support";

let t: TestDatabase;
let admin: Client;
let northId: string;
let southId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  admin = await signedInAs(t.db, "admin");
  northId = await areaIdOf(t.db, "north");
  southId = await areaIdOf(t.db, "south");
});
afterAll(() => t.destroy());

const tokenOf = (link: string) => link.split("#")[1]!;
let invited = 0;
const invite = async (over: Record<string, unknown> = {}) =>
  (await admin.call()).staff.invite({
    displayName: "New Worker",
    email: `new.worker.${++invited}@hearth.test`,
    role: "lcss_worker",
    areaId: northId,
    ...over,
  });

describe("inviting a member of staff", () => {
  it("creates the account without a password and a one-time link whose token is stored only as a hash", async () => {
    const made = await invite({ email: "Ivy.Invited@hearth.test" });
    expect(made.account).toMatchObject({
      email: "ivy.invited@hearth.test",
      role: "lcss_worker",
      areaName: "North",
      hasPassword: false,
      active: true,
    });
    expect(made.link).toMatch(/^\/fss\/set-password#[A-Za-z0-9_-]{43}$/);
    const stored = await t.db.select().from(schema.staffInvitations).where(eq(schema.staffInvitations.staffId, made.account.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(tokenOf(made.link));
    expect((await auditRows(t.db)).some((r) => r.action === "staff.invite" && r.entityId === made.account.id)).toBe(true);
  });

  it("lets the link set a password once, signing its holder in", async () => {
    const made = await invite();
    const newcomer = client(t.db);
    const password = "a long enough passphrase";
    await (await newcomer.call()).auth.setPassword({ token: tokenOf(made.link), password, confirmPassword: password });
    expect(await (await newcomer.call()).auth.me()).toMatchObject({ email: made.account.email, role: "lcss_worker" });
    const again = client(t.db);
    const second = (await again.call()).auth.setPassword({ token: tokenOf(made.link), password, confirmPassword: password });
    await expect(second).rejects.toMatchObject({ code: "NOT_FOUND", message: staffAccountRefusals.invitationUnusable });
    // And the password works at the sign-in page.
    const signIn = client(t.db, { ip: "198.51.100.40" });
    await (await signIn.call()).auth.signIn({ email: made.account.email, password });
    expect(signIn.cookies.get(SESSION_COOKIE)).toBeTruthy();
  });

  it("refuses an expired link", async () => {
    const made = await invite();
    const later = client(t.db, { now: () => new Date(Date.now() + 73 * 3_600_000) });
    const set = (await later.call()).auth.setPassword({
      token: tokenOf(made.link),
      password: "a long enough passphrase",
      confirmPassword: "a long enough passphrase",
    });
    await expect(set).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses an email already in use, a short password and a placement that does not fit the role, in plain English", async () => {
    expect(await rejection(invite({ email: "LCSS.worker@hearth.test" }))).toEqual({
      code: "CONFLICT",
      fields: { email: [staffAccountRefusals.emailTaken] },
    });
    expect(await rejection(invite({ role: "centre_staff", areaId: northId }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { centreId: ["Choose the centre this person works at"], areaId: ["Leave the area empty: centre staff work in their centre's area"] },
    });
    expect(await rejection(invite({ role: "data_officer" }))).toMatchObject({
      fields: { areaId: ["Leave the area empty: this role works across the county"] },
    });
    const made = await invite();
    const short = (await client(t.db).call()).auth.setPassword({ token: tokenOf(made.link), password: "short", confirmPassword: "short" });
    expect(await rejection(short)).toMatchObject({ code: "BAD_REQUEST", fields: { password: ["Password must be at least 12 characters"] } });
  });
});

describe("changing and deactivating staff", () => {
  it("moves a member of staff to another area, audited, and ends their sessions so their scope is fresh", async () => {
    const made = await invite();
    const password = "another long passphrase";
    const them = client(t.db);
    await (await them.call()).auth.setPassword({ token: tokenOf(made.link), password, confirmPassword: password });
    const moved = await (await admin.call()).staff.change({ staffId: made.account.id, role: "lcss_senior", areaId: southId });
    expect(moved).toMatchObject({ role: "lcss_senior", areaName: "South" });
    await expect((await them.call()).auth.ping()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const row = (await auditRows(t.db)).find((r) => r.action === "staff.change" && r.entityId === made.account.id);
    expect(row?.detail).toMatchObject({ before: { role: "lcss_worker", areaId: northId }, after: { role: "lcss_senior", areaId: southId } });
  });

  it("ends every session at once on deactivation: a live session is refused on its next request", async () => {
    const made = await invite();
    const password = "yet another passphrase";
    const laptop = client(t.db);
    await (await laptop.call()).auth.setPassword({ token: tokenOf(made.link), password, confirmPassword: password });
    const phone = client(t.db, { ip: "198.51.100.41" });
    await (await phone.call()).auth.signIn({ email: made.account.email, password });
    expect(await (await laptop.call()).auth.ping()).toEqual({ ok: true });

    const result = await (await admin.call()).staff.deactivate({ staffId: made.account.id });
    expect(result).toMatchObject({ account: { active: false }, sessionsEnded: 2 });
    for (const device of [laptop, phone]) await expect((await device.call()).auth.ping()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const signIn = (await client(t.db, { ip: "198.51.100.42" }).call()).auth.signIn({ email: made.account.email, password });
    await expect(signIn).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    expect(await (await admin.call()).staff.reactivate({ staffId: made.account.id })).toMatchObject({ active: true });
    expect(await rejection((await admin.call()).staff.reactivate({ staffId: made.account.id }))).toEqual({
      code: "CONFLICT",
      fields: { staffId: [staffAccountRefusals.alreadyActive] },
    });
    const actions = (await auditRows(t.db)).filter((r) => r.entityId === made.account.id).map((r) => `${r.action}:${r.outcome}`);
    expect(actions).toEqual(expect.arrayContaining(["staff.deactivate:allowed", "staff.reactivate:allowed", "staff.reactivate:denied"]));
  });

  it("never leaves the county without an active administrator", async () => {
    const [demoAdmin] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, "admin@hearth.test"));
    const second = await invite({ role: "admin", areaId: undefined, displayName: "Second Admin" });
    const deputy = client(t.db);
    await (
      await deputy.call()
    ).auth.setPassword({ token: tokenOf(second.link), password: "deputy passphrase!", confirmPassword: "deputy passphrase!" });

    // With two administrators, the deputy may demote the first; then the deputy is the last.
    await (await deputy.call()).staff.change({ staffId: demoAdmin!.id, role: "data_officer" });
    const demote = (await deputy.call()).staff.change({ staffId: second.account.id, role: "lcss_worker", areaId: northId });
    expect(await rejection(demote)).toEqual({ code: "CONFLICT", fields: { role: [staffAccountRefusals.lastAdmin] } });
    expect(await rejection((await deputy.call()).staff.deactivate({ staffId: second.account.id }))).toEqual({
      code: "CONFLICT",
      fields: { staffId: [staffAccountRefusals.lastAdmin] },
    });
    // Nothing half-written: the deputy is still an active administrator.
    const [still] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.id, second.account.id));
    expect(still).toMatchObject({ role: "admin", active: true });
    expect((await auditRows(t.db)).some((r) => r.action === "staff.change" && r.outcome === "denied" && r.entityId === second.account.id)).toBe(true);

    // Put the demo administrator back for the other tests, and check the rule the other way round.
    await (await deputy.call()).staff.change({ staffId: demoAdmin!.id, role: "admin" });
    admin = client(t.db);
    await startSession(t.db, admin.cookies, testConfig, { staffId: demoAdmin!.id, now: new Date(), ip: null, userAgent: null });
    expect(await rejection((await admin.call()).staff.deactivate({ staffId: demoAdmin!.id }))).toMatchObject({
      fields: { staffId: [staffAccountRefusals.deactivateSelf] },
    });
    await (await admin.call()).staff.deactivate({ staffId: second.account.id });
    expect((await (await admin.call()).staff.list({ status: "active" })).filter((s) => s.role === "admin")).toHaveLength(1);
  });

  it("lists the open work of someone leaving, to hand on: their FSS cases and the visits due in My work", async () => {
    const [worker] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, "fss.worker@hearth.test"));
    const api = await admin.call();
    const created = await api.people.create({ firstName: "Owen", lastName: "Handover", dateOfBirth: "2018-02-03", postcode: "OX14 1AA" });
    if (created.status !== "created") throw new Error("expected a new person");
    const family = await api.families.create({
      name: "Handover household",
      postcode: "OX14 1AA",
      members: [{ personId: created.person.id, role: "child" }],
    });
    const fssCase = await insertFssCase(t.db, {
      familyId: family.id,
      areaId: southId,
      keyWorkerId: worker!.id,
      reason: "Handover test",
      openedOn: "2026-01-05",
      openedBy: worker!.id,
      children: [{ personId: created.person.id, category: "child_in_need" }],
    });
    const page = await (await admin.call()).staff.get({ staffId: worker!.id });
    expect(page.account.email).toBe("fss.worker@hearth.test");
    expect(page.openWork.cases).toEqual([expect.objectContaining({ id: fssCase.id, familyName: "Handover household" })]);
    expect(page.openWork.workItems.some((i) => i.kind === "case_visit" && i.familyName === "Handover household")).toBe(true);
    const read = (await auditRows(t.db)).find((r) => r.action === "staff.read" && r.entityId === worker!.id);
    expect(read?.detail).toMatchObject({ familyIds: [family.id] });
  });
});
