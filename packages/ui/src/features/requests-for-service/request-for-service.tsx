import {
  can,
  requestForServiceCreateSchema,
  requestForServiceStatusLabels,
  thresholdLevels,
  type RequestForServiceCreate,
  type RequestForServiceStatus,
  type RequestForServiceStatusView,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { useStaff } from "../../auth/use-staff";
import { Button } from "../../components/button";
import { Tag, type TagColour } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { TextInput } from "../../components/form/text-input";
import { Textarea } from "../../components/form/textarea";
import { SummaryList } from "../../components/summary-list";
import { formatUkDate, formatUkDateTime } from "../../format/dates";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";

export const requestStatusColour: Record<RequestForServiceStatus, TagColour> = {
  received: "blue",
  accepted: "green",
  stepped_down: "yellow",
  escalated: "red",
  no_further_action: "grey",
};

export function RequestStatusTag({ status }: { status: RequestForServiceStatus }) {
  return <Tag colour={requestStatusColour[status]}>{requestForServiceStatusLabels[status]}</Tag>;
}

type RequestSource = { consultationId: string } | { assessmentId: string } | { tafId: string };

interface RequestValues {
  level: string;
  reasons: string;
  triedSoFar: string;
  consentGivenBy: string;
  consentGivenOn: string;
}
const FIELDS = ["level", "reasons", "triedSoFar", "consentGivenBy", "consentGivenOn"] as const;
// A refusal about the source itself (a second request, a family moved away) is shown by the reasons.
const SOURCE_ALIASES = { consultationId: "reasons", assessmentId: "reasons", tafId: "reasons" };

/**
 * Escalation to FSS (issue 11 §5), on the consultation, assessment or team it is made from: the
 * request made and FSS's decision on it, or, when the source allows one (`mayAsk`), the form
 * that makes one.
 */
export function RequestForService({
  source,
  request,
  mayAsk,
  suggested = {},
  done,
}: {
  source: RequestSource;
  request: RequestForServiceStatusView | null;
  mayAsk: boolean;
  /** What the source already knows: the decision's level, who gave consent. */
  suggested?: { level?: number | null; consentGivenBy?: string | null };
  done: () => Promise<unknown>;
}) {
  const staff = useStaff();
  if (request)
    return (
      <>
        <h2 className="govuk-heading-m">Request for service to FSS</h2>
        <SummaryList
          rows={[
            { key: "Reference", value: request.reference },
            { key: "Status", value: <RequestStatusTag status={request.status} /> },
            { key: "Requested", value: formatUkDateTime(request.requestedAt) },
            ...(request.decidedAt ? [{ key: "Decided", value: formatUkDate(request.decidedAt.slice(0, 10)) }] : []),
            ...(request.decisionReason ? [{ key: "FSS’s reason", value: request.decisionReason }] : []),
            ...(request.requesterReadAt ? [{ key: "Decision read", value: formatUkDateTime(request.requesterReadAt) }] : []),
          ]}
        />
        {request.decidedAt && !request.requesterReadAt && can(staff.role, "requestsForService.create") && (
          <MarkDecisionRead requestId={request.id} done={done} />
        )}
      </>
    );
  if (!mayAsk || !can(staff.role, "requestsForService.create")) return null;
  return <RequestForServiceForm source={source} suggested={suggested} done={done} />;
}

/** Takes FSS's decision out of the requester's My work, once LCSS has acted on it (a step-down picked up). */
function MarkDecisionRead({ requestId, done }: { requestId: string; done: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const mark = useMutation(trpc.requestsForService.markDecisionRead.mutationOptions());
  return (
    <Button variant="secondary" type="button" disabled={mark.isPending} onClick={async () => (await mark.mutateAsync({ requestId }), await done())}>
      Mark FSS’s decision as read
    </Button>
  );
}

function RequestForServiceForm({
  source,
  suggested,
  done,
}: {
  source: RequestSource;
  suggested: { level?: number | null; consentGivenBy?: string | null };
  done: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const create = useMutation(trpc.requestsForService.create.mutationOptions());
  const form = useSchemaForm<RequestValues, RequestForServiceCreate>({
    schema: requestForServiceCreateSchema,
    defaultValues: {
      level: String(suggested.level ?? ""),
      reasons: "",
      triedSoFar: "",
      consentGivenBy: suggested.consentGivenBy ?? "",
      consentGivenOn: "",
    },
    toInput: (values) => ({ ...values, ...source }),
    aliases: SOURCE_ALIASES,
    order: FIELDS,
  });
  const submit = form.onSubmit(async (input) => {
    await create.mutateAsync(input);
    await done();
  });
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Ask FSS for a service for this family</span>
      </summary>
      <div className="govuk-details__text">
        <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
        <form onSubmit={submit} noValidate>
          <Radios
            legend="Threshold level"
            legendSize="s"
            items={([1, 2, 3, 4] as const).map((level) => ({
              value: String(level),
              text: `Level ${level}: ${thresholdLevels[level].name}`,
            }))}
            {...form.field("level")}
          />
          <Textarea label="Why does the family need FSS?" rows={5} {...form.field("reasons")} />
          <Textarea label="What has been tried already?" rows={5} {...form.field("triedSoFar")} />
          <TextInput label="Who gave consent for the request?" {...form.field("consentGivenBy")} />
          <DateInput legend="When was consent given?" legendSize="s" hint="For example, 27 3 2026" {...form.bind("consentGivenOn")} />
          <Button disabled={create.isPending}>Send the request to FSS</Button>
        </form>
      </div>
    </details>
  );
}
