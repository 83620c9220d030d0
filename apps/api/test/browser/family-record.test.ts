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

    // Ending an alert needs a reason: refused beside the field before anything is sent.
    await page.getByRole("button", { name: "End Interpreter alert" }).click();
    await page.getByRole("button", { name: "End alert" }).click();
    await page.getByRole("link", { name: "Enter why the alert no longer applies" }).waitFor();
    await page.locator("#reason-error", { hasText: "Enter why the alert no longer applies" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Why does the alert no longer apply?").fill("They now speak English at home");
    await page.getByRole("button", { name: "End alert" }).click();
    await page.getByText("There are no alerts on this family.").waitFor();

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

    // Removing a member without a reason is refused beside the field, and nothing is removed.
    await page.getByRole("link", { name: "Remove from family Marta Kowalski" }).click();
    await page.getByRole("button", { name: "Remove from family" }).click();
    await page.getByRole("link", { name: "Enter why they are no longer a member of the family" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Why are they no longer a member of the family?").fill("Moved out in the summer");
    await page.getByRole("button", { name: "Remove from family" }).click();
    await page.getByRole("region", { name: "Marta Kowalski" }).waitFor({ state: "detached" });

    await page.getByRole("navigation", { name: "Family record" }).getByRole("link", { name: "Involvement" }).click();
    await page.getByRole("heading", { level: 1, name: "Involvement" }).waitFor();
    await page.getByText("No bookings at centres.").waitFor();
    await expectAccessible(page);
  }, 120_000);
});
