import { can, consultationOutcomeLabels, consultationStatusLabels, type ConsultationOutcome, type ConsultationStatus } from "@hearth/domain";
import { Link } from "react-router";
import { useStaff } from "../../auth/use-staff";
import { Table } from "../../components/table";
import { formatUkDateTime } from "../../format/dates";
import { consultationPaths } from "./paths";

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

/** The LCSS section of a family's Involvement page: the advice line's calls about the family. */
export function LcssInvolvement({ consultations }: { consultations: FamilyConsultation[] }) {
  const linked = can(useStaff().role, "consultations.read");
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
    </>
  );
}
