import {
  assessmentFramework,
  can,
  consultationFamilyKindLabels,
  consultationOutcomeLabels,
  type AssessmentDomain,
  type ConsultationDetail,
} from "@hearth/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink, Tag } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { SummaryList, type SummaryListRow } from "../../components/summary-list";
import { formatUkDate, formatUkDateTime } from "../../format/dates";
import { serverFieldErrors, serverFormErrors } from "../../forms/server-errors";
import { LoadProblem } from "../../pages/problem-pages";
import { ReferToProgramme } from "../programmes/programme-referral-form";
import { useTRPC } from "../../trpc/trpc";
import { useStaff } from "../../auth/use-staff";
import { assessmentPaths } from "../assessments/paths";
import { PickUpRequest } from "../advice-requests/pick-up-request";
import { familyRecordPaths } from "../families/paths";
import { aboutText, statusColour, statusText } from "./consultation-labels";
import { MakeNamedForm } from "./make-named-form";
import { consultationPaths } from "./paths";
import { ReferrerFeedback } from "./referrer-feedback";
import { RequestForService } from "../requests-for-service/request-for-service";

const orNone = (text: string | null | undefined) => text || "Not recorded";
const paragraphs = (text: string | null) => (text ? <span style={{ whiteSpace: "pre-wrap" }}>{text}</span> : "Not recorded");

/** One consultation: the caller, the family, the concern and the threshold decision. */
export function ConsultationPage() {
  const { consultationId = "" } = useParams();
  const trpc = useTRPC();
  const consultation = useQuery(trpc.consultations.get.queryOptions({ consultationId }));
  const role = useStaff().role;
  usePageTitle(consultation.data ? `Consultation ${consultation.data.reference}` : "Consultation");
  if (consultation.isPending) return <p className="govuk-body">Loading…</p>;
  if (consultation.isError) return <LoadProblem error={consultation.error} what="the consultation" />;
  const c = consultation.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={consultationPaths.list}>Consultations</BackLink>
        <span className="govuk-caption-l">Consultation {c.reference}</span>
        <h1 className="govuk-heading-l">{c.immediateRisk ? "Caller sent to the MASH" : aboutText(c)}</h1>
        <p className="govuk-body">
          <Tag colour={statusColour[c.status]}>{statusText(c.status)}</Tag>
        </p>
        {c.status === "awaiting_call_back" && <PickUpRequest consultationId={c.id} />}
        <h2 className="govuk-heading-m">The call</h2>
        <SummaryList rows={callRows(c)} />
        {!c.immediateRisk && (
          <>
            <h2 className="govuk-heading-m">The family</h2>
            <SummaryList rows={familyRows(c)} />
            <h2 className="govuk-heading-m">The concern and advice</h2>
            <SummaryList
              rows={[
                { key: "In the caller’s words", value: paragraphs(c.concern) },
                { key: "Advice given", value: paragraphs(c.adviceGiven) },
                {
                  key: "Outcome",
                  value: (c.outcome ? consultationOutcomeLabels[c.outcome] : "Not yet called back") + (c.signpostTo ? `: ${c.signpostTo}` : ""),
                },
              ]}
            />
          </>
        )}
        {c.decision && <Decision consultation={c} decision={c.decision} />}
        {c.familyId && c.outcome === "start_eha" && can(role, "assessments.write") && (
          <p className="govuk-body">
            <Link className="govuk-link" to={assessmentPaths.startFromConsultation(c.familyId, c.id)}>
              Start the Early Help Assessment
            </Link>
          </p>
        )}
        <ReferrerFeedback consultation={c} done={() => consultation.refetch()} />
        <RequestForService
          source={{ consultationId: c.id }}
          request={c.requestForService}
          mayAsk={c.familyKind === "named" && !!c.decision && c.status !== "awaiting_confirmation"}
          suggested={{ level: c.decision?.level, consentGivenBy: c.consentGivenBy }}
          done={() => consultation.refetch()}
        />
        {c.familyKind === "named" && c.familyId && (
          <ReferToProgramme source={{ consultationId: c.id }} familyId={c.familyId} people={c.children} suggestedConsentBy={c.consentGivenBy} />
        )}
        {c.familyKind === "no_names" && <MakeNamedForm consultation={c} done={() => consultation.refetch()} />}
      </div>
    </div>
  );
}

function callRows(c: ConsultationDetail): SummaryListRow[] {
  return [
    { key: "Received", value: formatUkDateTime(c.receivedAt) },
    { key: "Taken by", value: c.takenByName ?? "Not picked up" },
    { key: "Caller", value: [c.callerName, c.callerRole].filter(Boolean).join(", ") || "Not recorded" },
    { key: "Organisation", value: orNone(c.organisationName) },
    { key: "Phone", value: orNone(c.callerPhone) },
    { key: "Email", value: orNone(c.callerEmail) },
    ...(c.immediateRisk ? [{ key: "Outcome", value: consultationOutcomeLabels.social_care_now }] : []),
  ];
}

function familyRows(c: ConsultationDetail): SummaryListRow[] {
  const rows: SummaryListRow[] = [{ key: "Named?", value: consultationFamilyKindLabels[c.familyKind ?? "not_recorded"] }];
  if (c.familyId)
    rows.push(
      {
        key: "Family",
        value: (
          <Link className="govuk-link" to={familyRecordPaths.overview(c.familyId)}>
            {c.familyName}
          </Link>
        ),
      },
      { key: "Children", value: c.children.map((child) => child.name).join(", ") || "None you can see" },
      { key: "Consent given by", value: orNone(c.consentGivenBy) },
    );
  if (c.namedAt) rows.push({ key: "Named after the call", value: formatUkDateTime(c.namedAt) });
  if (c.childAge !== null) rows.push({ key: "Child’s age when the call was made", value: `${c.childAge}` });
  if (c.childSetting) rows.push({ key: "School or setting", value: c.childSetting });
  if (c.localityName) rows.push({ key: "Locality", value: c.localityName });
  return rows;
}

function Decision({ consultation, decision }: { consultation: ConsultationDetail; decision: NonNullable<ConsultationDetail["decision"]> }) {
  const trpc = useTRPC();
  const get = trpc.consultations.get.queryOptions({ consultationId: consultation.id });
  const confirm = useMutation(trpc.consultations.confirmDecision.mutationOptions());
  const { refetch } = useQuery(get);
  const problem = serverFieldErrors(confirm.error).decision ?? serverFormErrors(confirm.error)[0];
  const confirmation = !decision.seniorConfirmationRequired
    ? "Not needed"
    : decision.confirmedAt
      ? `Confirmed by ${decision.confirmedByName ?? "a senior practitioner"}, ${formatUkDateTime(decision.confirmedAt)}`
      : "Waiting for a senior practitioner";
  return (
    <>
      <h2 className="govuk-heading-m">Threshold decision</h2>
      <SummaryList
        rows={[
          { key: "Suggested level", value: `Level ${decision.suggestedLevel}` },
          { key: "Level decided", value: `Level ${decision.level}` },
          ...(decision.rationale ? [{ key: "Rationale", value: paragraphs(decision.rationale) }] : []),
          {
            key: "Indicators",
            value: decision.indicators.length ? (
              <ul className="govuk-list govuk-list--bullet">
                {decision.indicators.map((i) => (
                  <li key={i.code}>
                    {assessmentFramework[i.domain as AssessmentDomain]?.label ?? "Retired"}, level {i.level}: {i.wording}
                  </li>
                ))}
              </ul>
            ) : (
              "None chosen"
            ),
          },
          { key: "Protective factors", value: decision.protectiveFactors.join("; ") || "None recorded" },
          { key: "Routing", value: decision.routing },
          { key: "Decided", value: `${decision.decidedByName}, ${formatUkDate(decision.decidedOn)}` },
          { key: "Senior confirmation", value: confirmation },
        ]}
      />
      {problem && <ErrorSummary items={[{ text: problem }]} focusKey={confirm.error} />}
      {consultation.canConfirm && (
        <Button disabled={confirm.isPending} onClick={() => confirm.mutate({ consultationId: consultation.id }, { onSuccess: () => void refetch() })}>
          Confirm the decision
        </Button>
      )}
    </>
  );
}
