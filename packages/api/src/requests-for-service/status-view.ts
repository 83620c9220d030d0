import type { RequestForServiceRow } from "@hearth/db";
import { requestForServiceReference, type RequestForServiceStatus, type RequestForServiceStatusView } from "@hearth/domain";

/** What the requester sees on the consultation, assessment or team the request came from. */
export function requestStatusView(row: RequestForServiceRow): RequestForServiceStatusView {
  return {
    id: row.id,
    reference: requestForServiceReference(row.number),
    status: row.status as RequestForServiceStatus,
    requestedAt: row.requestedAt.toISOString(),
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    requesterReadAt: row.requesterReadAt?.toISOString() ?? null,
  };
}
