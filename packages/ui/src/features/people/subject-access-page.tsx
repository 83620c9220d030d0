import { useMutation } from "@tanstack/react-query";
import { useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { useStaff } from "../../auth/use-staff";
import { Button, ButtonGroup } from "../../components/button";
import { BackLink, WarningText } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { SummaryList } from "../../components/summary-list";
import { serverFormErrors } from "../../forms/server-errors";
import { formatUkDate, formatUkDateTime } from "../../format/dates";
import { useTRPC } from "../../trpc/trpc";
import { backToPerson, fullName } from "./paths";
import { downloadText } from "../../format/download-text";

/**
 * Subject access export (issue 15 §3): everything Hearth holds about one person, as a document the
 * data officer reviews, redacts and releases. Produced on request (each production is audited),
 * printable through the browser, and downloadable as JSON for the council's redaction tools.
 */
export function SubjectAccessPage() {
  const { personId = "" } = useParams();
  const trpc = useTRPC();
  const staff = useStaff();
  const produce = useMutation(trpc.records.subjectAccess.mutationOptions());
  const doc = produce.data;
  usePageTitle(doc ? `Subject access: ${fullName(doc.person)}` : "Subject access export");
  return (
    <>
      <div className="hearth-no-print">
        <BackLink to={backToPerson(staff.role, personId)}>Back</BackLink>
        <ErrorSummary
          items={produce.error ? serverFormErrors(produce.error).map((text) => ({ text })) : []}
          focusKey={String(produce.failureCount)}
        />
      </div>
      <h1 className="govuk-heading-l">{doc ? `Everything Hearth holds about ${fullName(doc.person)}` : "Subject access export"}</h1>
      {!doc ? (
        <>
          <p className="govuk-body">
            This gathers everything held about the person across every service: their details, families, bookings, consultations, assessments, cases,
            statutory episodes, chronology and who has looked at their record.
          </p>
          <WarningText>Producing it is recorded. Review it, and remove what is about other people, before you release it.</WarningText>
          <Button type="button" disabled={produce.isPending} onClick={() => produce.mutate({ personId })}>
            Produce the document
          </Button>
        </>
      ) : (
        <>
          <p className="govuk-body">
            Born {formatUkDate(doc.person.dateOfBirth)}, {doc.person.areaName}. Produced {formatUkDateTime(doc.producedAt)}.
          </p>
          <div className="hearth-no-print">
            <ButtonGroup>
              <Button type="button" onClick={() => window.print()}>
                Print or save as PDF
              </Button>
              <Button
                type="button"
                variant="secondary"
                onClick={() => downloadText(JSON.stringify(doc, null, 2), `subject-access-${doc.person.id}.json`, "application/json")}
              >
                Download as JSON
              </Button>
            </ButtonGroup>
          </div>
          {doc.sections.map((section) => (
            <section key={section.key} aria-labelledby={`section-${section.key}`}>
              <h2 className="govuk-heading-m" id={`section-${section.key}`}>
                {section.title}
              </h2>
              {section.items.length === 0 ? (
                <p className="govuk-body">Nothing held.</p>
              ) : (
                section.items.map((item, i) => (
                  <SummaryList key={i} rows={Object.entries(item).map(([key, value]) => ({ key, value: value === null ? "" : String(value) }))} />
                ))
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
