/**
 * What the benchmark's members of staff do: who they are, the names they type into search (partial
 * and misspelt, as practitioners type them) and the long-history families of their area they open.
 * All chosen from the county deterministically, so two runs ask the same questions.
 */
import { rawRows, type Db } from "@hearth/db";
import { sql } from "drizzle-orm";

export interface BenchStaff {
  id: string;
  email: string;
  role: string;
  areaId: string;
}

export type Op =
  | { kind: "people.search"; input: { name: string; postcode?: string; yearOfBirth?: number } }
  | { kind: "families.search"; input: { name?: string; postcode?: string } }
  | { kind: "record"; familyId: string };

const ROLES = ["lcss_worker", "fss_worker", "lcss_senior", "fss_manager"];

/** `count` staff of the county's LCSS and FSS teams, spread over the four roles and three areas. */
export async function chooseStaff(db: Db, count: number): Promise<BenchStaff[]> {
  const all = await rawRows<BenchStaff>(
    db,
    sql`select id, email, role, area_id as "areaId" from staff_users where email like '%@county.hearth.test' order by area_id, role, email`,
  );
  const areas = [...new Set(all.map((s) => s.areaId))];
  const combos = areas.flatMap((areaId) => ROLES.map((role) => all.filter((s) => s.areaId === areaId && s.role === role)));
  const chosen: BenchStaff[] = [];
  for (let i = 0; chosen.length < count && i < count * 20; i++) {
    const pool = combos[i % combos.length]!;
    const staff = pool[Math.floor(i / combos.length)];
    if (staff) chosen.push(staff);
  }
  return chosen;
}

/** Families with a long chronology (about 300 entries), by area. */
export async function longHistoryFamilies(db: Db): Promise<Map<string, string[]>> {
  const rows = await rawRows<{ id: string; areaId: string }>(
    db,
    sql`select f.id, f.area_id as "areaId" from families f
        join (select family_id from chronology_entries group by family_id having count(*) >= 250) c on c.family_id = f.id
        order by f.id`,
  );
  const byArea = new Map<string, string[]>();
  for (const r of rows) byArea.set(r.areaId, [...(byArea.get(r.areaId) ?? []), r.id]);
  return byArea;
}

/** How practitioners get names wrong: a vowel for another, a letter dropped or doubled, y for i. */
const misspellings: ((s: string) => string)[] = [
  (s) => s.replace(/y/i, "i").replace(/ie$/, "y"),
  (s) => (s.length > 4 ? s.slice(0, 2) + s.slice(3) : s + "e"),
  (s) => s.replace(/[aeiou]/, (v) => ({ a: "e", e: "a", i: "y", o: "u", u: "o" })[v]!),
  (s) => s.replace(/th/i, "t").replace(/ph/i, "f").replace(/ck/, "k"),
  (s) => s.replace(/([a-z])\1/, "$1"),
  (s) => s.replace(/(.)$/, "$1$1"),
];
const misspell = (name: string, n: number) => {
  const changed = misspellings[n % misspellings.length]!(name);
  return changed === name ? misspellings[(n + 2) % misspellings.length]!(name) : changed;
};

/** People to search for, spread evenly through the county, with what a worker would type. */
export async function searchOps(db: Db, total: number): Promise<Op[]> {
  const rows = await rawRows<{ first: string; last: string; district: string; year: number }>(
    db,
    sql`select first_name as first, last_name as last, split_part(postcode, ' ', 1) as district, extract(year from date_of_birth)::int as year
        from (select p.*, row_number() over (order by id) as n from people p where id::text like '5717e71c-0001-%') p
        where n % (greatest(1, (select count(*) from people) / ${total}))::int = 0 order by n limit ${total}`,
  );
  return rows.map((p, i): Op => {
    switch (i % 6) {
      case 0: // misspelt whole name: "Jaden Smyth"
        return { kind: "people.search", input: { name: `${misspell(p.first, i)} ${misspell(p.last, i + 1)}` } };
      case 1: // the start of each name: "jay smi"
        return { kind: "people.search", input: { name: `${p.first.slice(0, 3)} ${p.last.slice(0, 4)}`.toLowerCase() } };
      case 2: // misspelt surname in a district
        return { kind: "people.search", input: { name: misspell(p.last, i), postcode: p.district } };
      case 3: // misspelt first name and year of birth
        return { kind: "people.search", input: { name: `${p.first} ${misspell(p.last, i)}`, yearOfBirth: p.year } };
      case 4: // a family by a misspelt surname
        return { kind: "families.search", input: { name: misspell(p.last, i) } };
      default: // a family by a member's partial name in a district
        return { kind: "families.search", input: { name: `${p.first.slice(0, 4)} ${p.last.slice(0, 3)}`, postcode: p.district } };
    }
  });
}

/** Each member of staff's requests: searches and family records in turn. */
export function planFor(staff: BenchStaff[], searches: Op[], families: Map<string, string[]>, searchesEach: number, recordsEach: number): Op[][] {
  return staff.map((s, c) => {
    const mine = families.get(s.areaId) ?? [];
    const ops: Op[] = [];
    for (let i = 0; i < Math.max(searchesEach, recordsEach); i++) {
      if (i < searchesEach) ops.push(searches[(c * searchesEach + i) % searches.length]!);
      if (i < recordsEach && mine.length) ops.push({ kind: "record", familyId: mine[(c * 7 + i) % mine.length]! });
    }
    return ops;
  });
}

/** The HTTP request the apps make for an op: the record page batches its two calls as the UI does. */
export function httpRequestOf(op: Op): { path: string; body: unknown } {
  if (op.kind === "record")
    return { path: "/trpc/families.record,chronology.list?batch=1", body: { 0: { familyId: op.familyId }, 1: { familyId: op.familyId, limit: 50 } } };
  return { path: `/trpc/${op.kind}`, body: op.input };
}

/**
 * The pause before each of each client's requests: a random 0.5 to 1.5 times `thinkMs`, from a
 * seeded generator so every run (and the HTTP and raw runs of one) pauses the same; none at 0.
 */
export function pauseSchedule(plans: Op[][], thinkMs: number): number[][] {
  return plans.map((ops, client) => {
    let state = client + 1;
    return ops.map(() => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return thinkMs * (0.5 + state / 2 ** 31);
    });
  });
}
