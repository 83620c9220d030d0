import { describe, expect, it } from "vitest";
import { GroupCommit, settle, type Settled } from "../src/bookings/group-commit";

/** The batching on its own: which items go together, in what order, and what each is answered. */
interface Item {
  id: number;
  family: string;
}

function recorder(options: { concurrency?: number; maxBatch?: number; fail?: (items: Item[]) => Error | null } = {}) {
  const batches: number[][] = [];
  const releases: (() => void)[] = [];
  const queue = new GroupCommit<Item, string>(
    async (_key, items) => {
      batches.push(items.map((i) => i.id));
      // Each batch waits until the test lets it finish, so later arrivals queue behind it.
      await new Promise<void>((resolve) => releases.push(resolve));
      const failure = options.fail?.(items);
      if (failure) throw failure;
      return items.map((i): Settled<string> =>
        i.id % 5 === 4 ? { ok: false, error: new Error(`no ${i.id}`) } : { ok: true, value: `done ${i.id}` },
      );
    },
    { concurrency: options.concurrency ?? 1, maxBatch: options.maxBatch ?? 50, apart: (i) => i.family },
  );
  const releaseAll = async () => {
    while (releases.length) {
      releases.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { queue, batches, releaseAll };
}

const items = (n: number, family = (i: number) => `f${i}`) => Array.from({ length: n }, (_, i) => ({ id: i, family: family(i) }));

describe("group commit", () => {
  it("runs the first alone at once and everything that queued behind it together, in arrival order", async () => {
    const { queue, batches, releaseAll } = recorder();
    const answers = items(4).map((item) => settle(queue.submit("session", item)));
    await releaseAll();
    expect(batches).toEqual([[0], [1, 2, 3]]);
    expect((await Promise.all(answers)).map((a) => (a.ok ? a.value : (a.error as Error).message))).toEqual(["done 0", "done 1", "done 2", "done 3"]);
  });

  it("answers each item on its own: one refused does not fail the others", async () => {
    const { queue, releaseAll } = recorder();
    const answers = items(6).map((item) => settle(queue.submit("session", item)));
    await releaseAll();
    const settled = await Promise.all(answers);
    expect(settled.map((a) => a.ok)).toEqual([true, true, true, true, false, true]);
  });

  it("never puts two items of one family in one batch, and keeps the later one's place", async () => {
    const { queue, batches, releaseAll } = recorder();
    const all = items(5, (i) => (i === 1 || i === 3 ? "same" : `f${i}`));
    const answers = all.map((item) => settle(queue.submit("session", item)));
    await releaseAll();
    await Promise.all(answers);
    expect(batches).toEqual([[0], [1, 2, 4], [3]]);
  });

  it("keeps batches to their size, and keys apart", async () => {
    const { queue, batches, releaseAll } = recorder({ maxBatch: 2 });
    const answers = [...items(5).map((item) => settle(queue.submit("a", item))), settle(queue.submit("b", { id: 9, family: "f9" }))];
    await releaseAll();
    await Promise.all(answers);
    expect(batches).toEqual([[0], [9], [1, 2], [3, 4]]);
  });

  it("gives every item of a batch the error when the batch itself fails", async () => {
    const { queue, releaseAll } = recorder({ fail: (batch) => (batch.length > 1 ? new Error("connection lost") : null) });
    const answers = items(3).map((item) => settle(queue.submit("session", item)));
    await releaseAll();
    const settled = await Promise.all(answers);
    expect(settled.map((a) => (a.ok ? a.value : (a.error as Error).message))).toEqual(["done 0", "connection lost", "connection lost"]);
  });
});
