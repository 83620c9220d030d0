import { describe, expect, it } from "vitest";
import { feedbackTimeliness, feedbackTimelinessFigure, tafReviewLateness } from "./lcss-home";

const decided = (decidedOn: string, feedbackSentAt: string | null, confirmedAt: string | null = null, seniorConfirmationRequired = false) => ({
  decidedOn,
  seniorConfirmationRequired,
  confirmedAt: confirmedAt ? new Date(confirmedAt) : null,
  feedbackSentAt: feedbackSentAt ? new Date(feedbackSentAt) : null,
});

describe("feedback to the referrer within 2 working days", () => {
  it("skips the weekend and bank holidays: a Thursday decision before Good Friday is due on the Wednesday", () => {
    // Thursday 2 April 2026; Good Friday 3 and Easter Monday 6 April are bank holidays: due Wednesday 8 April.
    expect(feedbackTimeliness(decided("2026-04-02", "2026-04-08T16:00:00Z"), "2026-04-20")).toBe("on_time");
    expect(feedbackTimeliness(decided("2026-04-02", "2026-04-09T09:00:00Z"), "2026-04-20")).toBe("late");
  });

  it("counts from the senior's confirmation when one was required, and not at all before it", () => {
    expect(feedbackTimeliness(decided("2026-03-02", "2026-03-11T09:00:00Z", "2026-03-09T09:00:00Z", true), "2026-03-20")).toBe("on_time");
    expect(feedbackTimeliness(decided("2026-03-02", null, null, true), "2026-03-20")).toBeNull();
  });

  it("a referrer not told is overdue only once the due day has passed", () => {
    // Monday 2 March: due Wednesday 4 March.
    expect(feedbackTimeliness(decided("2026-03-02", null), "2026-03-04")).toBe("not_yet_due");
    expect(feedbackTimeliness(decided("2026-03-02", null), "2026-03-05")).toBe("overdue");
  });

  it("the share leaves out decisions still in time", () => {
    const figure = feedbackTimelinessFigure(
      [
        decided("2026-03-02", "2026-03-03T10:00:00Z"),
        decided("2026-03-02", "2026-03-03T10:00:00Z"),
        decided("2026-03-02", "2026-03-09T10:00:00Z"),
        decided("2026-03-02", null),
        decided("2026-03-19", null),
      ],
      "2026-03-20",
    );
    expect(figure.judged).toBe(4);
    expect(figure.onTimePercent).toBe(50);
    expect(figure.counts.find((c) => c.kind === "not_yet_due")!.count).toBe(1);
  });

  it("has no share when nothing can be judged", () => {
    expect(feedbackTimelinessFigure([], "2026-03-20").onTimePercent).toBeNull();
  });
});

describe("overdue TAF reviews", () => {
  it("bands by how long the review has waited", () => {
    expect(tafReviewLateness("2026-03-20", "2026-03-20")).toBeNull();
    expect(tafReviewLateness("2026-03-19", "2026-03-20")).toBe("up_to_2_weeks");
    expect(tafReviewLateness("2026-03-06", "2026-03-20")).toBe("up_to_2_weeks");
    expect(tafReviewLateness("2026-03-05", "2026-03-20")).toBe("2_to_6_weeks");
    expect(tafReviewLateness("2026-02-06", "2026-03-20")).toBe("2_to_6_weeks");
    expect(tafReviewLateness("2026-02-05", "2026-03-20")).toBe("over_6_weeks");
  });
});
