import {
  caseChildCategories,
  caseChildCategoryLabels,
  requestForServiceDecideSchema,
  requestForServiceStatusLabels,
  type RequestForServiceChoices,
  type RequestForServiceDecide,
  type RequestForServiceDecision,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { Checkboxes } from "../../components/form/checkboxes";
import { Radios } from "../../components/form/radios";
import { Textarea } from "../../components/form/textarea";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";

interface DecisionValues {
  requestId: string;
  decision: string;
  keyWorkerId: string;
  childIds: string[];
  category: string;
  reason: string;
}

const decisionItems: { value: RequestForServiceDecision; hint?: string }[] = [
  { value: "accepted", hint: "Opens an FSS case for the family, with the key worker you choose" },
  { value: "stepped_down", hint: "The request goes back to LCSS with your note" },
  { value: "escalated" },
  { value: "no_further_action" },
];

const reasonLabel: Record<string, string> = {
  accepted: "Reason for opening the case (optional)",
  stepped_down: "Note for early help",
  escalated: "Reason for escalating (optional)",
  no_further_action: "Reason for no further action",
};

const openCases = (n: number) => (n === 1 ? "1 open case" : `${n} open cases`);

/**
 * An FSS manager's decision on a request for service (issue 12 §1): accept and allocate to a key
 * worker (each shown with their current caseload), step down to early help with a note for LCSS,
 * escalate to children's social care, or no further action with a reason.
 */
export function DecisionForm({
  requestId,
  meetingId,
  choices,
  onDecided,
}: {
  requestId: string;
  /** The allocation meeting the decision is taken at, when opened from its agenda. */
  meetingId?: string;
  choices: RequestForServiceChoices;
  onDecided: (caseId: string | null) => void;
}) {
  const trpc = useTRPC();
  const decide = useMutation(trpc.requestsForService.decide.mutationOptions());
  const form = useSchemaForm<DecisionValues, RequestForServiceDecide>({
    schema: requestForServiceDecideSchema,
    defaultValues: { requestId, decision: "", keyWorkerId: "", childIds: [], category: "", reason: "" },
    toInput: (v) => {
      const accepted = v.decision === "accepted";
      return {
        requestId: v.requestId,
        meetingId,
        decision: v.decision || undefined,
        keyWorkerId: accepted ? v.keyWorkerId || undefined : undefined,
        childIds: accepted ? v.childIds : undefined,
        category: accepted ? v.category || undefined : undefined,
        reason: v.reason.trim() ? v.reason : undefined,
      };
    },
    order: ["decision", "keyWorkerId", "childIds", "category", "reason"],
  });
  const decision = form.values.decision;
  return (
    <section aria-labelledby="decision-heading">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h2 className="govuk-heading-m" id="decision-heading">
        Decide this request
      </h2>
      <form noValidate onSubmit={form.onSubmit(async (input) => onDecided((await decide.mutateAsync(input)).caseId))}>
        <Radios
          legend="Decision"
          legendSize="s"
          items={decisionItems.map((d) => ({ value: d.value, text: requestForServiceStatusLabels[d.value], hint: d.hint }))}
          {...form.field("decision")}
        />
        {decision === "accepted" && (
          <>
            <Radios
              legend="Key worker"
              legendSize="s"
              hint="Each worker’s current caseload is shown beside their name"
              items={choices.keyWorkers.map((k) => ({ value: k.id, text: k.displayName, hint: openCases(k.openCases) }))}
              {...form.field("keyWorkerId")}
            />
            <Checkboxes
              legend="Children the case is about"
              legendSize="s"
              items={choices.children.map((c) => ({ value: c.personId, text: c.name }))}
              {...form.field("childIds")}
            />
            <Radios
              legend="Why FSS is working with the children"
              legendSize="s"
              items={caseChildCategories.map((c) => ({ value: c, text: caseChildCategoryLabels[c] }))}
              {...form.field("category")}
            />
          </>
        )}
        {decision && <Textarea label={reasonLabel[decision] ?? "Reason"} rows={4} {...form.field("reason")} />}
        <Button disabled={decide.isPending}>Record decision</Button>
      </form>
    </section>
  );
}
