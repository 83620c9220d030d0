import { personMergeChoiceSchema, type PersonMergeChoice } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { Radios } from "../../components/form/radios";
import { useSchemaForm } from "../../forms/use-schema-form";
import { formatUkDate } from "../../format/dates";
import { RecordProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import type { MergeReviewState } from "./merge-review-page";
import { useStaff } from "../../auth/use-staff";
import { backToPerson, fullName, peoplePaths } from "./paths";

interface ChoiceValues {
  otherId: string;
  keep: string;
}

/**
 * The first step of merging duplicates, from a person's page: the records the duplicate check
 * finds for this person, one to choose, and which of the two to keep. The choice travels to the
 * review page in the router's state, not its address.
 */
export function MergeChoosePage() {
  const { personId = "" } = useParams();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const staff = useStaff();
  const candidates = useQuery(trpc.people.mergeCandidates.queryOptions({ personId }));
  const form = useSchemaForm<ChoiceValues, PersonMergeChoice>({ schema: personMergeChoiceSchema, defaultValues: { otherId: "", keep: "" } });
  const summary = form.summary();
  usePageTitle("Merge a duplicate record", { hasErrors: summary.length > 0 });
  if (candidates.isPending) return <p className="govuk-body">Loading…</p>;
  if (candidates.isError) return <RecordProblem error={candidates.error} what="Person" />;

  const submit = async ({ otherId, keep }: PersonMergeChoice) => {
    const state: MergeReviewState = keep === "this" ? { duplicateId: otherId, keepId: personId } : { duplicateId: personId, keepId: otherId };
    await navigate(peoplePaths.mergeReview, { state });
  };

  return (
    <>
      <BackLink to={backToPerson(staff.role, personId)}>Back</BackLink>
      <ErrorSummary items={summary} focusKey={form.focusKey} />
      <h1 className="govuk-heading-l">Merge a duplicate record</h1>
      {candidates.data.length === 0 ? (
        <p className="govuk-body">No other record looks like the same person.</p>
      ) : (
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Radios
            legend="Which record is the same person?"
            legendSize="m"
            hint="Records with the same date of birth and a similar name, or the same NHS number or UPN"
            items={candidates.data.map((p) => ({
              value: p.id,
              text: fullName(p),
              hint: `Born ${formatUkDate(p.dateOfBirth)}, ${p.postcode ?? "no postcode"}, ${p.areaName} area`,
            }))}
            {...form.field("otherId")}
          />
          <Radios
            legend="Which record do you want to keep?"
            legendSize="m"
            hint="Everything linked to the other record moves to the one you keep"
            items={[
              { value: "this", text: "This record" },
              { value: "other", text: "The record chosen above" },
            ]}
            {...form.field("keep")}
          />
          <Button>Review the merge</Button>
        </form>
      )}
    </>
  );
}
