import { describe, expect, it } from "vitest";
import { readWorkerEnv } from "../src/env";
import { FAKE_API_KEY } from "./support/fake-notify";

describe("worker configuration", () => {
  it("stops at start when Notify is half configured, naming the missing template", () => {
    expect(() => readWorkerEnv({ NOTIFY_API_KEY: FAKE_API_KEY, NOTIFY_SMS_TEMPLATE_ID: "11111111-1111-4111-8111-111111111111" })).toThrow(
      /NOTIFY_EMAIL_TEMPLATE_ID: is required with NOTIFY_API_KEY/,
    );
  });

  it("stops at start on a malformed Notify API key", () => {
    expect(() =>
      readWorkerEnv({
        NOTIFY_API_KEY: "not-a-key",
        NOTIFY_SMS_TEMPLATE_ID: "11111111-1111-4111-8111-111111111111",
        NOTIFY_EMAIL_TEMPLATE_ID: "22222222-2222-4222-8222-222222222222",
      }),
    ).toThrow(/NOTIFY_API_KEY: is not a GOV.UK Notify API key/);
  });

  it("needs a sender address with SMTP", () => {
    expect(() => readWorkerEnv({ SMTP_URL: "smtp://relay.example:25" })).toThrow(/SMTP_FROM/);
  });

  it("sends to the outbox when nothing is configured", () => {
    const env = readWorkerEnv({});
    expect(env.NOTIFY_API_KEY).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
  });
});
