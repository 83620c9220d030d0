import { DEMO_PASSWORD, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, expectAccessible, signIn, startPlatform, type Platform } from "./harness";

/**
 * Issue 11 §1 and §5 in a real browser at 1280 px: phone feedback recorded on a consultation, a
 * request for service made from it (refused first, beside its fields), the day's queue filtered
 * by locality, the request in FSS's intake queue, and a manager's decision on it. axe on every page.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

describe("feedback and escalation in a real browser", () => {
  let consultationId = "";

  it("records phone feedback and sends a request for service to FSS from the consultation page", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/lcss/`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByText("Lena Carter").first().waitFor();
    const child = await call<{ person: { id: string } }>(page, "people.create", {
      firstName: "Maisie",
      lastName: "Okonjo",
      dateOfBirth: "2015-04-05",
      postcode: "OX16 9QA",
    });
    const family = await call<{ id: string }>(page, "families.create", {
      name: "Okonjo household",
      postcode: "OX16 9QA",
      members: [{ personId: child.person.id, role: "child" }],
    });
    const reference = await call<{ organisations: { id: string; kind: string }[] }>(page, "consultations.reference", {});
    const recorded = await call<{ id: string }>(page, "consultations.create", {
      callerName: "Mr Head",
      callerRole: "Head teacher",
      organisationId: reference.organisations.find((o) => o.kind === "school")!.id,
      callerPhone: "01295 000111",
      familyKind: "named",
      familyId: family.id,
      childIds: [child.person.id],
      consentGivenBy: "Mother",
      concern: "Not in school for three weeks.",
      indicatorCodes: ["PC-BAS-3"],
      protectiveFactors: [],
      adviceGiven: "Discussed asking FSS for support.",
      outcome: "request_for_service",
      level: 3,
    });
    consultationId = recorded.id;

    await page.goto(`${platform.baseUrl}/lcss/consultations/${consultationId}`);
    await page.getByRole("heading", { level: 2, name: "Feedback to the referrer" }).waitFor();
    await page.getByText("The caller left no email address").waitFor();
    await expectAccessible(page);
    await page.getByText("Record feedback given by phone").click();
    await page.getByLabel("Note (optional)").fill("Rang Mr Head back.");
    await page.getByRole("button", { name: "Record feedback", exact: true }).click();
    await page.getByText("Phone call").waitFor();
    await page.getByText("Closed").first().waitFor();

    await page.getByText("Ask FSS for a service for this family").click();
    await page.getByRole("button", { name: "Send the request to FSS" }).click();
    await page.getByRole("link", { name: /Enter the reasons for the request/ }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Why does the family need FSS?").fill("Needs exceed what early help can meet.");
    await page.getByLabel("What has been tried already?").fill("Attendance plan since September.");
    // The request's own consent date: the programme referral form on the page asks for one too.
    const request = page.locator("details", { hasText: "Ask FSS for a service for this family" });
    await request.getByLabel("Day").fill("1");
    await request.getByLabel("Month").fill("12");
    await request.getByLabel("Year").fill("2026");
    await page.getByRole("button", { name: "Send the request to FSS" }).click();
    await page.getByRole("heading", { level: 2, name: "Request for service to FSS" }).waitFor();
    await page.getByText("Received by FSS").waitFor();
    await expectAccessible(page);
  });

  it("filters the day's queue by locality", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/lcss/consultations`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Consultations" }).waitFor();
    await page.getByRole("cell", { name: "Okonjo household" }).waitFor();
    await page.getByLabel("Locality").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.getByText("No consultations match.").waitFor();
    await expectAccessible(page);
  });

  it("shows the request in FSS's intake queue, and opens it", async () => {
    const [north] = await platform.db.db.select().from(schema.areas).where(eq(schema.areas.code, "north"));
    await platform.db.db.update(schema.staffUsers).set({ areaId: north!.id }).where(eq(schema.staffUsers.email, "fss.worker@hearth.test"));
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/fss/intake`);
    await signIn(page, "fss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Intake queue" }).waitFor();
    await page.getByRole("cell", { name: "Okonjo household" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: /^RS\d{6}$/ }).click();
    await page.getByRole("heading", { level: 1, name: "Okonjo household" }).waitFor();
    expect(await page.getByText("Needs exceed what early help can meet.").count()).toBe(1);
    // Deciding is for managers: a worker sees no decision form.
    expect(await page.getByRole("heading", { name: "Decide this request" }).count()).toBe(0);
    await expectAccessible(page);
  });

  it("lets a manager decide the request: refused beside the field, then accepted and allocated, and LCSS sees it", async () => {
    const [north] = await platform.db.db.select().from(schema.areas).where(eq(schema.areas.code, "north"));
    await platform.db.db.update(schema.staffUsers).set({ areaId: north!.id }).where(eq(schema.staffUsers.email, "fss.manager@hearth.test"));
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/fss/intake`);
    await signIn(page, "fss.manager@hearth.test", DEMO_PASSWORD);
    await page.getByRole("link", { name: /^RS\d{6}$/ }).click();
    await page.getByRole("heading", { level: 2, name: "Decide this request" }).waitFor();

    await page.getByLabel("No further action").check();
    await page.getByRole("button", { name: "Record decision" }).click();
    await page.getByRole("link", { name: "Enter the reason for no further action" }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Accepted").check();
    // Each possible key worker with their caseload beside the name.
    await page.getByText("0 open cases").first().waitFor();
    await expectAccessible(page);
    await page.getByLabel("Fran Okafor").check();
    await page.getByLabel("Maisie Okonjo").check();
    await page.getByLabel("Child in need").check();
    await page.getByRole("button", { name: "Record decision" }).click();
    await page.getByText("FSS case", { exact: true }).waitFor();
    await page.getByRole("heading", { level: 1, name: "Okonjo household" }).waitFor();
    await page.getByText("Fran Okafor").waitFor();
    await expectAccessible(page);

    const lcss = await platform.newPage();
    await lcss.goto(`${platform.baseUrl}/lcss/consultations/${consultationId}`);
    await signIn(lcss, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await lcss.getByRole("heading", { level: 2, name: "Request for service to FSS" }).waitFor();
    await lcss.getByText("Accepted", { exact: true }).waitFor();
    await expectAccessible(lcss);
    // The consultation list shows where FSS has got to with each request.
    await lcss.goto(`${platform.baseUrl}/lcss/consultations`);
    await lcss.getByRole("cell", { name: /Request for service.*Accepted/ }).waitFor();
    await expectAccessible(lcss);
  });
});
