import { describe, expect, it } from "vitest";
import { consultationOutcomes } from "./consultation";
import { decisionFinalOn, referrerFeedbackDueOn, referrerFeedbackMessage } from "./referrer-feedback";

describe("feedback to the referrer", () => {
  it("is due 2 working days after the decision, skipping weekends and bank holidays", () => {
    expect(referrerFeedbackDueOn("2026-03-02")).toBe("2026-03-04"); // Monday → Wednesday
    expect(referrerFeedbackDueOn("2026-03-05")).toBe("2026-03-09"); // Thursday → Monday
    expect(referrerFeedbackDueOn("2026-12-24")).toBe("2026-12-30"); // Christmas and Boxing Day (substitute) skipped
    expect(referrerFeedbackDueOn("2026-03-02", new Set(["2026-03-03"]))).toBe("2026-03-05");
  });

  it("counts from the senior's confirmation where one is required, and not at all before it", () => {
    expect(decisionFinalOn({ decidedOn: "2026-03-02", seniorConfirmationRequired: false, confirmedAt: null })).toBe("2026-03-02");
    expect(decisionFinalOn({ decidedOn: "2026-03-02", seniorConfirmationRequired: true, confirmedAt: null })).toBeNull();
    // 23:30 UTC on 31 March is 1 April in London (BST).
    expect(decisionFinalOn({ decidedOn: "2026-03-02", seniorConfirmationRequired: true, confirmedAt: new Date("2026-03-31T23:30:00Z") })).toBe(
      "2026-04-01",
    );
  });

  it("gives the reference and a next step for every outcome, and never a level", () => {
    for (const outcome of consultationOutcomes) {
      const { subject, body } = referrerFeedbackMessage({ reference: "LC000042", outcome, callerName: null });
      expect(subject).toContain("LC000042");
      expect(body).toMatch(/What happens next: \S/);
      expect(`${subject} ${body}`).not.toMatch(/level/i);
    }
  });
});
