import { tafOfAssessment } from "@hearth/db";
import { auditAssessment, withAssessmentInScope } from "../assessments/scope";
import type { ScopedContext } from "../families/family-view";
import { auditTaf, withTafInScope } from "./scope";
import { tafDetail } from "./taf-view";

/** One team with its members, meetings, action plan and reviews: an audited read. */
export function readTaf(ctx: ScopedContext, tafId: string) {
  return withTafInScope(ctx, tafId, "taf.read", async (tx, record) => {
    const detail = await tafDetail(ctx, tx, record);
    await auditTaf(ctx, tx, "taf.read", record);
    return detail;
  });
}

/** The team started from an assessment, if any, for the assessment page's link. */
export function readTafOfAssessment(ctx: ScopedContext, assessmentId: string) {
  return withAssessmentInScope(ctx, assessmentId, "taf.ofAssessment", async (tx, record) => {
    await auditAssessment(ctx, tx, "taf.ofAssessment", record);
    return { taf: await tafOfAssessment(tx, assessmentId) };
  });
}
