import { draftedFormKeys, getFamily, requestForServiceOfSource, type Db, type EhaRecord } from "@hearth/db";
import { can, ehaSharingAllowed, ehaTasks, ehaTaskStatus, londonDateOf } from "@hearth/domain";
import { showFamily, type ScopedContext } from "../families/family-view";
import { requestStatusView } from "../requests-for-service/status-view";
import type { EhaDetail } from "./output-schemas";

/** The draft key of one section of one assessment: the same key the section's form saves under. */
export const ehaDraftKey = (assessmentId: string, taskKey: string) => `assessment.${taskKey}:${assessmentId}`;

const nameOf = (m: { firstName: string; lastName: string }) => `${m.firstName} ${m.lastName}`;

/**
 * The assessment as the reader may see it. Its family's members are shown through showFamily, so
 * each member named is a read of that person, audited, and a member the reader may not open is
 * counted but not named, and their section is left out.
 */
export async function assessmentDetail(ctx: ScopedContext, tx: Db, record: EhaRecord): Promise<EhaDetail> {
  const family = await showFamily(ctx, tx, (await getFamily(tx, record.familyId))!);
  const shown = new Map(family.members.map((m) => [m.personId, m]));
  const children = record.childIds.flatMap((id) => {
    const m = shown.get(id);
    return m ? [{ personId: id, name: nameOf(m), dateOfBirth: m.dateOfBirth }] : [];
  });
  const adults = record.adultIds.flatMap((id) => {
    const m = shown.get(id);
    return m ? [{ personId: id, name: nameOf(m), role: m.role }] : [];
  });
  // Task keys follow every child assessed, shown or not, so a hidden child never renames another's section.
  const allTasks = ehaTasks(record.childIds.map((personId) => ({ personId, name: shown.get(personId) ? nameOf(shown.get(personId)!) : "a child" })));
  const tasks = allTasks.filter((t) => !t.personId || shown.has(t.personId));
  const drafted = await draftedFormKeys(tx, { staffId: ctx.staff.id, formKeys: tasks.map((t) => ehaDraftKey(record.id, t.key)) });
  const draftedTasks = tasks.filter((t) => drafted.includes(ehaDraftKey(record.id, t.key))).map((t) => t.key);
  const authoredByYou = record.createdBy === ctx.staff.id;
  const seesAudit = authoredByYou || can(ctx.staff.role, "assessments.audit");
  const givenBy = record.consentGivenByPersonId ? shown.get(record.consentGivenByPersonId) : undefined;
  const lead = record.leadProfessional;
  const request = await requestForServiceOfSource(tx, "assessmentId", record.id);
  return {
    id: record.id,
    familyId: record.familyId,
    familyName: record.familyName,
    consultationId: record.consultationId,
    status: record.status,
    startedOn: record.startedOn,
    dueOn: record.dueOn,
    completedOn: record.completedOn,
    signedOffOn: record.signedOffOn,
    children,
    adults,
    membersNotShown: record.childIds.length + record.adultIds.length - children.length - adults.length,
    tasks: tasks.map((t) => ({
      key: t.key,
      title: t.title,
      personId: t.personId ?? null,
      status: ehaTaskStatus(t.key, record.completedSections, draftedTasks),
    })),
    consent: {
      givenByPersonId: givenBy ? record.consentGivenByPersonId : null,
      givenByName: givenBy ? nameOf(givenBy) : null,
      method: record.consentMethod,
      givenOn: record.consentGivenOn,
      withdrawnOn: record.consentWithdrawnOn,
    },
    sharingAllowed: ehaSharingAllowed({ givenOn: record.consentGivenOn, withdrawnOn: record.consentWithdrawnOn }, londonDateOf(ctx.now())),
    leadProfessional: lead ? { name: lead.name, agency: lead.agency, role: lead.role, email: lead.email } : null,
    childAssessments: record.childAssessments.filter((c) => shown.has(c.personId)),
    parentsViews: record.parentsViews,
    analysis: record.analysis,
    desiredOutcomes: record.desiredOutcomes,
    returnComments: record.returnComments,
    qualityAudit:
      seesAudit && record.qualityRating && record.qualityAuditedAt
        ? { rating: record.qualityRating, feedback: record.qualityFeedback ?? "", auditedAt: record.qualityAuditedAt.toISOString() }
        : null,
    qualityAudited: !!record.qualityRating,
    authoredByYou,
    history: record.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      occurredOn: e.occurredOn,
      byName: e.byName,
      // A quality audit's feedback is for the author and senior practitioners.
      note: e.kind === "quality_audited" && !seesAudit ? null : e.note,
    })),
    requestForService: request ? requestStatusView(request) : null,
  };
}
