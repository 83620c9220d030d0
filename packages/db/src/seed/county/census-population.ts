import { addDays, collectionYearEnding } from "@hearth/domain";
import type { Db } from "../../client";
import { areas, people } from "../../schema";
import { planChildEpisodes, emptyEpisodeRows } from "./cin-episodes";
import { episodeIds } from "./fss-cases";
import { upns } from "./identifiers";
import { nameLists } from "./names";
import { Random, syntheticIds } from "./random";
import { childDisabilityShares, ethnicityShares } from "./shares";
import { writeEpisodeRows } from "./write-episodes";
import { rowWriterFor } from "./write-rows";

/**
 * Children in need at national scale, for the census benchmark (`pnpm bench:census`): children and
 * their statutory episodes only, no households or sessions, written a batch at a time (one
 * transaction and a few COPYs each), so 400,000 children need no more memory than 5,000. The
 * episodes are the county's own (planChildEpisodes), so the census they make is as valid as the
 * county's. Call `add` again to grow the same population: ids and UPNs carry on where they stopped.
 * Never in production: the rows are synthetic (ids start 5717e71c-).
 */
export interface CensusPopulation {
  /**
   * Adds `count` children in need; returns how many CP plans they include. `into` writes them to
   * another database (a copy of this one, say) while carrying on the same ids and random sequence.
   */
  add(count: number, onProgress?: (done: number) => void, into?: Db): Promise<{ onCpPlans: number }>;
}

export function censusPopulation(db: Db, options: { seed: number; censusYear: number; batch?: number; production: boolean }): CensusPopulation {
  if (options.production) throw new Error("The synthetic census population is never written in production.");
  const random = new Random(options.seed);
  const ids = episodeIds();
  const personId = syntheticIds(20);
  const upn = upns();
  const yearEnd = collectionYearEnding(options.censusYear).endsOn;
  const batchSize = options.batch ?? 5_000;
  let areaIds: string[] | null = null;

  return {
    async add(count, onProgress, into = db) {
      areaIds ??= (await into.select({ id: areas.id }).from(areas)).map((a) => a.id);
      let done = 0;
      let onCpPlans = 0;
      while (done < count) {
        const want = Math.min(batchSize, count - done);
        const children: Record<string, unknown>[] = [];
        const episodes = emptyEpisodeRows();
        while (children.length < want) {
          const age = random.int(0, 17);
          const dateOfBirth = addDays(yearEnd, -(age * 365 + random.int(60, 364)));
          const id = personId();
          const before = episodes.referrals.length;
          const planned = planChildEpisodes(random, { id, dateOfBirth }, options.censusYear, ids, episodes);
          if (episodes.referrals.length === before) continue;
          if (planned.onCpPlan) onCpPlans++;
          const sex = random.chance(0.51) ? "M" : "F";
          const disability = random.weighted(childDisabilityShares);
          children.push({
            id,
            firstName: random.pick(sex === "M" ? nameLists.boys.british : nameLists.girls.british),
            lastName: random.pick(nameLists.surnames.british),
            dateOfBirth,
            upn: age >= 5 && random.chance(0.97) ? upn(Number(dateOfBirth.slice(0, 4)) + 5) : null,
            areaId: random.pick(areaIds),
            sex,
            ethnicity: random.weighted(ethnicityShares),
            disabilities: disability !== "NONE" && random.chance(0.15) ? [disability, disability === "LD" ? "COMM" : "LD"] : [disability],
          });
        }
        await into.transaction(async (tx) => {
          const write = rowWriterFor(tx, () => {});
          await write(people, children, "people");
          await writeEpisodeRows(write, episodes);
        });
        done += children.length;
        onProgress?.(done);
      }
      return { onCpPlans };
    },
  };
}
