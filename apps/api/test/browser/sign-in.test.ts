import { DEMO_PASSWORD } from "@hearth/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const apps = [
  { path: "/lcss/", email: "lcss.worker@hearth.test", name: "Lena Carter", where: "North" },
  { path: "/fss/", email: "fss.worker@hearth.test", name: "Fran Okafor", where: "South" },
  { path: "/centres/staff/", email: "centre.staff@hearth.test", name: "Cal Evans", where: "Blackbird Leys" },
];

describe("in a real browser", () => {
  it("the landing page links to every app", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/`);
    for (const href of ["/lcss/", "/fss/", "/centres/", "/centres/staff/"])
      expect(await page.locator(`a[href="${href}"]`).count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });

  for (const app of apps)
    it(`signs in to ${app.path} and shows who you are and where you work`, async () => {
      const page = await platform.newPage();
      await page.goto(`${platform.baseUrl}${app.path}`);
      await page.getByLabel(/email/i).waitFor();
      await expectAccessible(page);

      await signIn(page, app.email, "wrong password");
      await page.getByText("The email address or password is not right").first().waitFor();
      await expectAccessible(page);
      // The email typed is kept after the error.
      expect(await page.getByLabel(/email/i).inputValue()).toBe(app.email);

      await signIn(page, app.email, DEMO_PASSWORD);
      await page.getByText(app.name).first().waitFor();
      await page.getByText(app.where).first().waitFor();
      await expectAccessible(page);

      await page.getByRole("button", { name: /sign out/i }).click();
      await page.getByLabel(/email/i).waitFor();
    });

  it("lists the Children and Family Centres by area without sign-in, on a phone", async () => {
    const page = await platform.newPage({ width: 375, height: 740 });
    await page.goto(`${platform.baseUrl}/centres/`);
    for (const area of ["North", "Central", "South"]) await page.getByRole("heading", { name: area }).waitFor();
    await page.getByText("Blackbird Leys Children and Family Centre").waitFor();
    await expectAccessible(page);
    // Nothing wider than the phone's screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe("the accessibility check itself", () => {
  it("fails on a page with a known violation, so a clean result means something", async () => {
    const page = await platform.newPage();
    await page.setContent(`<!doctype html><html lang="en"><title>t</title><main><input type="text"></main></html>`);
    await expect(expectAccessible(page)).rejects.toThrow(/accessibility violations/);
  });
});
