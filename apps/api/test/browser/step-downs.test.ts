import { closeFssCase, DEMO_PASSWORD, insertFssCase, schema } from "@hearth/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { expectAccessible, signIn, usePlatform } from "./harness";

/**
 * Issue 12 §2 / issue 11 §5 in a real browser at 1280 px: a family FSS stepped down when closing
 * its case is in the locality worker's queue with the closing note, reached from the navigation,
 * and picked up from there; axe on the page before and after.
 */
const platform = usePlatform();

describe("the step-down queue in a real browser", () => {
  it("shows FSS's closing note and picks the family up", async () => {
    const db = platform().db.db;
    const [worker] = await db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, "lcss.worker@hearth.test"));
    const [child] = await db
      .insert(schema.people)
      .values({ firstName: "Remy", lastName: "Lowther", dateOfBirth: "2015-05-05", areaId: worker!.areaId! })
      .returning();
    const [family] = await db.insert(schema.families).values({ name: "Lowther household", areaId: worker!.areaId! }).returning();
    await db.insert(schema.familyMembers).values({ familyId: family!.id, personId: child!.id, role: "child" });
    const { id: caseId } = await insertFssCase(db, {
      familyId: family!.id,
      areaId: worker!.areaId!,
      keyWorkerId: worker!.id,
      reason: "Neglect",
      openedOn: "2026-01-05",
      openedBy: worker!.id,
      children: [{ personId: child!.id, category: "child_in_need" }],
    });
    await closeFssCase(db, caseId, {
      closedAt: new Date(),
      closedBy: worker!.id,
      closeReason: "Plan complete",
      closeSummary: "Attendance is up; early help can keep the morning routine going.",
      outcome: "partly_met",
      steppedDownToLcss: true,
    });

    const page = await platform().newPage();
    await page.goto(`${platform().baseUrl}/lcss/`);
    await signIn(page, "lcss.worker@hearth.test", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Stepped down from FSS" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Stepped down from FSS" }).waitFor();
    const card = page.getByRole("region", { name: "Lowther household" });
    await card.getByText("early help can keep the morning routine going").waitFor();
    await card.getByText("Partly met").waitFor();
    await expectAccessible(page);

    await card.getByRole("button", { name: "Pick up the family" }).click();
    await page.getByText("You picked up Lowther household").waitFor();
    await card.waitFor({ state: "detached" });
    await expectAccessible(page);
    const [row] = await db.select().from(schema.fssCases).where(eq(schema.fssCases.id, caseId));
    expect(row!.stepDownPickedUpBy).toBe(worker!.id);
  });
});
