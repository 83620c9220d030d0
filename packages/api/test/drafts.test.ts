import { DEMO_PASSWORD, schema } from "@hearth/db";
import { createTestDatabase, type TestDatabase } from "@hearth/db/testing";
import { FORM_DRAFT_MAX_BYTES } from "@hearth/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client, rejection, signedInAs, testConfig } from "./support";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

const typed = { firstName: "Ada", lastName: "Lovel", dateOfBirth: { day: "10", month: "12", year: "" }, postcode: "OX4" };

async function emailOf(role: "lcss_worker") {
  const [staff] = await t.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.role, role)).limit(1);
  return staff!.email;
}

describe("form drafts", () => {
  it("survive a session expiry: signed out while idle, the draft is there after signing in again", async () => {
    let now = new Date("2026-11-23T09:00:00Z");
    const worker = client(t.db, { now: () => now });
    const email = await emailOf("lcss_worker");
    await (await worker.call()).auth.signIn({ email, password: DEMO_PASSWORD });
    await (await worker.call()).drafts.save({ formKey: "person.create", data: typed });

    now = new Date(now.getTime() + testConfig.sessionIdleMs + 1);
    await expect((await worker.call()).drafts.get({ formKey: "person.create" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    await (await worker.call()).auth.signIn({ email, password: DEMO_PASSWORD });
    const draft = await (await worker.call()).drafts.get({ formKey: "person.create" });
    expect(draft).toEqual({ data: typed, updatedAt: "2026-11-23T09:00:00.000Z" });
  });

  it("are their owner's alone: another member of staff sees none and cannot discard it", async () => {
    const owner = await (await signedInAs(t.db, "fss_worker")).call();
    const other = await (await signedInAs(t.db, "fss_manager")).call();
    await owner.drafts.save({ formKey: "family.alert:owner-only", data: { reason: "Private" } });

    expect(await other.drafts.get({ formKey: "family.alert:owner-only" })).toBeNull();
    expect(await other.drafts.discard({ formKey: "family.alert:owner-only" })).toEqual({ discarded: false });
    expect((await owner.drafts.get({ formKey: "family.alert:owner-only" }))?.data).toEqual({ reason: "Private" });
  });

  it("keep only the latest copy, and go when discarded", async () => {
    const api = await (await signedInAs(t.db, "centre_staff")).call();
    await api.drafts.save({ formKey: "person.create", data: { firstName: "A" } });
    await api.drafts.save({ formKey: "person.create", data: { firstName: "Ali" } });
    expect((await api.drafts.get({ formKey: "person.create" }))?.data).toEqual({ firstName: "Ali" });

    expect(await api.drafts.discard({ formKey: "person.create" })).toEqual({ discarded: true });
    expect(await api.drafts.get({ formKey: "person.create" })).toBeNull();
    expect(await api.drafts.discard({ formKey: "person.create" })).toEqual({ discarded: false });
  });

  it("refuses a draft over 64 KB, keeping the last one that fitted", async () => {
    const api = await (await signedInAs(t.db, "admin")).call();
    await api.drafts.save({ formKey: "person.create", data: { notes: "Short" } });
    const refused = await rejection(api.drafts.save({ formKey: "person.create", data: { notes: "x".repeat(FORM_DRAFT_MAX_BYTES) } }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fields.data).toEqual(["The draft is too big to keep: send the form or shorten the notes"]);
    expect((await api.drafts.get({ formKey: "person.create" }))?.data).toEqual({ notes: "Short" });
  });

  it("are refused to anyone not signed in", async () => {
    await expect((await client(t.db).call()).drafts.save({ formKey: "person.create", data: typed })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
