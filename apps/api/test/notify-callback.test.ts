import { randomUUID } from "node:crypto";
import { claimDelivery, insertOpenAccessSessions, schema, settleDelivery } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type HttpTestServer } from "./http-server";

const token = "callback-token-0123456789abcdef0123456789";
let server: HttpTestServer;
let t: HttpTestServer["t"];
let app: HttpTestServer["app"];

beforeAll(async () => {
  server = await startHttpServer({ notifyCallbackToken: token });
  ({ t, app } = server);
});
afterAll(() => server.stop());

/** A booking made over HTTP and a message about it that Notify accepted as `providerId`. */
async function sentMessage(providerId: string) {
  const [centre] = await t.db.select().from(schema.centres).where(eq(schema.centres.slug, "witney"));
  const [type] = await t.db.select().from(schema.sessionTypes).where(eq(schema.sessionTypes.code, "stay_play_learn"));
  const [session] = await insertOpenAccessSessions(t.db, [
    {
      centreId: centre!.id,
      sessionTypeId: type!.id,
      title: "Stay and play",
      date: "2027-03-03",
      startTime: "10:00",
      endTime: "11:00",
      capacity: 5,
      createdBy: null,
    },
  ]);
  const res = await app.inject({
    method: "POST",
    url: "/trpc/bookings.create",
    payload: {
      sessionId: session!.id,
      idempotencyKey: randomUUID(),
      carerName: "Robin Carer",
      mobile: "07700 900321",
      preferredChannel: "sms",
      postcode: "OX28 4AA",
      consentToContact: true,
      children: [{ firstName: "Rae", dateOfBirth: "2024-05-05", send: false }],
    },
  });
  const reference = res.json<{ result: { data: { reference: string } } }>().result.data.reference;
  const [booking] = await t.db.select().from(schema.bookings).where(eq(schema.bookings.reference, reference));
  const now = new Date();
  const claim = await claimDelivery(t.db, {
    key: `booking_confirmed:${booking!.id}:x`,
    kind: "booking_confirmed",
    bookingId: booking!.id,
    transport: "notify",
    now,
    staleBefore: now,
  });
  if (claim.action !== "send") throw new Error("fresh key expected");
  await settleDelivery(t.db, claim.delivery.id, { status: "sent", now, providerId, channel: "sms" });
  return { deliveryId: claim.delivery.id, bookingId: booking!.id };
}

const receipt = (id: string, status: string) => ({
  id,
  reference: "1",
  status,
  notification_type: "sms",
  status_updated_at: new Date().toISOString(),
});

describe("GOV.UK Notify delivery receipts", () => {
  it("refuses a callback without the bearer token and changes nothing", async () => {
    const providerId = randomUUID();
    const { deliveryId } = await sentMessage(providerId);
    const res = await app.inject({
      method: "POST",
      url: "/notify/callback",
      headers: { authorization: "Bearer wrong" },
      payload: receipt(providerId, "delivered"),
    });
    expect(res.statusCode).toBe(401);
    const [row] = await t.db.select().from(schema.notificationDeliveries).where(eq(schema.notificationDeliveries.id, deliveryId));
    expect(row!.status).toBe("sent");
  });

  it("records delivery, and a permanent failure flags the contact detail for staff", async () => {
    const delivered = randomUUID();
    const failed = randomUUID();
    const a = await sentMessage(delivered);
    const b = await sentMessage(failed);
    const post = (payload: object) => app.inject({ method: "POST", url: "/notify/callback", headers: { authorization: `Bearer ${token}` }, payload });
    expect((await post(receipt(delivered, "delivered"))).statusCode).toBe(204);
    expect((await post(receipt(failed, "permanent-failure"))).statusCode).toBe(204);
    const status = async (id: number) =>
      (await t.db.select().from(schema.notificationDeliveries).where(eq(schema.notificationDeliveries.id, id)))[0]!.status;
    expect(await status(a.deliveryId)).toBe("delivered");
    expect(await status(b.deliveryId)).toBe("permanent_failure");
    const flags = await t.db.select().from(schema.familyContactProblems).where(eq(schema.familyContactProblems.bookingId, b.bookingId));
    expect(flags).toEqual([expect.objectContaining({ channel: "sms" })]);
  });
});
