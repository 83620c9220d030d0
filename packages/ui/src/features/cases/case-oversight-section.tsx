import {
  caseOversightKindLabels,
  caseOversightKinds,
  caseOversightRecordSchema,
  caseReallocateSchema,
  type CaseOversightRecord,
  type CaseReallocate,
} from "@hearth/domain";
import type { RouterOutputs } from "@hearth/api";
import { useMutation } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { Textarea } from "../../components/form/textarea";
import { SummaryList } from "../../components/summary-list";
import { formatUkDate } from "../../format/dates";
import { prefixedBoxes } from "../../forms/prefixed-boxes";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";

type Page = RouterOutputs["cases"]["get"];

/**
 * Management oversight (issue 12 §2): managers' recorded decisions and supervision notes on the
 * case, and for managers the forms to record one and to reallocate the case with a reason.
 */
export function CaseOversightSection({ page, onChanged }: { page: Page; onChanged: () => void }) {
  const { oversight } = page.plan;
  if (!oversight.length && !page.canOversee) return null;
  const open = page.case.status === "open";
  return (
    <section aria-labelledby="oversight-heading">
      <h2 className="govuk-heading-m" id="oversight-heading">
        Management oversight
      </h2>
      {oversight.length === 0 && <p className="govuk-body">No management decisions or supervision notes yet.</p>}
      {oversight.map((o) => (
        <div key={o.id}>
          <h3 className="govuk-heading-s">
            {caseOversightKindLabels[o.kind]}, {formatUkDate(o.decidedOn)}
          </h3>
          <SummaryList
            rows={[
              { key: "Decision", value: <span style={{ whiteSpace: "pre-wrap" }}>{o.decision}</span> },
              { key: "Rationale", value: <span style={{ whiteSpace: "pre-wrap" }}>{o.rationale}</span> },
              { key: "Recorded by", value: o.recordedByName },
            ]}
          />
        </div>
      ))}
      {page.canOversee && <RecordOversightForm caseId={page.case.id} onRecorded={onChanged} />}
      {page.canOversee && open && (
        <ReallocateForm
          caseId={page.case.id}
          choices={page.keyWorkerChoices.filter((k) => k.id !== page.case.keyWorkerId)}
          onReallocated={onChanged}
        />
      )}
    </section>
  );
}

function RecordOversightForm({ caseId, onRecorded }: { caseId: string; onRecorded: () => void }) {
  const trpc = useTRPC();
  const record = useMutation(trpc.cases.recordOversight.mutationOptions());
  // The visit and review forms on the case page also ask for a "kind" and a "decision".
  const boxes = prefixedBoxes("oversight", { kind: "", decidedOn: "", decision: "", rationale: "" });
  const form = useSchemaForm<Record<string, string>, CaseOversightRecord>({
    schema: caseOversightRecordSchema,
    defaultValues: boxes.defaultValues,
    aliases: boxes.aliases,
    order: boxes.order,
    toInput: (v) => {
      const typed = boxes.unboxed(v);
      return { caseId, ...typed, kind: typed.kind || undefined };
    },
  });
  const decidedOn = form.bind(boxes.box("decidedOn"));
  return (
    <section aria-labelledby="record-oversight-heading">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h3 className="govuk-heading-s" id="record-oversight-heading">
        Record a management decision or supervision note
      </h3>
      <form noValidate onSubmit={form.onSubmit(async (input) => (await record.mutateAsync(input), form.form.reset(), onRecorded()))}>
        <Radios
          legend="Kind"
          legendSize="s"
          items={caseOversightKinds.map((k) => ({ value: k, text: caseOversightKindLabels[k] }))}
          {...form.field(boxes.box("kind"))}
        />
        <DateInput legend="Date of the decision" legendSize="s" hint="For example, 27 3 2026" {...decidedOn} value={String(decidedOn.value)} />
        <Textarea label="Decision" rows={3} {...form.field(boxes.box("decision"))} />
        <Textarea label="Rationale" rows={3} {...form.field(boxes.box("rationale"))} />
        <Button disabled={record.isPending}>Record</Button>
      </form>
    </section>
  );
}

function ReallocateForm(props: { caseId: string; choices: { id: string; displayName: string }[]; onReallocated: () => void }) {
  const trpc = useTRPC();
  const reallocate = useMutation(trpc.cases.reallocate.mutationOptions());
  // The closing form on the case page also asks for a "reason".
  const boxes = prefixedBoxes("reallocate", { keyWorkerId: "", reason: "" });
  const form = useSchemaForm<Record<string, string>, CaseReallocate>({
    schema: caseReallocateSchema,
    defaultValues: boxes.defaultValues,
    aliases: boxes.aliases,
    order: boxes.order,
    toInput: (v) => {
      const typed = boxes.unboxed(v);
      return { caseId: props.caseId, keyWorkerId: typed.keyWorkerId || undefined, reason: typed.reason };
    },
  });
  return (
    <section aria-labelledby="reallocate-heading">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h3 className="govuk-heading-s" id="reallocate-heading">
        Reallocate the case
      </h3>
      <form noValidate onSubmit={form.onSubmit(async (input) => (await reallocate.mutateAsync(input), form.form.reset(), props.onReallocated()))}>
        <Radios
          legend="New key worker"
          legendSize="s"
          items={props.choices.map((k) => ({ value: k.id, text: k.displayName }))}
          {...form.field(boxes.box("keyWorkerId"))}
        />
        <Textarea label="Reason for reallocating" rows={2} {...form.field(boxes.box("reason"))} />
        <Button disabled={reallocate.isPending}>Reallocate</Button>
      </form>
    </section>
  );
}
