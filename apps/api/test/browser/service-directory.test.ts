import { describe, expect, it } from "vitest";
import { expectAccessible, signInAt, usePlatform } from "./harness";

/**
 * The locality service directory (issue 15 §1) in a real browser: a parent on a phone (375 px) finds
 * support by postcode without an account, a bad postcode refused beside its box; a locality worker
 * adds a service, an upside-down age range and a missing way in refused beside their fields, and
 * finds it in the list. axe on every page.
 */
const platform = usePlatform();

describe("Find support near you", () => {
  it("finds the demo directory's services by postcode, need and age on a phone, phone number first", async () => {
    const page = await platform().newPage({ width: 375, height: 740 });
    await page.goto(`${platform().baseUrl}/centres/support`);
    await page.getByRole("heading", { level: 1, name: "Find support near you" }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Postcode").fill("Banbury");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "Enter a full postcode, like OX4 6QB, or the first part, like OX4" }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Postcode").fill("OX16 3HA");
    await page.getByLabel("Kind of support").selectOption("money_and_housing");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("heading", { level: 3, name: "Banbury Food Larder" }).waitFor();
    // Only the district travels in the address bar: a full postcode is where a family lives.
    expect(page.url()).toContain("postcode=OX16");
    expect(page.url()).not.toContain("3HA");
    await expect(page.getByRole("heading", { name: /in Banbury North/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "01632 960 201" }).getAttribute("href")).resolves.toBe("tel:01632960201");
    await expect(page.getByRole("heading", { level: 3, name: "Wantage Youth Employment Hub" }).count()).resolves.toBe(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await expectAccessible(page);
  });
});

describe("keeping the directory", () => {
  it("adds a service, refusing bad answers beside their fields, and lists it", async () => {
    const page = await platform().newPage();
    await signInAt(page, platform(), "/lcss/directory", "lcss.worker@hearth.test");
    await page.getByRole("heading", { level: 1, name: "Service directory" }).waitFor();
    await page.getByRole("cell", { name: "Home-Start North Oxfordshire" }).first().waitFor();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Add a service" }).click();
    await page.getByRole("heading", { level: 1, name: "Add a service to the directory" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Name of the service").fill("Kidlington Parent Café");
    await page.getByLabel("Who provides it").fill("Kidlington Community Trust");
    await page.getByLabel("What it offers").fill("A weekly drop-in café for parents, with a family worker there to talk to.");
    await page.getByRole("group", { name: "Kinds of need it meets" }).getByLabel("Parenting support").check();
    await page.getByLabel("Youngest age").fill("5");
    await page.getByLabel("Oldest age").fill("2");
    await page.getByLabel("Cost").fill("Free");
    await page.getByRole("group", { name: "Localities it covers" }).getByLabel("Kidlington").check();
    await page.getByLabel("Phone number").fill("01632 960 299");
    await page.getByRole("button", { name: "Add the service" }).click();
    await page.getByRole("link", { name: "The oldest age must be the same as or more than the youngest age" }).waitFor();
    await page.getByRole("link", { name: /Choose how families can use the service/ }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Oldest age").fill("99");
    await page.getByRole("group", { name: "How families can use the service" }).getByLabel("Families can contact the service themselves").check();
    await page.getByLabel("Name of venue 1").fill("Kidlington Library");
    await page.getByLabel("Address of venue 1").fill("Oxford Road, Kidlington");
    await page.getByLabel("Postcode of venue 1").fill("ox5 1ab");
    await page.getByRole("button", { name: "Add the service" }).click();
    await page.getByRole("heading", { level: 1, name: "Service directory" }).waitFor();
    await page.getByRole("link", { name: "Kidlington Parent Café" }).waitFor();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Kidlington Parent Café" }).click();
    await page.getByRole("heading", { level: 1, name: "Change Kidlington Parent Café" }).waitFor();
    await expect(page.getByLabel("Postcode of venue 1").inputValue()).resolves.toBe("OX5 1AB");
    await expectAccessible(page);
  });
});
