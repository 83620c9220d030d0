import { ehaConsentMethodLabels, ehaDomainLabels, ehaQualityRatingLabels, type AssessmentDomain } from "@hearth/domain";
import { SummaryList } from "../../components/summary-list";
import { formatUkDate } from "../../format/dates";
import type { AssessmentDetail } from "./use-assessment";

const text = (value: string | null | undefined) => (value ? <span style={{ whiteSpace: "pre-wrap" }}>{value}</span> : "Not recorded");
const domains: AssessmentDomain[] = ["child_development", "parenting_capacity", "family_environment"];

/** Everything the assessment records, section by section: on its page and in the family's printed copy. */
export function AssessmentSummary({ assessment: a, headingLevel = 2 }: { assessment: AssessmentDetail; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as "h2";
  const sub = `h${headingLevel + 1}` as "h3";
  return (
    <>
      <H className="govuk-heading-m">Who is assessed</H>
      <SummaryList
        rows={[
          { key: "Children", value: a.children.map((c) => c.name).join(", ") || "None shown" },
          { key: "Adults", value: a.adults.map((p) => p.name).join(", ") || "None" },
          { key: "Started", value: formatUkDate(a.startedOn) },
        ]}
      />
      <H className="govuk-heading-m">Consent</H>
      <SummaryList
        rows={[
          { key: "Given by", value: a.consent.givenByName ?? "Not recorded" },
          { key: "How", value: a.consent.method ? ehaConsentMethodLabels[a.consent.method] : "Not recorded" },
          { key: "When", value: a.consent.givenOn ? formatUkDate(a.consent.givenOn) : "Not recorded" },
          ...(a.consent.withdrawnOn ? [{ key: "Withdrawn", value: formatUkDate(a.consent.withdrawnOn) }] : []),
        ]}
      />
      <H className="govuk-heading-m">Lead professional</H>
      <SummaryList
        rows={[
          { key: "Name", value: a.leadProfessional?.name ?? "Not recorded" },
          { key: "Agency", value: a.leadProfessional?.agency ?? "Not recorded" },
          ...(a.leadProfessional?.role ? [{ key: "Role", value: a.leadProfessional.role }] : []),
          ...(a.leadProfessional?.email ? [{ key: "Email", value: a.leadProfessional.email }] : []),
        ]}
      />
      {a.children.map((child) => {
        const c = a.childAssessments.find((x) => x.personId === child.personId);
        return (
          <div key={child.personId} className="hearth-print-section">
            <H className="govuk-heading-m">{child.name}</H>
            {c ? (
              <>
                {domains.map((d) => (
                  <div key={d}>
                    <Sub className="govuk-heading-s" as={sub}>
                      {ehaDomainLabels[d]}
                    </Sub>
                    <SummaryList
                      rows={[
                        { key: "Strengths", value: text(c.domains[d].strengths) },
                        { key: "Needs", value: text(c.domains[d].needs) },
                      ]}
                    />
                  </div>
                ))}
                <SummaryList rows={[{ key: `${child.name}’s own voice`, value: text(c.childsVoice) }]} />
              </>
            ) : (
              <p className="govuk-body">Not yet written.</p>
            )}
          </div>
        );
      })}
      <H className="govuk-heading-m">Parents’ and carers’ views</H>
      <p className="govuk-body">{text(a.parentsViews)}</p>
      <H className="govuk-heading-m">Analysis</H>
      <p className="govuk-body">{text(a.analysis)}</p>
      <H className="govuk-heading-m">Desired outcomes</H>
      {a.desiredOutcomes.length ? (
        <ol className="govuk-list govuk-list--number">
          {a.desiredOutcomes.map((o, i) => (
            <li key={i}>{o}</li>
          ))}
        </ol>
      ) : (
        <p className="govuk-body">Not recorded</p>
      )}
      {a.qualityAudit && (
        <div className="hearth-no-print">
          <H className="govuk-heading-m">Quality audit</H>
          <SummaryList
            rows={[
              { key: "Rating", value: ehaQualityRatingLabels[a.qualityAudit.rating] },
              { key: "Feedback to the author", value: text(a.qualityAudit.feedback) },
            ]}
          />
        </div>
      )}
    </>
  );
}

function Sub({ as: Tag, className, children }: { as: "h3" | "h4"; className: string; children: React.ReactNode }) {
  return <Tag className={className}>{children}</Tag>;
}
