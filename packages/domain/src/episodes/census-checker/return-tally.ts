import type { CensusChild } from "../census-child";
import { censusFinding, type CensusFinding } from "./census-rules";
import type { CheckContext } from "./check-context";
import { initialConferences } from "./episode-activity-rules";

/**
 * The whole-return rules, counted one child at a time so a return of any size is checked in one
 * pass with memory that does not grow with it. The duplicate rules (1520, 8510) need to know which
 * keys repeat: a caller holding every child passes them all (checkCensusReturn), the streaming
 * export asks the database for the few repeated ones first, so neither keeps a set of every UPN.
 */
export class CensusReturnTally {
  private readonly firstOf = { upn: new Map<string, number>(), laChildId: new Map<string, number>() };
  private plansStarting = 0;
  private conferences = 0;
  private born = 0;
  private noSex = 0;
  private readonly disabilitiesUsed = new Set<string>();
  private someoneHasSeveral = false;
  private index = 0;

  constructor(
    private readonly ctx: CheckContext,
    private readonly repeated: { upns: ReadonlySet<string>; laChildIds: ReadonlySet<string> },
  ) {}

  /** Counts the child in and returns their findings that compare them with earlier children. */
  add(child: CensusChild): CensusFinding[] {
    const i = this.index++;
    const f: CensusFinding[] = [];
    this.duplicate(f, i, child.upn, this.repeated.upns, this.firstOf.upn, "1520", "UPN", "upn");
    this.duplicate(f, i, child.laChildId, this.repeated.laChildIds, this.firstOf.laChildId, "8510", "LA child ID", "laChildId");

    for (const episode of child.episodes) {
      this.plansStarting += episode.cpPlans.filter((p) => p.startDate && this.ctx.inCensusYear(p.startDate)).length;
      this.conferences += initialConferences(episode, []).filter((c) => this.ctx.inCensusYear(c.date)).length;
    }
    if (child.dateOfBirth) {
      this.born++;
      if (!child.sex || child.sex === "U") this.noSex++;
    }
    const disabilities = child.disabilities.filter((d) => d !== "NONE");
    for (const d of disabilities) this.disabilitiesUsed.add(d);
    if (disabilities.length > 1) this.someoneHasSeveral = true;
    return f;
  }

  // A method rather than a closure made for each child: the export adds hundreds of thousands.
  private duplicate(
    f: CensusFinding[],
    i: number,
    value: string | null | undefined,
    keys: ReadonlySet<string>,
    seen: Map<string, number>,
    code: "1520" | "8510",
    what: string,
    field: string,
  ) {
    const key = value?.trim().toUpperCase();
    if (!key || !keys.has(key)) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else f.push(censusFinding(code, `This child has the same ${what} as child ${first + 1} in the return`, ["children", i, field]));
  }

  /** The proportions and totals over every child counted so far: call once, after the last. */
  totals(): CensusFinding[] {
    const f: CensusFinding[] = [];
    if (this.plansStarting > this.conferences) {
      f.push(
        censusFinding(
          "2883",
          `${this.plansStarting} child protection plans start in the year but only ${this.conferences} initial conferences are recorded`,
          [],
        ),
      );
    }
    if (this.born > 0 && this.noSex / this.born > 0.02) {
      const share = Math.round((this.noSex / this.born) * 100);
      f.push(censusFinding("2886Q", `${this.noSex} of ${this.born} born children (${share}%) have no sex recorded`, []));
    }
    const used = this.disabilitiesUsed.size;
    if (used < 8) f.push(censusFinding("2887Q", `Only ${used} different disability codes are used in the return`, []));
    if (used > 0 && !this.someoneHasSeveral) {
      f.push(censusFinding("2888Q", "No child has more than one disability recorded: record every disability that applies", []));
    }
    return f;
  }
}

/** The keys that appear more than once, upper-cased as the duplicate rules compare them. */
export function repeatedKeys(values: Iterable<string | null | undefined>): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    const key = value?.trim().toUpperCase();
    if (!key) continue;
    if (seen.has(key)) repeated.add(key);
    else seen.add(key);
  }
  return repeated;
}
