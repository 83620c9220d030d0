/** Serial timing of each op kind's raw SQL, one caller: the cost of one request on a free core. */
import { createDb } from "@hearth/db";
import { rawOp } from "./raw-sql";
import { searchOps, longHistoryFamilies } from "./workload";
const db = createDb({ url: "postgres://postgres@127.0.0.1:5432/hearth_bench", max: 1 }).db;
const ops = await searchOps(db, 300);
const fam = [...(await longHistoryFamilies(db)).values()]
  .flat()
  .slice(0, 50)
  .map((familyId) => ({ kind: "record" as const, familyId }));
const all = [...ops, ...fam];
for (const op of all.slice(0, 20)) await rawOp(db, op);
const by: Record<string, number[]> = {};
for (const op of all) {
  const t = performance.now();
  await rawOp(db, op);
  const key = op.kind === "people.search" ? `people:${JSON.stringify(op.input).length > 0 ? Object.keys(op.input).join("+") : ""}` : op.kind;
  (by[key] ??= []).push(performance.now() - t);
}
for (const [k, v] of Object.entries(by)) {
  v.sort((a, b) => a - b);
  console.log(
    k.padEnd(36),
    "n",
    v.length,
    "p50",
    v[Math.floor(v.length / 2)]!.toFixed(1),
    "p95",
    v[Math.floor(v.length * 0.95)]!.toFixed(1),
    "mean",
    (v.reduce((a, b) => a + b) / v.length).toFixed(1),
  );
}
process.exit(0);
