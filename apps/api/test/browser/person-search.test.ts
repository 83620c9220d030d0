import { DEMO_PASSWORD, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

// Banbury (OX16) is in the North, the LCSS worker's area.
const joanne = { firstName: "Joanne", lastName: "Smith", dateOfBirth: "2017-03-14", postcode: "ox16 9qa" };

describe("finding a person in a real browser", () => {
  it("keeps the search out of the address and the request line, and brings the results back with the back button", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/lcss/`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByText("Lena Carter").first().waitFor();
    // Recorded as the app would, by a same-origin POST.
    const created = await page.evaluate(async (person) => {
      const res = await fetch("/trpc/people.create", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(person),
      });
      return res.status;
    }, joanne);
    expect(created).toBe(200);

    const searchRequests: { method: string; url: string }[] = [];
    page.on("request", (req) => {
      if (req.url().includes("people.search")) searchRequests.push({ method: req.method(), url: req.url() });
    });
    await page.goto(`${platform.baseUrl}/lcss/people`);
    await page.getByLabel("Name").fill("joanne smi");
    await page.getByLabel("Postcode").fill("OX16");
    await page.getByRole("button", { name: "Search" }).click();
    const result = page.getByRole("link", { name: "Joanne Smith" });
    await result.waitFor();
    await expectAccessible(page);

    expect(page.url()).toBe(`${platform.baseUrl}/lcss/people`);
    expect(searchRequests.length).toBeGreaterThan(0);
    for (const req of searchRequests) {
      expect(req.method).toBe("POST");
      expect(req.url.toLowerCase()).not.toMatch(/joanne|ox16/);
    }

    await result.click();
    await page.getByRole("heading", { level: 1, name: "Joanne Smith" }).waitFor();
    await page.goBack();
    await page.getByRole("link", { name: "Joanne Smith" }).waitFor();
    expect(await page.getByLabel("Name").inputValue()).toBe("joanne smi");
    expect(page.url()).toBe(`${platform.baseUrl}/lcss/people`);
  });

  it("finds a misspelt name, and shows a person known in another area with only a link to ask for it with a reason", async () => {
    const [south] = await platform.db.db.select().from(schema.areas).where(eq(schema.areas.code, "south"));
    await platform.db.db.insert(schema.people).values([
      { firstName: "Jayden", lastName: "Smith", dateOfBirth: "2016-07-02", postcode: "OX16 9QA", areaId: (await northAreaId())! },
      { firstName: "Jaiden", lastName: "Smith", dateOfBirth: "2015-02-20", postcode: "OX14 3AA", areaId: south!.id },
    ]);
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/lcss/`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByText("Lena Carter").first().waitFor();
    await page.goto(`${platform.baseUrl}/lcss/people`);
    await page.getByLabel("Name").fill("Jaden Smyth");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "Jayden Smith", exact: true }).waitFor();
    const elsewhere = page.getByRole("row").filter({ hasText: "Jaiden Smith" });
    await elsewhere.getByText("Known in South area — contact South LCSS team").waitFor();
    // The only link asks for a reason; it holds the result's handle, never the record's id.
    const ask = elsewhere.getByRole("link");
    expect(await ask.count()).toBe(1);
    expect(await ask.getAttribute("href")).toMatch(/\/record-access\/open\/[A-Za-z0-9_-]{22}$/);
    expect(await elsewhere.textContent()).not.toMatch(/OX14|2015/);
    await expectAccessible(page);

    // The other ways to search sit behind "More ways to search" and explain a wrong entry plainly.
    await page.getByText("More ways to search").click();
    await page.getByLabel("Name").fill("");
    await page.getByLabel("Age").fill("seven");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "Enter the age in whole years, like 7" }).waitFor();
    await expectAccessible(page);
  });
});

async function northAreaId() {
  const [north] = await platform.db.db.select().from(schema.areas).where(eq(schema.areas.code, "north"));
  return north?.id;
}
