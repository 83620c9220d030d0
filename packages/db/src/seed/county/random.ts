/**
 * A small seeded generator (sfc32), so one --seed always writes the same county: a newcomer's
 * screenshots, a test's counts and a bug report's "seed 7" all mean the same records.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    // Warm up: the first outputs of sfc32 still look like the seed.
    for (let i = 0; i < 15; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks from [value, weight] pairs in proportion to the weights. */
  weighted<T>(table: Weighted<T>): T {
    let r = this.next() * table.total;
    for (const [value, weight] of table.entries) {
      r -= weight;
      if (r < 0) return value;
    }
    return table.entries[table.entries.length - 1]![0];
  }

  bytes(n: number): Uint8Array {
    return Uint8Array.from({ length: n }, () => Math.floor(this.next() * 256));
  }
}

export interface Weighted<T> {
  entries: readonly (readonly [T, number])[];
  total: number;
}

export function weighted<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  return { entries, total: entries.reduce((sum, [, w]) => sum + w, 0) };
}

/**
 * Every synthetic row's id starts with these eight hex digits ("5717e71c", read "synthetic"), so
 * the county can be found and replaced without a marker table, and is never mistaken for real work.
 */
export const SYNTHETIC_ID_PREFIX = "5717e71c";
export const SYNTHETIC_ID_RANGE = [
  `${SYNTHETIC_ID_PREFIX}-0000-0000-0000-000000000000`,
  `${SYNTHETIC_ID_PREFIX}-ffff-ffff-ffff-ffffffffffff`,
] as const;

/** Deterministic, unique ids: the table's number, then a counter. Version 4 layout for tools that check. */
export function syntheticIds(table: number): () => string {
  let n = 0;
  const t = table.toString(16).padStart(4, "0");
  return () => `${SYNTHETIC_ID_PREFIX}-${t}-4000-8000-${(n++).toString(16).padStart(12, "0")}`;
}
