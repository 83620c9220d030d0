import { programmeReferralCreateSchema, type ProgrammeReferralCreate } from "@hearth/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { NotificationBanner } from "../../components/notification-banner";
import { formatUkDate } from "../../format/dates";
import { useSchemaForm } from "../../forms/use-schema-form";
import { RecordProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { casePaths } from "../cases/paths";
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

/** What happened to the referral, in words: a place offered, or a place on the waiting list. */
const outcomeText = (status: string, position: number | null) =>
  status === "offered"
    ? "A place has been offered; the family will be told."
    : `The run is full: the family is number ${position} on the waiting list.`;

/** Refer a child on an FSS case to a programme run in the area, with the family's consent recorded. */
export function ReferFromCasePage() {
  const { caseId = "" } = useParams();
  const trpc = useTRPC();
  const fssCase = useQuery(trpc.cases.get.queryOptions({ caseId }));
  const runs = useQuery(trpc.programmeRuns.list.queryOptions({}));
  const refer = useMutation(trpc.programmeRuns.refer.mutationOptions());
  const [outcome, setOutcome] = useState<{ runId: string; text: string }>();
  const familyId = fssCase.data?.family.id ?? "";
  const form = useSchemaForm<ReferralValues, ProgrammeReferralCreate>({
    schema: programmeReferralCreateSchema,
    defaultValues: {
      runId: "",
      personId: "",
      consent: "",
      consentGivenBy: "",
      consentRecordedOn: "",
      carerName: "",
      mobile: "",
      email: "",
      preferredChannel: "",
    },
    toInput: ({ consent, preferredChannel, ...v }) => ({
      ...v,
      familyId,
      source: "fss_case",
      sourceId: caseId,
      consentGiven: consent === "yes" ? true : consent === "no" ? false : undefined,
      preferredChannel: preferredChannel || undefined,
    }),
    aliases: { consentGiven: "consent" },
  });
  usePageTitle("Refer to a group programme");
  if (fssCase.isPending) return <p className="govuk-body">Loading…</p>;
  if (fssCase.isError) return <RecordProblem error={fssCase.error} what="Case" />;
  const open = (runs.data ?? []).filter((r) => r.status === "planned" || r.status === "running");
  return (
    <>
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <span className="govuk-caption-l">{fssCase.data.family.name}</span>
      <h1 className="govuk-heading-l">Refer to a group programme</h1>
      {outcome && (
        <NotificationBanner type="success" title="Referred" heading={outcome.text}>
          <Link className="govuk-link" to={programmePaths.run(outcome.runId)}>
            See the run
          </Link>
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
            ...open.map((r) => ({ value: r.id, text: `${r.programmeName}, ${r.venue}, from ${formatUkDate(r.startsOn)}` })),
          ]}
          {...form.field("runId")}
        />
        <Radios
          legend="Who is the place for?"
          legendSize="s"
          items={fssCase.data.children.map((c) => ({ value: c.personId, text: `${c.firstName} ${c.lastName}` }))}
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
      <p className="govuk-body">
        <Link className="govuk-link" to={casePaths.fssCase(caseId)}>
          Back to the case
        </Link>
      </p>
    </>
  );
}
