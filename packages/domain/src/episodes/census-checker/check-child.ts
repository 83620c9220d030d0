import { censusChildSchema, type CensusChild, type CensusChildInput } from "../census-child";
import { assessmentFindings, section47Findings } from "./assessment-rules";
import type { CensusFinding } from "./census-rules";
import { checkContext, type CensusCheckOptions } from "./check-context";
import { childLevelFindings } from "./child-rules";
import { episodeLevelFindings } from "./episode-rules";
import { planFindings } from "./plan-rules";

/**
 * Every DfE census rule that can be judged from one child's record, run while the work is being
 * recorded so problems are fixed at the time rather than in an April clean-up. Returns the
 * findings in the order of the child's record; an empty list means the child is ready to return.
 */
export function checkChildForCensus(input: CensusChildInput | CensusChild, options: CensusCheckOptions): CensusFinding[] {
  const child = censusChildSchema.parse(input);
  const ctx = checkContext(options);
  return [
    ...childLevelFindings(child, ctx),
    ...episodeLevelFindings(child, ctx),
    ...child.episodes.flatMap((e, i) => [...assessmentFindings(e, ["episodes", i], ctx), ...section47Findings(e, ["episodes", i], ctx)]),
    ...planFindings(child, ctx),
  ];
}
