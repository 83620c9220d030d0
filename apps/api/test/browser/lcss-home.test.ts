import { describe, expect, it } from "vitest";
import { call, expectAccessible, signInAt, staffByEmail, usePlatform } from "./harness";

/**
 * The LCSS home (issue 11) in a real browser at 1280 px: a worker's area figures, each chart with
 * its table beside it; a locality's open-consultations figure opens the queue filtered to that
 * locality and status; an assessments figure opens the list of that status. axe on every page.
 */
const platform = usePlatform();

describe("the LCSS home in a real browser", () => {
  it("shows the area's figures with charts and tables, each linking to its filtered list", async () => {
    const page = await platform().newPage();
    await signInAt(page, platform(), "/lcss/", "lcss.worker@hearth.test");
    await page.getByRole("heading", { level: 2, name: /at a glance/ }).waitFor();
    const reference = await call<{ organisations: { id: string; kind: string }[]; localities: { id: string; name: string; areaId: string }[] }>(
      page,
      "consultations.reference",
      {},
    );
    const worker = await staffByEmail(platform(), "lcss.worker@hearth.test");
    const locality = reference.localities.find((l) => l.areaId === worker.areaId)!;
    await call(page, "consultations.create", {
      callerName: "Ms Lead",
      callerRole: "Designated safeguarding lead",
      organisationId: reference.organisations.find((o) => o.kind === "school")!.id,
      callerPhone: "01295 000222",
      familyKind: "no_names",
      childIds: [],
      childAge: 9,
      childSetting: "Meadow Primary",
      localityId: locality.id,
      concern: "Often hungry at school.",
      indicatorCodes: [],
      protectiveFactors: [],
      adviceGiven: "Talked through the food bank.",
      outcome: "advice_only",
      level: 2,
      rationale: "Hunger at school most days.",
    });
    await page.reload();
    await page.getByRole("heading", { level: 2, name: /at a glance/ }).waitFor();
    await page.getByRole("table", { name: "Early Help Assessments by status" }).waitFor();
    await page.getByRole("img", { name: /^Feedback to referrers:/ }).waitFor();
    await expectAccessible(page);

    const figures = await call<{ openConsultationsByLocality: { localityId: string | null; count: number }[] }>(page, "lcssHome.figures", {});
    const open = figures.openConsultationsByLocality.find((l) => l.localityId === locality.id);
    expect(open?.count).toBeGreaterThan(0);
    await page
      .getByRole("table", { name: "Open consultations by locality" })
      .getByRole("link", { name: new RegExp(`${locality.name}: show the list`) })
      .click();
    await page.getByRole("heading", { level: 1, name: "Consultations" }).waitFor();
    expect(new URL(page.url()).searchParams.get("localityId")).toBe(locality.id);
    await page.getByText(locality.name).first().waitFor();
    await expectAccessible(page);

    await page.goBack();
    await page
      .getByRole("table", { name: "Early Help Assessments by status" })
      .getByRole("link", { name: /Draft: show the list/ })
      .click();
    await page.getByRole("heading", { level: 1, name: "Early Help Assessments" }).waitFor();
    expect(new URL(page.url()).searchParams.get("status")).toBe("draft");
    await expectAccessible(page);
  });
});
