import { DEMO_PASSWORD } from "@hearth/db";
import { describe, it } from "vitest";
import { expectAccessible, signIn, usePlatform } from "./harness";

/**
 * Issue 13 §1 in a real browser: an FSS manager adds a programme to the catalogue (evidence
 * rating, target group and ages, sessions, completion rule, outcome measures), is told beside the
 * box what is wrong, then changes it; the catalogue lists it. axe on every page.
 */
const platform = usePlatform();

describe("the programme catalogue in a real browser", () => {
  it("adds a programme, refusing an oldest age below the youngest, then changes it", async () => {
    const page = await platform().newPage();
    await page.goto(`${platform().baseUrl}/fss/`);
    await signIn(page, "fss.manager@hearth.test", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Programmes" }).first().click();
    await page.getByRole("link", { name: "See the programmes FSS can run" }).click();
    await page.getByRole("heading", { name: "Programme catalogue" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Add a programme" }).click();
    await page.getByRole("heading", { name: "Add a programme" }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Name").fill("Browser Family Links Nurturing");
    await page.getByLabel("Kind of programme").selectOption({ label: "Parenting" });
    await page.getByLabel("Evidence rating").selectOption({ label: "Level 3" });
    await page.getByLabel("Target group (optional)").fill("Parents of children aged 2 to 12");
    await page.getByLabel("Youngest age").fill("12");
    await page.getByLabel("Oldest age").fill("2");
    await page.getByLabel("Level 2").check();
    await page.getByLabel("Number of sessions").fill("10");
    await page.getByLabel("Share of sessions a family must attend to complete").fill("0.7");
    await page.getByLabel("Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS)").check();
    await page.getByRole("button", { name: "Add the programme" }).click();
    await page.getByRole("link", { name: "The oldest age must not be below the youngest" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Youngest age").fill("2");
    await page.getByLabel("Oldest age").fill("12");
    await page.getByRole("button", { name: "Add the programme" }).click();
    await page.getByRole("heading", { name: "Programme catalogue" }).waitFor();

    await page.getByRole("link", { name: "Browser Family Links Nurturing" }).click();
    await page.getByRole("heading", { name: "Change a programme" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Number of sessions").fill("12");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("heading", { name: "Programme catalogue" }).waitFor();
    await page.getByRole("row", { name: /Browser Family Links Nurturing.*12.*70% of sessions/ }).waitFor();
    await expectAccessible(page);
  });
});
