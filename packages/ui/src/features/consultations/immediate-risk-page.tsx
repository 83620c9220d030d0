import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink, WarningText } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { serverFieldErrors, serverFormErrors } from "../../forms/server-errors";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { consultationPaths } from "./paths";

/**
 * Every call starts with one question: is a child at immediate risk of significant harm? A yes
 * shows the MASH number at once (configured per council) and records that the caller was sent
 * there; a no goes on to log the call.
 */
export function ImmediateRiskPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const reference = useQuery(trpc.consultations.reference.queryOptions({}));
  const [answer, setAnswer] = useState<"" | "yes" | "no">("");
  const [asked, setAsked] = useState(false);
  const [risk, setRisk] = useState(false);
  usePageTitle(risk ? "Call the MASH now" : "Is a child at immediate risk?", { hasErrors: asked && !answer });

  if (reference.isError) return <LoadProblem error={reference.error} what="the advice line’s settings" />;
  if (risk && reference.data) return <SendToMash mash={reference.data.mash} organisations={reference.data.organisations} />;
  const missing = asked && !answer ? "Say whether a child is at immediate risk of significant harm" : undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={consultationPaths.list}>Consultations</BackLink>
        <ErrorSummary items={missing ? [{ text: missing, fieldId: "immediateRisk" }] : []} focusKey={asked ? answer || "missing" : undefined} />
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setAsked(true);
            if (answer === "yes") setRisk(true);
            if (answer === "no") void navigate(consultationPaths.log);
          }}
        >
          <Radios
            name="immediateRisk"
            legend="Is a child at immediate risk of significant harm?"
            isPageHeading
            legendSize="l"
            hint="For example, a child is injured, has disclosed abuse, or is not safe to go home today."
            error={missing}
            items={[
              { value: "yes", text: "Yes" },
              { value: "no", text: "No" },
            ]}
            onChange={(e) => setAnswer(e.target.value as "yes" | "no")}
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
  const [callerName, setCallerName] = useState("");
  const [organisationId, setOrganisationId] = useState("");
  const errors = serverFieldErrors(record.error);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={record.error ? serverFormErrors(record.error).map((text) => ({ text })) : []} focusKey={record.error ?? undefined} />
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
          onSubmit={(e) => {
            e.preventDefault();
            record.mutate(
              { callerName: callerName || undefined, organisationId: organisationId || undefined },
              { onSuccess: (done) => void navigate(consultationPaths.consultation(done.id)) },
            );
          }}
        >
          <TextInput
            name="callerName"
            label="Caller’s name (optional)"
            value={callerName}
            onChange={(e) => setCallerName(e.target.value)}
            error={errors.callerName}
          />
          <Select
            name="organisationId"
            label="Caller’s organisation (optional)"
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
            options={[{ value: "", text: "Not known" }, ...organisations.map((o) => ({ value: o.id, text: o.name }))]}
            error={errors.organisationId}
          />
          <Button disabled={record.isPending}>Record and finish</Button>
        </form>
      </div>
    </div>
  );
}
