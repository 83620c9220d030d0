import { can, programmeReferralCreateSchema, type ProgrammeReferralCreate, type ProgrammeReferralSourceField } from "@hearth/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useStaff } from "../../auth/use-staff";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { NotificationBanner } from "../../components/notification-banner";
import { formatUkDate } from "../../format/dates";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import { programmePaths } from "./paths";

interface ReferralValues {
  runId: string;
  personId: string;
  consent: string;
  consentGivenBy: string;
  consentRecordedOn: string;
  carerName: string;
  mobile: string;
  email: string;
  preferredChannel: string;
}

/** Where the referral is made from: exactly one case, assessment, team, consultation or (self-referral) centre. */
export type ProgrammeReferralSource = Partial<Record<ProgrammeReferralSourceField, string>>;

/** What happened to the referral, in words: a place offered, or a place on the waiting list. */
const outcomeText = (status: string, position: number | null) =>
  status === "offered"
    ? "A place has been offered; the family will be told."
    : `The run is full: the family is number ${position} on the waiting list.`;

/**
 * Refers a family member to a programme run with the family's consent recorded, from wherever the
 * referral is made (an FSS case, an EHA, a team around the family, a consultation, or a centre for
 * a self-referral): one form, told only which record it comes from and who may be referred.
 */
export function ProgrammeReferralForm({
  source,
  familyId,
  people,
  suggestedConsentBy,
  runPath = programmePaths.run,
}: {
  source: ProgrammeReferralSource;
  familyId: string;
  people: readonly { personId: string; name: string }[];
  suggestedConsentBy?: string | null;
  /** Where the run's page is; null in the centres' staff area, which has no programme pages. */
  runPath?: ((runId: string) => string) | null;
}) {
  const trpc = useTRPC();
  const runs = useQuery(trpc.programmeRuns.openForReferral.queryOptions({}));
  const refer = useMutation(trpc.programmeRuns.refer.mutationOptions());
  const [outcome, setOutcome] = useState<{ runId: string; text: string }>();
  const form = useSchemaForm<ReferralValues, ProgrammeReferralCreate>({
    schema: programmeReferralCreateSchema,
    defaultValues: {
      runId: "",
      personId: "",
      consent: "",
      consentGivenBy: suggestedConsentBy ?? "",
      consentRecordedOn: "",
      carerName: "",
      mobile: "",
      email: "",
      preferredChannel: "",
    },
    toInput: ({ consent, preferredChannel, ...v }) => ({
      ...v,
      ...source,
      familyId,
      consentGiven: consent === "yes" ? true : consent === "no" ? false : undefined,
      preferredChannel: preferredChannel || undefined,
    }),
    // A refusal about the source (a closed team, another family) is shown beside the run chosen.
    aliases: {
      consentGiven: "consent",
      familyId: "personId",
      caseId: "runId",
      assessmentId: "runId",
      tafId: "runId",
      consultationId: "runId",
      centreId: "runId",
    },
  });
  return (
    <>
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      {outcome && (
        <NotificationBanner type="success" title="Referred" heading={outcome.text}>
          {runPath && (
            <Link className="govuk-link" to={runPath(outcome.runId)}>
              See the run
            </Link>
          )}
        </NotificationBanner>
      )}
      <form
        noValidate
        onSubmit={form.onSubmit(async (referral) => {
          const made = await refer.mutateAsync(referral);
          setOutcome({ runId: referral.runId, text: outcomeText(made.status, made.position) });
        })}
      >
        <Select
          label="Programme run"
          options={[
            { value: "", text: "Choose a run" },
            ...(runs.data ?? []).map((r) => ({ value: r.id, text: `${r.programmeName}, ${r.venue}, from ${formatUkDate(r.startsOn)}` })),
          ]}
          {...form.field("runId")}
        />
        <Radios
          legend="Who is the place for?"
          legendSize="s"
          items={people.map((p) => ({ value: p.personId, text: p.name }))}
          {...form.field("personId")}
        />
        <Radios
          legend="Has the family agreed to the referral?"
          legendSize="s"
          items={[
            { value: "yes", text: "Yes" },
            { value: "no", text: "No" },
          ]}
          {...form.field("consent")}
        />
        <TextInput label="Who gave consent?" {...form.field("consentGivenBy")} />
        <DateInput legend="When was consent given?" legendSize="s" hint="For example, 27 3 2026" {...form.bind("consentRecordedOn")} />
        <TextInput label="Parent or carer to contact" {...form.field("carerName")} />
        <TextInput label="Mobile" type="tel" autoComplete="off" {...form.field("mobile")} />
        <TextInput label="Email" type="email" autoComplete="off" {...form.field("email")} />
        <Radios
          legend="How should the family hear from us?"
          legendSize="s"
          items={[
            { value: "sms", text: "Text message" },
            { value: "email", text: "Email" },
          ]}
          {...form.field("preferredChannel")}
        />
        <Button disabled={refer.isPending}>Refer</Button>
      </form>
    </>
  );
}

/**
 * "Refer to a group programme" on an assessment, a team or a consultation: a GOV.UK details
 * disclosure that opens the referral form in place, so the worker stays on the record.
 */
export function ReferToProgramme(props: Parameters<typeof ProgrammeReferralForm>[0]) {
  const staff = useStaff();
  if (!can(staff.role, "programmeRuns.refer")) return null;
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Refer to a group programme</span>
      </summary>
      <div className="govuk-details__text">
        <ProgrammeReferralForm {...props} />
      </div>
    </details>
  );
}
