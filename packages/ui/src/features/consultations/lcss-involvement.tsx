import {
  can,
  consultationOutcomeLabels,
  consultationStatusLabels,
  type ConsultationOutcome,
  type ConsultationStatus,
  type EarlyHelpAssessmentStatus,
  type RequestForServiceStatus,
  tafClosureReasonLabels,
  type TafClosureReason,
  type TafStatus,
} from "@hearth/domain";
import { Link } from "react-router";
import { useStaff } from "../../auth/use-staff";
import { Table } from "../../components/table";
import { Tag } from "../../components/content";
import { formatUkDate, formatUkDateTime } from "../../format/dates";
import { assessmentStatusColour, assessmentStatusText } from "../assessments/assessment-labels";
import { assessmentPaths } from "../assessments/paths";
import { tafPaths } from "../taf/paths";
import { consultationPaths } from "./paths";
import { RequestStatusTag } from "../requests-for-service/request-for-service";

interface FamilyConsultation {
  id: string;
  reference: string;
  receivedAt: string;
  status: string;
  /** Null for an online request not yet called back. */
  outcome: string | null;
  organisationName: string | null;
  level: number | null;
}

interface FamilyAssessment {
  id: string;
  status: EarlyHelpAssessmentStatus;
  startedOn: string;
  dueOn: string;
  leadProfessional: string | null;
  consentWithdrawnOn: string | null;
}

interface FamilyTeamAroundTheFamily {
  id: string;
  status: TafStatus;
  startedOn: string;
  closedOn: string | null;
  closureReason: TafClosureReason | null;
  leadName: string;
}

interface FamilyRequestForService {
  id: string;
  reference: string;
  status: RequestForServiceStatus;
  level: number;
  requestedAt: string;
  decidedAt: string | null;
}

/**
 * The LCSS section of a family's Involvement page: the advice line's calls about the family, its
 * Early Help Assessments (with a way to start one), and the requests for service LCSS made to FSS
 * with FSS's decision.
 */
export function LcssInvolvement({
  familyId,
  consultations,
  assessments,
  teamsAroundFamily = [],
  requestsForService,
}: {
  familyId: string;
  consultations: FamilyConsultation[];
  assessments: FamilyAssessment[];
  teamsAroundFamily?: FamilyTeamAroundTheFamily[];
  requestsForService: FamilyRequestForService[];
}) {
  const role = useStaff().role;
  const linked = can(role, "consultations.read");
  const assessmentLinked = can(role, "assessments.read");
  return (
    <>
      <h2 className="govuk-heading-m">Locality and Community Support (LCSS)</h2>
      {consultations.length === 0 ? (
        <p className="govuk-body">No consultations with LCSS.</p>
      ) : (
        <Table
          caption="Consultations"
          rows={consultations}
          rowKey={(c) => c.id}
          columns={[
            {
              header: "Reference",
              cell: (c) =>
                linked ? (
                  <Link className="govuk-link" to={consultationPaths.consultation(c.id)}>
                    {c.reference}
                  </Link>
                ) : (
                  c.reference
                ),
            },
            { header: "Received", cell: (c) => formatUkDateTime(c.receivedAt) },
            { header: "Caller’s organisation", cell: (c) => c.organisationName ?? "Not known" },
            { header: "Level", cell: (c) => (c.level ? String(c.level) : "–") },
            {
              header: "Outcome",
              cell: (c) => (c.outcome ? (consultationOutcomeLabels[c.outcome as ConsultationOutcome] ?? c.outcome) : "Not yet called back"),
            },
            { header: "Status", cell: (c) => consultationStatusLabels[c.status as ConsultationStatus] ?? c.status },
          ]}
        />
      )}
      {assessments.length === 0 ? (
        <p className="govuk-body">No Early Help Assessments.</p>
      ) : (
        <Table
          caption="Early Help Assessments"
          rows={assessments}
          rowKey={(a) => a.id}
          columns={[
            {
              header: "Started",
              cell: (a) =>
                assessmentLinked ? (
                  <Link className="govuk-link" to={assessmentPaths.assessment(a.id)}>
                    {formatUkDate(a.startedOn)}
                  </Link>
                ) : (
                  formatUkDate(a.startedOn)
                ),
            },
            { header: "Lead professional", cell: (a) => a.leadProfessional ?? "Not yet named" },
            { header: "Due", cell: (a) => formatUkDate(a.dueOn) },
            {
              header: "Status",
              cell: (a) => (
                <>
                  <Tag colour={assessmentStatusColour[a.status]}>{assessmentStatusText(a.status)}</Tag>
                  {a.consentWithdrawnOn && <span className="govuk-body-s"> Consent withdrawn</span>}
                </>
              ),
            },
          ]}
        />
      )}
      {teamsAroundFamily.length > 0 && (
        <Table
          caption="Teams Around the Family"
          rows={teamsAroundFamily}
          rowKey={(t) => t.id}
          columns={[
            {
              header: "Started",
              cell: (t) =>
                can(role, "taf.read") ? (
                  <Link className="govuk-link" to={tafPaths.taf(t.id)}>
                    {formatUkDate(t.startedOn)}
                  </Link>
                ) : (
                  formatUkDate(t.startedOn)
                ),
            },
            { header: "Led by", cell: (t) => t.leadName },
            {
              header: "Status",
              cell: (t) =>
                t.status === "open"
                  ? "Open"
                  : `Closed ${t.closedOn ? formatUkDate(t.closedOn) : ""}${t.closureReason ? `: ${tafClosureReasonLabels[t.closureReason]}` : ""}`,
            },
          ]}
        />
      )}
      {can(role, "assessments.write") && (
        <p className="govuk-body">
          <Link className="govuk-link" to={assessmentPaths.start(familyId)}>
            Start an Early Help Assessment
          </Link>
        </p>
      )}
      {requestsForService.length > 0 && (
        <Table
          caption="Requests for service to FSS"
          rows={requestsForService}
          rowKey={(r) => r.id}
          columns={[
            { header: "Reference", cell: (r) => r.reference },
            { header: "Requested", cell: (r) => formatUkDateTime(r.requestedAt) },
            { header: "Level", cell: (r) => String(r.level) },
            { header: "Status", cell: (r) => <RequestStatusTag status={r.status} /> },
          ]}
        />
      )}
    </>
  );
}
