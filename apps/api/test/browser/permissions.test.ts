import { DEMO_PASSWORD, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";

/**
 * The apps offer each role exactly what the server answers, because both read @hearth/domain's
 * permissions map; and whatever refuses, the words say the account has no access.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const NO_ACCESS = "Your account does not have access to this.";
const navigation = (page: Awaited<ReturnType<Platform["newPage"]>>) => page.getByRole("navigation", { name: "Menu" });

describe("permissions in a real browser", () => {
  it("an administrator in the centre staff area is shown Messages, which loads, and is refused the session pages plainly", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/centres/staff`);
    await signIn(page, "admin@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { name: /Manage children.s centre sessions/, level: 1 }).waitFor();
    const links = navigation(page);
    await links.getByRole("link", { name: "Messages" }).waitFor();
    expect(await links.getByRole("link", { name: "Today" }).count()).toBe(0);
    expect(await links.getByRole("link", { name: "Reach" }).count()).toBe(0);

    await links.getByRole("link", { name: "Messages" }).click();
    await page.getByRole("heading", { name: "Messages to families" }).waitFor();
    await page.getByText("Every message has gone out.").waitFor();
    expect(await page.getByText("Try again later").count()).toBe(0);

    await page.goto(`${platform.baseUrl}/centres/staff/today`);
    await page.getByRole("heading", { name: "You cannot use this page" }).waitFor();
    await page.getByText(NO_ACCESS).waitFor();
    await expectAccessible(page);
  });

  it("a data officer is shown the reach page, and its figures load", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/centres/staff`);
    await signIn(page, "data.officer@hearth.test", DEMO_PASSWORD);
    const links = navigation(page);
    await links.getByRole("link", { name: "Reach" }).click();
    await page.getByRole("heading", { name: "Reach", exact: true }).waitFor();
    await page.getByRole("button", { name: "Download CSV" }).waitFor();
    expect(await links.getByRole("link", { name: "Sessions" }).count()).toBe(0);
    expect(await links.getByRole("link", { name: "Messages" }).count()).toBe(0);
    await expectAccessible(page);
  });

  it("a role without the person index is refused its pages with the same words", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/fss/people`);
    await signIn(page, "data.officer@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { name: "You cannot use this page" }).waitFor();
    await page.getByText(NO_ACCESS).waitFor();
    expect(await navigation(page).getByRole("link", { name: "Find a person" }).count()).toBe(0);
  });

  it("a search the server refuses says the account has no access, not to try again later", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/lcss/people`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { name: "Find a person" }).waitFor();
    // The account loses the person index while the page is open: only the server can refuse now.
    await platform.db.db.update(schema.staffUsers).set({ role: "data_officer" }).where(eq(schema.staffUsers.email, "lcss.worker@hearth.test"));
    await page.getByLabel("Name", { exact: true }).fill("Matrix");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByText(NO_ACCESS).first().waitFor();
    expect(await page.getByText("Try again later").count()).toBe(0);
  });
});
