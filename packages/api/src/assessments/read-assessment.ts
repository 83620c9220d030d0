import type { ScopedContext } from "../families/family-view";
import { assessmentDetail } from "./assessment-view";
import { auditAssessment, withAssessmentInScope } from "./scope";

/** One assessment with its task list: a read of the assessment, its family and each member shown. */
export function readAssessment(ctx: ScopedContext, assessmentId: string) {
  return withAssessmentInScope(ctx, assessmentId, "assessments.read", async (tx, record) => {
    const detail = await assessmentDetail(ctx, tx, record);
    await auditAssessment(ctx, tx, "assessments.read", record);
    return detail;
  });
}
