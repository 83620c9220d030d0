import { describe, expect, it } from "vitest";
import { describeSessionTime, familyMessageKey, familyMessageKinds, parseFamilyMessageKey, renderFamilyMessage } from "./family-messages";

const p = {
  carerFirstName: "Amira",
  sessionTitle: "Stay, play and learn",
  centreName: "Didcot Children and Family Centre",
  when: "Tuesday 24 November 2026, 10am to 11:30am",
  reference: "HB-7K3Q-9M",
  manageLink: "https://hearth.example/centres/booking/manage#t0k3n",
};

describe("family messages", () => {
  it.each(familyMessageKinds)("%s greets the carer, says what and where, and ends with the reference", (kind) => {
    const { subject, body } = renderFamilyMessage(kind, p);
    expect(subject.length).toBeGreaterThan(5);
    expect(body).toMatch(/^Hello Amira,/);
    expect(body).toContain("Stay, play and learn");
    expect(body).toMatch(/Reference: HB-7K3Q-9M$/);
  });

  it("says why a session was cancelled when staff gave a reason, and only in that message", () => {
    const withReason = { ...p, cancellationReason: "The heating has broken down" };
    expect(renderFamilyMessage("session_cancelled", withReason).body).toContain("Reason: The heating has broken down");
    expect(renderFamilyMessage("session_cancelled", p).body).not.toContain("Reason:");
    expect(renderFamilyMessage("booking_confirmed", withReason).body).not.toContain("heating");
  });

  it("keeps a reminder within two text messages", () => {
    expect(renderFamilyMessage("session_reminder", p).body.length).toBeLessThanOrEqual(306);
  });

  it("never mentions services, assessments or social care", () => {
    for (const kind of familyMessageKinds)
      expect(renderFamilyMessage(kind, p).body).not.toMatch(/social|assessment|support worker|referr|safeguard|concern/i);
  });

  it("reads back the parts of an idempotency key, colons in the timestamp and all", () => {
    const key = familyMessageKey("session_reminder", "0b9f7f7e-1c1a-4c1e-9a53-0d8a4c1a2b3c", "2026-11-24T10:00:00.000Z");
    expect(parseFamilyMessageKey(key)).toEqual({
      kind: "session_reminder",
      bookingId: "0b9f7f7e-1c1a-4c1e-9a53-0d8a4c1a2b3c",
      about: "2026-11-24T10:00:00.000Z",
    });
    expect(parseFamilyMessageKey("nonsense")).toBeNull();
  });

  it("describes a time in London time, whatever the server's zone", () => {
    // 09:30 UTC in summer is 10:30 in London.
    expect(describeSessionTime(new Date("2026-07-14T09:30:00Z"), new Date("2026-07-14T11:00:00Z"))).toBe("Tuesday 14 July 2026, 10:30am to 12pm");
  });
});
