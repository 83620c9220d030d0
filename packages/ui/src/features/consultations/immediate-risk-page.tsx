import { consultationImmediateRiskSchema, type ConsultationImmediateRisk } from "@hearth/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { z } from "zod";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink, WarningText } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { useSchemaForm } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { NameInput } from "../people/person-inputs";
import { useTRPC } from "../../trpc/trpc";
import { consultationPaths } from "./paths";

const riskQuestionSchema = z.object({
  immediateRisk: z.enum(["yes", "no"], { error: "Say whether a child is at immediate risk of significant harm" }),
});

/**
 * Every call starts with one question: is a child at immediate risk of significant harm? A yes
 * shows the MASH number at once (configured per council) and records that the caller was sent
 * there; a no goes on to log the call.
 */
export function ImmediateRiskPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const reference = useQuery(trpc.consultations.reference.queryOptions({}));
  const [risk, setRisk] = useState(false);
  const form = useSchemaForm<{ immediateRisk: string }, z.output<typeof riskQuestionSchema>>({
    schema: riskQuestionSchema,
    defaultValues: { immediateRisk: "" },
  });
  const summary = form.summary();
  usePageTitle(risk ? "Call the MASH now" : "Is a child at immediate risk?", { hasErrors: summary.length > 0 });

  if (reference.isError) return <LoadProblem error={reference.error} what="the advice line’s settings" />;
  if (risk && reference.data) return <SendToMash mash={reference.data.mash} organisations={reference.data.organisations} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={consultationPaths.list}>Consultations</BackLink>
        <ErrorSummary items={summary} focusKey={form.focusKey} />
        <form
          noValidate
          onSubmit={form.onSubmit(({ immediateRisk }) => {
            if (immediateRisk === "yes") setRisk(true);
            else void navigate(consultationPaths.log);
          })}
        >
          <Radios
            legend="Is a child at immediate risk of significant harm?"
            isPageHeading
            legendSize="l"
            hint="For example, a child is injured, has disclosed abuse, or is not safe to go home today."
            items={[
              { value: "yes", text: "Yes" },
              { value: "no", text: "No" },
            ]}
            {...form.field("immediateRisk")}
          />
          <Button>Continue</Button>
        </form>
      </div>
    </div>
  );
}

function SendToMash({ mash, organisations }: { mash: { name: string; phone: string }; organisations: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const record = useMutation(trpc.consultations.recordImmediateRisk.mutationOptions());
  const form = useSchemaForm<{ callerName: string; organisationId: string }, ConsultationImmediateRisk>({
    schema: consultationImmediateRiskSchema,
    defaultValues: { callerName: "", organisationId: "" },
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
        <h1 className="govuk-heading-l">Tell the caller to ring the MASH now</h1>
        <WarningText>A child at immediate risk of significant harm is referred to children’s social care straight away, not to LCSS.</WarningText>
        <p className="govuk-body">{mash.name}</p>
        <p className="govuk-body govuk-!-font-size-36 govuk-!-font-weight-bold" data-testid="mash-phone">
          {mash.phone}
        </p>
        <p className="govuk-body">If the child is in danger right now, the caller should ring 999.</p>
        <h2 className="govuk-heading-m">Record that the caller was sent to the MASH</h2>
        <form
          noValidate
          onSubmit={form.onSubmit(async (input) => {
            const done = await record.mutateAsync(input);
            await navigate(consultationPaths.consultation(done.id));
          })}
        >
          <NameInput label="Caller’s name (optional)" {...form.field("callerName")} />
          <Select
            label="Caller’s organisation (optional)"
            options={[{ value: "", text: "Not known" }, ...organisations.map((o) => ({ value: o.id, text: o.name }))]}
            {...form.field("organisationId")}
          />
          <Button disabled={record.isPending}>Record and finish</Button>
        </form>
      </div>
    </div>
  );
}
