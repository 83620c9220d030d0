import { DEMO_PASSWORD } from "@hearth/db";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

async function openComponentsPage(options?: { width: number; height: number }) {
  const page = await platform.newPage(options);
  await page.goto(`${platform.baseUrl}/lcss/components`);
  await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
  await page.getByRole("heading", { name: "Case-work components", level: 1 }).waitFor();
  return page;
}

/** The text of one column of the caseload table, top to bottom. */
async function column(page: Page, index: number) {
  const table = page.getByRole("table", { name: /Cases/ });
  return table.locator("tbody tr").evaluateAll((rows, i) => rows.map((row) => row.querySelectorAll("th, td")[i]?.textContent?.trim() ?? ""), index);
}

const header = (page: Page, name: string) => page.getByRole("columnheader", { name });

describe("the MOJ case-work components in the LCSS portal", () => {
  it("are behind sign-in", async () => {
    const page = await platform.newPage();
    await page.goto(`${platform.baseUrl}/lcss/components`);
    await page.getByLabel(/email/i).waitFor();
    expect(await page.getByRole("heading", { name: "Case-work components" }).count()).toBe(0);
  });

  it("show a record's identity, pages and chronology in England's time, and pass axe", async () => {
    const page = await openComponentsPage();
    await page.getByText("Ashworth family").first().waitFor();
    await page.getByText("Lead professional").waitFor();

    const pages = page.getByRole("navigation", { name: "Family record" });
    expect(await pages.getByRole("link", { name: "Overview" }).getAttribute("aria-current")).toBe("page");
    await pages.getByRole("link", { name: "Chronology" }).click();
    await expect.poll(() => pages.getByRole("link", { name: "Chronology" }).getAttribute("aria-current")).toBe("page");
    expect(await pages.getByRole("link", { name: "Overview" }).getAttribute("aria-current")).toBeNull();

    // 14:15 UTC in December is 2:15pm in England; 09:00 UTC in July is 10am British Summer Time.
    await page.getByText("2 December 2026 at 2:15pm").waitFor();
    await page.getByText("15 July 2026 at 10am").waitFor();
    await page.getByRole("heading", { name: "Team Around the Family review", level: 3 }).waitFor();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Add case note" }).click();
    const saved = page.getByRole("alert", { name: "success: Case note added" });
    await saved.waitFor();
    expect(await saved.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page);
    await saved.getByRole("button", { name: /Dismiss/ }).click();
    await expect.poll(() => saved.count()).toBe(0);
  });

  it("sorts the table by a click on a column header, and by Enter and Space on it", async () => {
    const page = await openComponentsPage();
    const family = header(page, "Family");
    const children = header(page, "Children");
    expect(await family.getAttribute("aria-sort")).toBe("none");

    await family.getByRole("button").click();
    expect(await family.getAttribute("aria-sort")).toBe("ascending");
    expect(await column(page, 0)).toEqual(["Ashworth", "Baptiste", "Chowdhury", "Doherty", "Ellis", "Fernandes"]);
    await family.getByRole("button").click();
    expect(await family.getAttribute("aria-sort")).toBe("descending");
    expect((await column(page, 0))[0]).toBe("Fernandes");

    // By keyboard alone: Tab to the header's button, then Enter, then Space to reverse.
    await family.getByRole("button").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await children.getByRole("button").evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await children.getAttribute("aria-sort")).toBe("ascending");
    expect(await family.getAttribute("aria-sort")).toBe("none");
    // Numbers in number order: 10 last, not after 1 as text would put it.
    expect(await column(page, 4)).toEqual(["1", "2", "2", "3", "4", "10"]);
    await page.keyboard.press("Space");
    expect(await children.getAttribute("aria-sort")).toBe("descending");
    expect((await column(page, 4))[0]).toBe("10");
    await page.getByRole("status").filter({ hasText: "Sorted by Children (descending)" }).waitFor({ state: "attached" });
    await expectAccessible(page);
  });

  it("filters the caseload, shows the filter in force and removes it", async () => {
    const page = await openComponentsPage();
    await page.getByRole("group", { name: "Locality" }).getByLabel("North").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect.poll(() => column(page, 1)).toEqual(["North", "North"]);
    const tag = page.getByRole("button", { name: "Remove this filter North" });
    await tag.waitFor();
    await expectAccessible(page);
    await tag.click();
    await expect.poll(async () => (await column(page, 1)).length).toBe(6);
    expect(await page.getByRole("group", { name: "Locality" }).getByLabel("North").isChecked()).toBe(false);
  });

  it("folds the filter away on a phone behind a button that says whether it is open", async () => {
    const page = await openComponentsPage({ width: 375, height: 740 });
    const toggle = page.getByRole("button", { name: "Show filter" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("button", { name: "Apply filters" }).isVisible()).toBe(false);

    await toggle.click();
    const hide = page.getByRole("button", { name: "Hide filter" });
    expect(await hide.getAttribute("aria-expanded")).toBe("true");
    await page.getByRole("button", { name: "Apply filters" }).waitFor();
    await expectAccessible(page);

    await page.getByRole("button", { name: /^Close/ }).click();
    await page.getByRole("button", { name: "Apply filters" }).waitFor({ state: "hidden" });
    expect(await page.getByRole("button", { name: "Show filter" }).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("pages through a long list by address", async () => {
    const page = await openComponentsPage();
    await page.getByText("Showing 1 to 6 of 95 total cases").waitFor();
    const pagination = page.getByRole("navigation", { name: "Pagination" });
    expect(await pagination.getByRole("link", { name: "Page 1", exact: true }).getAttribute("aria-current")).toBe("page");
    await pagination.getByRole("link", { name: /Next/ }).click();
    await page.getByText("Showing 7 to 12 of 95 total cases").waitFor();
    expect(new URL(page.url()).searchParams.get("page")).toBe("2");
  });

  it("serves the icons MOJ's CSS asks for beside GOV.UK's", async () => {
    for (const path of ["/assets/images/icon-tag-remove-cross.svg", "/assets/images/icon-close-cross-black.svg", "/assets/images/govuk-crest.svg"]) {
      const response = await fetch(`${platform.baseUrl}${path}`);
      expect(response.status, path).toBe(200);
    }
  });
});
