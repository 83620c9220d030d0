import { DEMO_PASSWORD, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";

/**
 * Issue 11 §2 on a phone (375 px): a professional without an account asks for advice. Immediate
 * risk first (a yes shows the MASH number and stops); a personal email address is refused beside
 * the box with what was typed kept; check answers; the emailed link confirms it. axe on every page.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform({ withWorker: true });
});
afterAll(() => platform?.close());

const phone = { width: 375, height: 740 };
const start = () => `${platform.baseUrl}/lcss/ask-for-advice`;

async function noSideways(page: Awaited<ReturnType<Platform["newPage"]>>) {
  // Nothing wider than the phone's screen: no sideways scrolling to read or answer.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

describe("asking for advice about a child on a phone", () => {
  it("shows the MASH number and stops when a child is at immediate risk", async () => {
    const page = await platform.newPage(phone);
    await page.goto(start());
    await page.getByRole("group", { name: "Is a child at immediate risk of significant harm?" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("link", { name: "Say whether a child is at immediate risk of significant harm" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Yes", { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { level: 1, name: "Call the MASH now" }).waitFor();
    expect(await page.getByTestId("mash-phone").textContent()).toBe("01632 960 123");
    expect(await page.getByRole("button").count()).toBe(0);
    await expectAccessible(page);
    await noSideways(page);
  });

  it("asks one thing at a time, refuses a personal email beside the box, and sends once the email is confirmed", async () => {
    const page = await platform.newPage(phone);
    await page.goto(start());
    await page.getByLabel("No", { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();

    await page.getByRole("heading", { level: 1, name: "Who are you?" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("link", { name: "Enter your name" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Your full name").fill("Dana Mills");
    await page.getByLabel("Your role").fill("Designated safeguarding lead");
    await page.getByRole("button", { name: "Continue" }).click();

    await page.getByRole("heading", { level: 1, name: "Which organisation do you work for?" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Which organisation do you work for?").fill("Cherwell Primary School");
    await page.getByRole("button", { name: "Continue" }).click();

    await page.getByRole("heading", { level: 1, name: "What is your work email address?" }).waitFor();
    await expectAccessible(page);
    const email = page.getByLabel("What is your work email address?");
    await email.fill("dana.mills@gmail.com");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator("#email-error").getByText("Use your work email address").waitFor();
    expect(await email.inputValue()).toBe("dana.mills@gmail.com");
    await expectAccessible(page);
    await noSideways(page);
    await email.fill("dsl@cherwell.oxon.sch.uk");
    await page.getByRole("button", { name: "Continue" }).click();

    await page.getByRole("heading", { level: 1, name: "About the child" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("No, I will ask without names").check();
    await page.getByLabel("The child’s age in years").fill("eight");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator("#childAge-error").waitFor();
    expect(await page.getByLabel("The child’s age in years").inputValue()).toBe("eight");
    await expectAccessible(page);
    await page.getByLabel("The child’s age in years").fill("8");
    await page.getByLabel("School or setting (optional)").fill("Cherwell Primary School");
    // A North locality, so the request lands in the North worker's queue.
    const [north] = await platform.db.db.select().from(schema.areas).where(eq(schema.areas.code, "north"));
    const [locality] = await platform.db.db.select().from(schema.localities).where(eq(schema.localities.areaId, north!.id)).limit(1);
    await page.getByLabel("Locality where the child lives").selectOption(locality!.id);
    await page.getByRole("button", { name: "Continue" }).click();

    await page.getByRole("heading", { level: 1, name: "Your concern" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("What are you worried about?").fill("Arrives hungry and tired most mornings.");
    await page.getByLabel("What has been tried so far?").fill("Breakfast club place offered.");
    await page.getByRole("button", { name: "Continue" }).click();

    await page.getByRole("heading", { level: 1, name: "Check your answers before sending" }).waitFor();
    await expectAccessible(page);
    await noSideways(page);
    await page.getByRole("button", { name: "Send and confirm my email" }).click();
    await page.getByRole("heading", { level: 1, name: "Check your email" }).waitFor();
    await expectAccessible(page);

    // Not in any queue until the link is opened.
    const db = platform.db.db;
    expect(await db.select().from(schema.consultations).where(eq(schema.consultations.callerEmail, "dsl@cherwell.oxon.sch.uk"))).toEqual([]);
    let link: string | undefined;
    for (let i = 0; i < 100 && !link; i++) {
      const [message] = await db.select().from(schema.outboxMessages).where(eq(schema.outboxMessages.recipient, "dsl@cherwell.oxon.sch.uk"));
      link = message && /^http\S+#[A-Za-z0-9_-]{43}$/m.exec(message.body)?.[0];
      if (!link) await page.waitForTimeout(100);
    }
    expect(link).toBeDefined();

    await page.goto(link!);
    await page.getByRole("heading", { level: 1, name: "Send your request for advice" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Send my request" }).click();
    await page.getByRole("heading", { level: 1, name: "Request sent" }).waitFor();
    await expectAccessible(page);
    const [consultation] = await db.select().from(schema.consultations).where(eq(schema.consultations.callerEmail, "dsl@cherwell.oxon.sch.uk"));
    expect(consultation).toMatchObject({ status: "awaiting_call_back", source: "online" });

    // The same link again is refused in plain English.
    const again = await platform.newPage(phone);
    await again.goto(link!);
    await again.getByRole("button", { name: "Send my request" }).click();
    await again.getByText("This link has expired or has already been used").first().waitFor();
    await expectAccessible(again);

    // In the North queue: a locality worker picks it up, and the professional is told, with the reference only.
    const staff = await platform.newPage();
    await staff.goto(`${platform.baseUrl}/lcss/consultations/${consultation!.id}`);
    await signIn(staff, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await staff.getByRole("button", { name: "Pick up this request" }).click();
    await staff.getByText("Open", { exact: true }).waitFor();
    expect(await staff.getByRole("button", { name: "Pick up this request" }).count()).toBe(0);
    await expectAccessible(staff);
    let pickedUp: string | undefined;
    for (let i = 0; i < 100 && !pickedUp; i++) {
      const messages = await db.select().from(schema.outboxMessages).where(eq(schema.outboxMessages.recipient, "dsl@cherwell.oxon.sch.uk"));
      pickedUp = messages.find((m) => m.subject.includes("picked up"))?.body;
      if (!pickedUp) await staff.waitForTimeout(100);
    }
    expect(pickedUp).toBeDefined();
    expect(pickedUp).not.toMatch(/hungry|Breakfast|Cherwell Primary/i);
  });
});
