import { illustrativeIndicatorCatalogue, suggestThresholdLevel, type ThresholdIndicator, type ThresholdLevel } from "@hearth/domain";
import type { Random } from "./random";

const atLevel = (level: number) => illustrativeIndicatorCatalogue.filter((i) => i.level === level);

/**
 * The indicators a worker would have ticked for a call decided at `level`, from the catalogue the
 * seed loads: one indicator at that level, often with one or two lesser needs (a level lower,
 * any Assessment Framework domain), kept only when the domain's rule still suggests `level`, so
 * each seeded decision's suggested level is the level it records.
 */
export function indicatorsForCall(random: Random, level: ThresholdLevel): string[] {
  const main = random.pick(atLevel(level));
  const lesser = atLevel(Math.max(1, level - 1));
  const picked: ThresholdIndicator[] = [main];
  for (let n = random.int(0, 2); n > 0; n--) {
    const extra = random.pick(lesser);
    if (!picked.includes(extra)) picked.push(extra);
  }
  // A single indicator always suggests its own level; the extras only when they do not combine upwards.
  return (suggestThresholdLevel(picked, 0) === level ? picked : [main]).map((i) => i.code);
}
