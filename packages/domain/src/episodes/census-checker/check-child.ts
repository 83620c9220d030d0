import { censusChildSchema, type CensusChild, type CensusChildInput } from "../census-child";
import { assessmentFindings, section47Findings } from "./assessment-rules";
import type { CensusFinding } from "./census-rules";
import { checkContext, type CensusCheckOptions, type CheckContext } from "./check-context";
import { childLevelFindings } from "./child-rules";
import { episodeLevelFindings } from "./episode-rules";
import { planFindings } from "./plan-rules";

/**
 * Every DfE census rule that can be judged from one child's record, run while the work is being
 * recorded so problems are fixed at the time rather than in an April clean-up. Returns the
 * findings in the order of the child's record; an empty list means the child is ready to return.
 */
export function checkChildForCensus(input: CensusChildInput | CensusChild, options: CensusCheckOptions): CensusFinding[] {
  return checkCensusChild(censusChildSchema.parse(input), checkContext(options));
}

/**
 * The same rules for a child already in the checker's shape and a context made once: how the
 * census export checks hundreds of thousands of children read from the episodes, without parsing
 * each again or rebuilding the year's dates for each.
 */
export function checkCensusChild(child: CensusChild, ctx: CheckContext): CensusFinding[] {
  return [
    ...childLevelFindings(child, ctx),
    ...episodeLevelFindings(child, ctx),
    ...child.episodes.flatMap((e, i) => [...assessmentFindings(e, ["episodes", i], ctx), ...section47Findings(e, ["episodes", i], ctx)]),
    ...planFindings(child, ctx),
  ];
}
