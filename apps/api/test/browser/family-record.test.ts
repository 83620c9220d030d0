import { DEMO_PASSWORD } from "@hearth/db";
import { describe, expect, it } from "vitest";
import { call, expectAccessible, signIn, usePlatform } from "./harness";

const platformOf = usePlatform();

describe("the family record in a real browser", () => {
  it("opens from a person page with its identity bar and alert, and changes a member in place", async () => {
    const page = await platformOf().newPage();
    await page.goto(`${platformOf().baseUrl}/lcss/`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByText("Lena Carter").first().waitFor();
    // Banbury (OX16) is in the North, the LCSS worker's area.
    const person = (first: string, dateOfBirth: string) => ({
      firstName: first,
      lastName: "Kowalski",
      dateOfBirth,
      postcode: "OX16 9QA",
      confirmedNotDuplicate: true,
    });
    const child = await call<{ person: { id: string } }>(page, "people.create", person("Zofia", "2020-04-05"));
    const mother = await call<{ person: { id: string } }>(page, "people.create", person("Marta", "1992-08-09"));
    const family = await call<{ id: string }>(page, "families.create", {
      name: "Kowalski household",
      postcode: "OX16 9QA",
      members: [
        { personId: child.person.id, role: "child" },
        { personId: mother.person.id, role: "parent_carer" },
      ],
    });
    await call(page, "families.alerts.add", { familyId: family.id, kind: "interpreter", text: "Polish", reviewBy: "2027-06-30" });

    await page.goto(`${platformOf().baseUrl}/lcss/people/${child.person.id}`);
    await page.getByRole("link", { name: "Kowalski household" }).click();
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    expect(page.url()).toBe(`${platformOf().baseUrl}/lcss/families/${family.id}`);
    await expect(page.locator(".moj-identity-bar").textContent()).resolves.toContain("Zofia Kowalski");
    await expect(page.locator(".moj-alert").first().textContent()).resolves.toContain("Interpreter: Polish");
    await expectAccessible(page);

    await page.getByRole("navigation", { name: "Family record" }).getByRole("link", { name: "Members" }).click();
    await page.getByRole("heading", { level: 1, name: "Members" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Change role of Marta Kowalski" }).click();
    await page.getByLabel("Role in the family").selectOption("other_adult");
    await page.getByRole("button", { name: "Save role" }).click();
    // Saved, the change form closes and the member's card shows the new role.
    await page.getByLabel("Role in the family").waitFor({ state: "detached" });
    await page.locator("dd", { hasText: "Other adult" }).waitFor();
    await expectAccessible(page);

    await page.getByRole("navigation", { name: "Family record" }).getByRole("link", { name: "Involvement" }).click();
    await page.getByRole("heading", { level: 1, name: "Involvement" }).waitFor();
    await page.getByText("No bookings at centres.").waitFor();
    await expectAccessible(page);
  }, 120_000);
});
