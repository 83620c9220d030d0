import { schema } from "@hearth/db";
import { describe, expect, it } from "vitest";
import { areaIdOf, expectAccessible, signInAt, usePlatform } from "./harness";

/**
 * A data officer answering a subject access request: finds the person in "Duplicates and
 * restrictions", reads who has looked at their record (with a CSV download) and produces the
 * document of everything held about them; axe on every page.
 */
const platform = usePlatform();

describe("who looked at whom and the subject access export", () => {
  it("lists the accesses, downloads them and produces the document", { timeout: 120_000 }, async () => {
    const central = await areaIdOf(platform(), "central");
    await platform()
      .db.db.insert(schema.people)
      .values({ firstName: "Sana", lastName: "Subject", dateOfBirth: "2016-06-01", postcode: "OX4 2AB", areaId: central });
    const page = await platform().newPage();
    await signInAt(page, platform(), "/fss/", "data.officer@hearth.test");
    await page.getByRole("link", { name: "Duplicates and restrictions" }).click();
    await page.getByLabel("Name").fill("Sana Subject");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "Who has looked at the record of Sana Subject" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Who has looked at Sana Subject");
    // The search that found her showed her: that summary read is the first access listed.
    await expect.poll(() => page.getByRole("table").textContent()).toContain("person.read-summary");
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download as CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("access-log-subject-sana.csv");

    await page.goBack();
    await page.getByLabel("Name").fill("Sana Subject");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "Subject access export for Sana Subject" }).click();
    await page.getByRole("button", { name: "Produce the document" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Everything Hearth holds about Sana Subject");
    await expect.poll(() => page.getByRole("heading", { name: "Who has looked at the record" }).count()).toBe(1);
    await expectAccessible(page);
  });
});
