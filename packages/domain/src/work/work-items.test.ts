import { describe, expect, it } from "vitest";
import { countWork, workDigestMessage, workItemStatus } from "./work-items";

describe("work item status", () => {
  it("is overdue after the due date, due today on it, and due before it", () => {
    expect(workItemStatus("2026-03-09", "2026-03-10")).toBe("overdue");
    expect(workItemStatus("2026-03-10", "2026-03-10")).toBe("due_today");
    expect(workItemStatus("2026-03-11", "2026-03-10")).toBe("due");
  });
});

describe("morning digest message", () => {
  it("gives the counts and the link in words", () => {
    const counts = countWork(["overdue", "due_today", "due", "overdue"]);
    expect(counts).toEqual({ due: 4, dueToday: 1, overdue: 2 });
    const message = workDigestMessage(counts, "https://hearth.example/lcss");
    expect(message.subject).toBe("Your work today: 4 items, 2 overdue");
    expect(message.body).toContain("1 due today and 2 overdue");
    expect(message.body).toContain("https://hearth.example/lcss");
  });
});
