import { describe, expect, it } from "vitest";
import { expectAccessible, signInAt, staffByEmail, usePlatform } from "./harness";

/**
 * An administrator runs staff accounts in the browser: the list, an invitation refused for an
 * email already in use and then made, its link setting a password, and an edit of a role and
 * area; axe on every page.
 */
const platform = usePlatform();

describe("staff accounts", () => {
  it("lists staff, invites one who sets a password from the link, and moves them to another area", { timeout: 120_000 }, async () => {
    const page = await platform().newPage();
    await signInAt(page, platform(), "/fss/", "admin@hearth.test");
    await page.getByRole("link", { name: "Staff accounts" }).first().click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Staff accounts");
    await expect.poll(() => page.getByRole("link", { name: "Lena Carter" }).count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Invite a member of staff" }).click();
    await page.getByLabel("Full name").fill("Nia Newcomer");
    await page.getByLabel("Work email address").fill("lcss.worker@hearth.test");
    await page.getByLabel("Role").selectOption({ label: "LCSS locality worker" });
    await page.getByLabel("Area").selectOption({ label: "North" });
    await page.getByRole("button", { name: "Create the account" }).click();
    await expect.poll(() => page.locator(".govuk-error-message").first().textContent()).toContain("already an account with this email address");
    await expectAccessible(page);

    await page.getByLabel("Work email address").fill("nia.newcomer@hearth.test");
    await page.getByRole("button", { name: "Create the account" }).click();
    const link = (await page.getByTestId("invitation-link").textContent())!;
    expect(link).toMatch(/\/fss\/set-password#/);
    await expectAccessible(page);

    // The newcomer follows the link in a browser of their own.
    const newcomer = await platform().newPage();
    await newcomer.goto(link);
    await newcomer.getByLabel("Password", { exact: true }).fill("short");
    await newcomer.getByLabel("Type the password again").fill("short");
    await newcomer.getByRole("button", { name: "Set password and sign in" }).click();
    await expect.poll(() => newcomer.locator(".govuk-error-message").first().textContent()).toContain("at least 12 characters");
    await expectAccessible(newcomer);
    await newcomer.getByLabel("Password", { exact: true }).fill("correct horse battery");
    await newcomer.getByLabel("Type the password again").fill("correct horse battery");
    await newcomer.getByRole("button", { name: "Set password and sign in" }).click();
    await expect.poll(() => newcomer.getByText("Nia Newcomer").count()).toBeGreaterThan(0);

    // The administrator moves them to South as a senior practitioner.
    const nia = await staffByEmail(platform(), "nia.newcomer@hearth.test");
    await page.goto(`${platform().baseUrl}/fss/staff/${nia.id}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Nia Newcomer");
    await expectAccessible(page);
    await page.getByLabel("Role").selectOption({ label: "LCSS senior practitioner" });
    await page.getByLabel("Area").selectOption({ label: "South" });
    await page.getByRole("button", { name: "Save role and workplace" }).click();
    await expect.poll(() => page.getByText("Role and workplace saved").count()).toBe(1);
    await expect.poll(() => page.locator(".govuk-summary-list").textContent()).toContain("South");
    await expectAccessible(page);

    // Deactivated: the newcomer's open page is refused on its next request.
    await page.getByRole("button", { name: "Deactivate account" }).click();
    await expect.poll(() => page.getByText(/is deactivated and was signed out/).count()).toBe(1);
    await expectAccessible(page);
    await newcomer.reload();
    await expect.poll(() => newcomer.getByRole("heading", { level: 1 }).textContent()).toBe("Sign in");
  });
});
