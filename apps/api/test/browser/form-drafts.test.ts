import { DEMO_PASSWORD } from "@hearth/db";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, signIn, startPlatform, type Platform } from "./harness";

/**
 * Issue 10 §3, no lost work: the add-person form keeps a draft on the server as it is typed and
 * gets it back after a reload, a closed tab or a time-out; the GOV.UK timeout warning lets the
 * worker stay signed in. The page's clock is Playwright's, moved on instead of waited for.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const addPerson = () => `${platform.baseUrl}/lcss/people/new`;

/**
 * Types into the first name and waits for the draft save that follows the pause. The form saves
 * nothing until it has asked for a stored draft (or an empty form would replace it), so the test
 * waits for that answer first: on a busy machine it can come after the heading.
 */
async function typeFirstName(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  const saved = page.waitForResponse((res) => res.url().includes("drafts.save") && res.ok());
  await page.getByLabel("First name").fill(name);
  await saved;
}

describe("form drafts in a real browser", () => {
  it("brings back what was typed after a reload and a closed tab, until it is discarded", async () => {
    const first = await platform.newPage();
    await first.goto(addPerson());
    await signIn(first, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await first.getByRole("heading", { level: 1, name: "Add a person" }).waitFor();
    await first.getByLabel("Last name").fill("Hopper");
    await typeFirstName(first, "Grace");

    await first.reload();
    await first.getByText(/^We restored what you typed on \d{1,2} \w+ \d{4} at /).waitFor();
    expect(await first.getByLabel("First name").inputValue()).toBe("Grace");
    expect(await first.getByLabel("Last name").inputValue()).toBe("Hopper");
    await expectAccessible(first);

    const context = first.context();
    await first.close();
    const second = await context.newPage();
    await second.goto(addPerson());
    await second.getByText(/^We restored what you typed on/).waitFor();
    expect(await second.getByLabel("First name").inputValue()).toBe("Grace");

    await second.getByRole("button", { name: "Discard" }).click();
    await second.getByText(/^We restored what you typed on/).waitFor({ state: "detached" });
    expect(await second.getByLabel("First name").inputValue()).toBe("");
    await second.reload();
    await second.getByRole("heading", { level: 1, name: "Add a person" }).waitFor();
    expect(await second.getByLabel("First name").inputValue()).toBe("");
    expect(await second.getByText(/^We restored what you typed on/).count()).toBe(0);
  });

  it("keeps what is typed before the stored draft has answered, alongside the draft", async () => {
    const page = await platform.newPage();
    await page.goto(addPerson());
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Add a person" }).waitFor();
    await page.waitForLoadState("networkidle");
    const stored = page.waitForResponse((res) => res.url().includes("drafts.save") && res.ok());
    await page.getByLabel("Last name").fill("Lovelace");
    await stored;

    // A slow line: the stored draft's answer is held back while the worker types the first name.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/drafts\.get/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Add a person" }).waitFor();
    await page.getByLabel("First name").fill("Ada");
    const saved = page.waitForResponse((res) => res.url().includes("drafts.save") && res.ok());
    release();
    await saved;
    expect(await page.getByLabel("First name").inputValue()).toBe("Ada");
    expect(await page.getByLabel("Last name").inputValue()).toBe("Lovelace");

    await page.unroute(/drafts\.get/);
    await page.reload();
    await page.getByText(/^We restored what you typed on/).waitFor();
    expect(await page.getByLabel("First name").inputValue()).toBe("Ada");
    expect(await page.getByLabel("Last name").inputValue()).toBe("Lovelace");
    // The drafts are the worker's: leave none behind for the next test.
    await page.getByRole("button", { name: "Discard" }).click();
    await page.getByText(/^We restored what you typed on/).waitFor({ state: "detached" });
  });

  it("warns before the session times out, keeps it on request, and restores the draft after signing in again", async () => {
    const page = await platform.newPage();
    await page.clock.install();
    await page.goto(addPerson());
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Add a person" }).waitFor();
    await typeFirstName(page, "Ada");

    // The default idle timeout is 30 minutes; the warning comes in its last two or three.
    await page.clock.fastForward("28:00");
    const warning = page.getByRole("dialog", { name: "You’re about to be signed out" });
    await warning.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Stay signed in");
    expect(await warning.getAttribute("aria-modal")).toBe("true");
    expect(await warning.textContent()).toMatch(/we will sign you out in \d+ (minute|second)/);
    await expectAccessible(page);

    const pinged = page.waitForResponse((res) => res.url().includes("auth.ping"));
    await page.getByRole("button", { name: "Stay signed in" }).click();
    expect((await pinged).ok()).toBe(true);
    await warning.waitFor({ state: "hidden" });
    expect(await page.getByLabel("First name").inputValue()).toBe("Ada");

    // Nobody answers the next warning: the tab signs out and says why, on the same page.
    await page.clock.fastForward("31:00");
    await page.getByText("We signed you out because you had not used Hearth for 30 minutes").waitFor();
    await expectAccessible(page);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByText(/^We restored what you typed on/).waitFor();
    expect(await page.getByLabel("First name").inputValue()).toBe("Ada");
    expect(page.url()).toBe(addPerson());
  });
});
