import { getFamily, requestForServiceOfSource, type Db, type TafRecord } from "@hearth/db";
import { londonDateOf, nextTafMeeting } from "@hearth/domain";
import { showFamily, type ScopedContext } from "../families/family-view";
import { requestStatusView } from "../requests-for-service/status-view";
import type { TafDetail } from "./output-schemas";

const memberOrder = ["lead_professional", "family", "agency"] as const;

const meetingView = (m: TafRecord["meetings"][number]) => ({
  id: m.id,
  scheduledOn: m.scheduledOn,
  startsAt: m.startsAt,
  venue: m.venue,
  heldOn: m.heldOn,
  attendees: m.attendees,
  apologies: m.apologies,
  summary: m.summary,
});

/**
 * The team as the reader may see it. The family is shown through showFamily, so each member
 * named is an audited read; a family member of the team the reader may not open is not named.
 */
export async function tafDetail(ctx: ScopedContext, tx: Db, record: TafRecord): Promise<TafDetail> {
  const family = await showFamily(ctx, tx, (await getFamily(tx, record.familyId))!);
  const shown = new Map(family.members.map((m) => [m.personId, `${m.firstName} ${m.lastName}`]));
  const pending = record.reviews.find((r) => !r.heldOn);
  const request = await requestForServiceOfSource(tx, "tafId", record.id);
  const next = nextTafMeeting(record.meetings, londonDateOf(ctx.now()));
  return {
    id: record.id,
    assessmentId: record.assessmentId,
    familyId: record.familyId,
    familyName: record.familyName,
    status: record.status,
    startedOn: record.startedOn,
    lead: { id: record.leadStaffId, name: record.leadName },
    desiredOutcomes: record.desiredOutcomes,
    familyMembers: [...shown].map(([personId, name]) => ({ personId, name })),
    // The lead professional first, then the family, then partner agencies, each in the order added.
    members: [...record.members]
      .sort((a, b) => memberOrder.indexOf(a.kind) - memberOrder.indexOf(b.kind))
      .flatMap((m) => {
        if (m.personId && !shown.has(m.personId)) return [];
        return [
          {
            id: m.id,
            kind: m.kind,
            personId: m.personId,
            name: m.personId ? shown.get(m.personId)! : m.name,
            agency: m.agency,
            role: m.role,
            contact: m.contact,
          },
        ];
      }),
    meetings: record.meetings.map(meetingView),
    nextMeeting: next ? meetingView(next) : null,
    actions: record.actions.map((a) => ({
      id: a.id,
      action: a.action,
      owner: a.owner,
      agency: a.agency,
      dueOn: a.dueOn,
      outcome: a.outcome,
      status: a.status,
    })),
    nextReviewOn: pending?.dueOn ?? null,
    reviews: record.reviews.flatMap((r) => (r.heldOn ? [{ id: r.id, dueOn: r.dueOn, heldOn: r.heldOn, summary: r.summary ?? "" }] : [])),
    closure:
      record.status === "closed" && record.closedOn && record.closureReason
        ? { closedOn: record.closedOn, reason: record.closureReason, summary: record.closureSummary ?? "" }
        : null,
    requestForService: request ? requestStatusView(request) : null,
  };
}
