import type { RouterOutputs } from "@hearth/api";
import {
  formatClockTime,
  tafActionAddSchema,
  tafActionStatusSchema,
  tafClosureReasonLabels,
  tafClosureReasons,
  tafCloseSchema,
  tafMeetingScheduleSchema,
  tafMeetingSchema,
  tafMemberAddSchema,
  tafMemberKindLabels,
  tafMemberKinds,
  tafReviewRecordSchema,
  tafReviewScheduleSchema,
  tafStartSchema,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { useNavigate } from "react-router";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { Textarea } from "../../components/form/textarea";
import { formatUkDate, todayIso } from "../../format/dates";
import { prefixedBoxes } from "../../forms/prefixed-boxes";
import { useSchemaForm, type SchemaForm, type SchemaParser } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import { tafPaths } from "./paths";

export type TafDetail = RouterOutputs["taf"]["get"];
type Show = (latest: TafDetail) => void;

/** One small form on the team's page: its own error summary, the server's refusal beside its field. */
function TafForm<Values extends FieldValues>({
  id,
  heading,
  form,
  onSubmit,
  button,
  secondary,
  children,
}: {
  id: string;
  heading: string;
  form: SchemaForm<Values, unknown>;
  onSubmit: () => unknown;
  button: string;
  secondary?: boolean;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="govuk-!-margin-bottom-6">
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h3 className="govuk-heading-s" id={`${id}-heading`}>
        {heading}
      </h3>
      <form noValidate onSubmit={onSubmit}>
        {children}
        <Button variant={secondary ? "secondary" : undefined}>{button}</Button>
      </form>
    </section>
  );
}

/** Lines typed one name a line: a list for the schema. */
const lines = (text = "") =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

type Boxes = Record<string, string>;

/**
 * One form of the team's page. Several forms share a page and a field name (a date, a summary), so
 * each form's boxes carry its own prefix ("meetingHeldOn", see prefixedBoxes);
 * `aliases` puts the schema's message for "heldOn" beside this form's box.
 */
function useTafStep(
  tafId: string,
  prefix: string,
  schema: SchemaParser<unknown>,
  defaults: Boxes,
  send: (input: never) => Promise<TafDetail>,
  show: Show,
  toInput: (values: Boxes) => Record<string, unknown> = (v) => v,
) {
  const boxes = prefixedBoxes(prefix, defaults);
  const form = useSchemaForm<Boxes, unknown>({
    schema,
    defaultValues: boxes.defaultValues,
    aliases: boxes.aliases,
    toInput: (v) => ({ ...toInput(boxes.unboxed(v)), tafId }),
    order: boxes.order,
  });
  const onSubmit = form.onSubmit(async (parsed) => {
    show(await send(parsed as never));
    form.form.reset(boxes.defaultValues);
  });
  return { form, onSubmit, field: (key: string) => form.field(boxes.box(key)), bind: (key: string) => form.bind(boxes.box(key)) };
}

/** On a completed assessment's page: start its team around the family. */
export function StartTafForm({ assessmentId }: { assessmentId: string }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const start = useMutation(trpc.taf.start.mutationOptions());
  const form = useSchemaForm<{ startedOn: string }, unknown>({
    schema: tafStartSchema,
    defaultValues: { startedOn: todayIso() },
    toInput: (v) => ({ ...v, assessmentId }),
    order: ["startedOn", "assessmentId"],
  });
  const onSubmit = form.onSubmit(async (parsed) => {
    const started = await start.mutateAsync(parsed as never);
    await navigate(tafPaths.taf(started.id));
  });
  return (
    <TafForm id="start-taf" heading="Start a team around the family" form={form} onSubmit={onSubmit} button="Start the team">
      <DateInput legend="Date the team starts" legendSize="s" {...form.bind("startedOn")} />
    </TafForm>
  );
}

export function AddMemberForm({ taf, show }: { taf: TafDetail; show: Show }) {
  const trpc = useTRPC();
  const add = useMutation(trpc.taf.addMember.mutationOptions());
  const step = useTafStep(
    taf.id,
    "member",
    tafMemberAddSchema,
    { kind: "", personId: "", name: "", agency: "", role: "", contact: "" },
    add.mutateAsync,
    show,
    ({ personId, name, ...v }) =>
      v.kind === "family"
        ? { ...v, personId: personId || undefined, name: taf.familyMembers.find((m) => m.personId === personId)?.name ?? "" }
        : { ...v, name },
  );
  return (
    <TafForm id="add-member" heading="Add a member" form={step.form} onSubmit={step.onSubmit} button="Add the member" secondary>
      <Radios
        legend="Who are they?"
        legendSize="s"
        items={tafMemberKinds.map((k) => ({ value: k, text: tafMemberKindLabels[k] }))}
        {...step.field("kind")}
      />
      <Select
        label="Family member (for a family member)"
        options={[{ value: "", text: "Choose a member of the family" }, ...taf.familyMembers.map((m) => ({ value: m.personId, text: m.name }))]}
        {...step.field("personId")}
      />
      <TextInput label="Name (for a professional)" {...step.field("name")} />
      <TextInput label="Agency" {...step.field("agency")} />
      <TextInput label="Role" {...step.field("role")} />
      <TextInput label="Contact details" hint="A work phone number or email address" {...step.field("contact")} />
    </TafForm>
  );
}

/** "Tuesday 1 December 2026, 3:30pm at Cooper School": a scheduled meeting in a sentence or a list. */
export function meetingWhen(m: { scheduledOn: string | null; startsAt: string | null; venue: string | null }) {
  return m.scheduledOn && m.startsAt ? `${formatUkDate(m.scheduledOn)}, ${formatClockTime(m.startsAt)}${m.venue ? ` at ${m.venue}` : ""}` : "";
}

export function ScheduleMeetingForm({ taf, show }: { taf: TafDetail; show: Show }) {
  const trpc = useTRPC();
  const schedule = useMutation(trpc.taf.scheduleMeeting.mutationOptions());
  const step = useTafStep(taf.id, "schedule", tafMeetingScheduleSchema, { scheduledOn: "", startsAt: "", venue: "" }, schedule.mutateAsync, show);
  return (
    <TafForm id="schedule-meeting" heading="Schedule a meeting" form={step.form} onSubmit={step.onSubmit} button="Schedule the meeting" secondary>
      <DateInput legend="Date of the meeting" legendSize="s" {...step.bind("scheduledOn")} />
      <TextInput label="Start time" hint="24-hour clock, for example 14:30" width="5" {...step.field("startsAt")} />
      <TextInput
        label="Venue"
        hint="For example a school or a children and family centre. The venue is in the reminder email, so do not give the family's address: write “family home”"
        {...step.field("venue")}
      />
    </TafForm>
  );
}

/** The minutes of a meeting: of one of the team's scheduled meetings, or of one held without being scheduled here. */
export function MeetingForm({ taf, show }: { taf: TafDetail; show: Show }) {
  const trpc = useTRPC();
  const record = useMutation(trpc.taf.recordMeeting.mutationOptions());
  const scheduled = taf.meetings.filter((m) => !m.heldOn);
  const step = useTafStep(
    taf.id,
    "meeting",
    tafMeetingSchema,
    { meetingId: scheduled.length === 1 ? scheduled[0]!.id : "", heldOn: todayIso(), attendees: "", apologies: "", summary: "" },
    record.mutateAsync,
    show,
    ({ meetingId, ...v }) => ({
      ...v,
      meetingId: meetingId || undefined,
      attendees: lines(v.attendees),
      apologies: lines(v.apologies),
    }),
  );
  return (
    <TafForm id="meeting" heading="Record the minutes of a meeting" form={step.form} onSubmit={step.onSubmit} button="Record the minutes" secondary>
      {scheduled.length > 0 && (
        <Select
          label="Which meeting"
          options={[{ value: "", text: "A meeting not scheduled here" }, ...scheduled.map((m) => ({ value: m.id, text: meetingWhen(m) }))]}
          {...step.field("meetingId")}
        />
      )}
      <DateInput legend="Date the meeting was held" legendSize="s" {...step.bind("heldOn")} />
      <Textarea label="Who attended" hint="One name a line" rows={3} {...step.field("attendees")} />
      <Textarea label="Apologies" hint="One name a line" rows={2} {...step.field("apologies")} />
      <Textarea
        label="Minutes: what the meeting discussed and agreed"
        hint="Add the actions agreed to the action plan"
        rows={4}
        {...step.field("summary")}
      />
    </TafForm>
  );
}

export function ActionForm({ taf, show }: { taf: TafDetail; show: Show }) {
  const trpc = useTRPC();
  const add = useMutation(trpc.taf.addAction.mutationOptions());
  const step = useTafStep(taf.id, "action", tafActionAddSchema, { action: "", owner: "", agency: "", dueOn: "", outcome: "" }, add.mutateAsync, show);
  return (
    <TafForm id="action" heading="Add an action" form={step.form} onSubmit={step.onSubmit} button="Add the action" secondary>
      <Textarea label="Action" rows={2} {...step.field("action")} />
      <TextInput label="Owner" {...step.field("owner")} />
      <TextInput label="Agency" {...step.field("agency")} />
      <DateInput legend="Due by" legendSize="s" {...step.bind("dueOn")} />
      <Select
        label="Desired outcome it serves"
        options={[{ value: "", text: "Choose an outcome" }, ...taf.desiredOutcomes.map((o) => ({ value: o, text: o }))]}
        {...step.field("outcome")}
      />
    </TafForm>
  );
}

/** A one-button change in place: mark an action done (or open again). */
export function ActionStatusButton({ taf, actionId, done, show }: { taf: TafDetail; actionId: string; done: boolean; show: Show }) {
  const trpc = useTRPC();
  const set = useMutation(trpc.taf.setActionStatus.mutationOptions());
  const step = useTafStep(taf.id, `status${actionId}`, tafActionStatusSchema, {}, set.mutateAsync, show, () => ({
    actionId,
    status: done ? "open" : "done",
  }));
  return (
    <form noValidate onSubmit={step.onSubmit}>
      <Button variant="secondary">{done ? "Reopen" : "Mark done"}</Button>
    </form>
  );
}

export function ScheduleReviewForm({ taf, show }: { taf: TafDetail; show: Show }) {
  const trpc = useTRPC();
  const schedule = useMutation(trpc.taf.scheduleReview.mutationOptions());
  const step = useTafStep(taf.id, "next", tafReviewScheduleSchema, { dueOn: taf.nextReviewOn ?? "" }, schedule.mutateAsync, show);
  return (
    <TafForm
      id="schedule-review"
      heading="Change the date of the next review"
      form={step.form}
      onSubmit={step.onSubmit}
      button="Save the date"
      secondary
    >
      <DateInput legend="Next review" legendSize="s" {...step.bind("dueOn")} />
    </TafForm>
  );
}

export function RecordReviewForm({ taf, show }: { taf: TafDetail; show: Show }) {
  const trpc = useTRPC();
  const record = useMutation(trpc.taf.recordReview.mutationOptions());
  const step = useTafStep(taf.id, "review", tafReviewRecordSchema, { heldOn: todayIso(), summary: "" }, record.mutateAsync, show);
  return (
    <TafForm id="record-review" heading="Record a review" form={step.form} onSubmit={step.onSubmit} button="Record the review" secondary>
      <DateInput legend="Date of the review" legendSize="s" {...step.bind("heldOn")} />
      <Textarea label="What the review found" rows={4} {...step.field("summary")} />
    </TafForm>
  );
}

export function CloseForm({ taf, show }: { taf: TafDetail; show: Show }) {
  const trpc = useTRPC();
  const close = useMutation(trpc.taf.close.mutationOptions());
  const step = useTafStep(taf.id, "closing", tafCloseSchema, { closedOn: todayIso(), reason: "", summary: "" }, close.mutateAsync, show);
  return (
    <TafForm id="close" heading="Close the team around the family" form={step.form} onSubmit={step.onSubmit} button="Close the team" secondary>
      <DateInput legend="Date closed" legendSize="s" {...step.bind("closedOn")} />
      <Radios
        legend="Why is it closing?"
        legendSize="s"
        items={tafClosureReasons.map((r) => ({ value: r, text: tafClosureReasonLabels[r] }))}
        {...step.field("reason")}
      />
      <Textarea label="Closing summary" rows={4} {...step.field("summary")} />
    </TafForm>
  );
}
