/**
 * Group commit: requests that queue for the same thing (bookings of one session) are written
 * together, several in one transaction, instead of each waiting its turn for the same row.
 *
 * Nothing waits on a timer. A request that finds fewer than `concurrency` batches running for its
 * key starts one at once, alone if it is alone — so a quiet session books exactly as before. While
 * batches run, newcomers queue; each batch that ends starts the next with everything queued (up
 * to `maxBatch`), in arrival order. Two requests with the same `apart` key (the same family) never
 * share a batch: the later waits for the next, so it sees what the earlier one wrote.
 */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface GroupCommitOptions<T> {
  /** Batches of one key that may run at once (each on its own connection). */
  concurrency: number;
  maxBatch: number;
  apart: (item: T) => string;
}

interface Waiting<T, R> {
  item: T;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

interface Lane<T, R> {
  queue: Waiting<T, R>[];
  running: number;
}

export class GroupCommit<T, R> {
  private readonly lanes = new Map<string, Lane<T, R>>();

  /** `run` answers every item of a batch, in order; if it throws, every item gets its error. */
  constructor(
    private readonly run: (key: string, items: T[]) => Promise<Settled<R>[]>,
    private readonly options: GroupCommitOptions<T>,
  ) {}

  submit(key: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const lane = this.lanes.get(key) ?? { queue: [], running: 0 };
      this.lanes.set(key, lane);
      lane.queue.push({ item, resolve, reject });
      this.pump(key, lane);
    });
  }

  private pump(key: string, lane: Lane<T, R>): void {
    while (lane.running < this.options.concurrency && lane.queue.length) {
      const batch = this.takeBatch(lane);
      lane.running++;
      void this.runBatch(key, batch).finally(() => {
        lane.running--;
        if (lane.queue.length) this.pump(key, lane);
        else if (lane.running === 0) this.lanes.delete(key);
      });
    }
  }

  /** The first `maxBatch` queued items with no `apart` key twice; the rest keep their places. */
  private takeBatch(lane: Lane<T, R>): Waiting<T, R>[] {
    const batch: Waiting<T, R>[] = [];
    const keys = new Set<string>();
    const left: Waiting<T, R>[] = [];
    for (const waiting of lane.queue) {
      const apart = this.options.apart(waiting.item);
      if (batch.length < this.options.maxBatch && !keys.has(apart)) {
        batch.push(waiting);
        keys.add(apart);
      } else left.push(waiting);
    }
    lane.queue = left;
    return batch;
  }

  private async runBatch(key: string, batch: Waiting<T, R>[]): Promise<void> {
    try {
      const results = await this.run(
        key,
        batch.map((w) => w.item),
      );
      batch.forEach((waiting, i) => {
        const result = results[i];
        if (!result) waiting.reject(new Error("Group commit: the batch gave no answer for this item"));
        else if (result.ok) waiting.resolve(result.value);
        else waiting.reject(result.error);
      });
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
}

/** A promise's outcome as a value, for batches that answer each item on its own. */
export function settle<R>(promise: Promise<R>): Promise<Settled<R>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}
