import { programmeRunCreateSchema, weekdayLabels, weekdays, type ProgrammeRunCreate } from "@hearth/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { useSchemaForm } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { programmePaths } from "./paths";

/** Boxes as typed; the weekly schedule is the recurring schedule the centre sessions use. */
interface RunValues {
  programmeId: string;
  venueName: string;
  postcode: string;
  weekday: string;
  startTime: string;
  endTime: string;
  startsOn: string;
  capacity: string;
  facilitatorName: string;
  facilitatorOrganisation: string;
  partnerName: string;
  partnerOrganisation: string;
}

const blank = (text: string) => (text.trim() === "" ? undefined : text);

/** The facilitators typed; a second (partner) facilitator only when named. */
function facilitatorsOf(values: RunValues) {
  const lead = { name: values.facilitatorName, organisation: blank(values.facilitatorOrganisation) };
  const partner = blank(values.partnerName) ? [{ name: values.partnerName, organisation: blank(values.partnerOrganisation) }] : [];
  return [lead, ...partner];
}

/**
 * Put a run on: a programme from the catalogue at an outreach venue in the manager's area, weekly
 * from a start date (bank holidays skipped by the server), with its facilitators and capacity.
 */
export function NewRunPage() {
  usePageTitle("Put a programme run on");
  const trpc = useTRPC();
  const navigate = useNavigate();
  const catalogue = useQuery(trpc.programmes.catalogue.queryOptions({ includeRetired: false }));
  const create = useMutation(trpc.programmeRuns.create.mutationOptions());
  const form = useSchemaForm<RunValues, ProgrammeRunCreate>({
    schema: programmeRunCreateSchema,
    defaultValues: {
      programmeId: "",
      venueName: "",
      postcode: "",
      weekday: "",
      startTime: "",
      endTime: "",
      startsOn: "",
      capacity: "",
      facilitatorName: "",
      facilitatorOrganisation: "",
      partnerName: "",
      partnerOrganisation: "",
    },
    toInput: (v) => ({
      programmeId: v.programmeId,
      venue: { name: v.venueName, postcode: v.postcode },
      schedule: { weekday: v.weekday || undefined, startTime: v.startTime, endTime: v.endTime, startsOn: v.startsOn },
      facilitators: facilitatorsOf(v),
      capacity: v.capacity === "" ? undefined : Number(v.capacity),
    }),
    aliases: {
      "venue.name": "venueName",
      "venue.postcode": "postcode",
      "schedule.weekday": "weekday",
      "schedule.startTime": "startTime",
      "schedule.endTime": "endTime",
      "schedule.startsOn": "startsOn",
      facilitators: "facilitatorName",
      "facilitators.0.name": "facilitatorName",
      "facilitators.0.organisation": "facilitatorOrganisation",
      "facilitators.1.name": "partnerName",
      "facilitators.1.organisation": "partnerOrganisation",
    },
  });
  if (catalogue.isError) return <LoadProblem error={catalogue.error} what="catalogue" />;
  return (
    <>
      <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
      <h1 className="govuk-heading-l">Put a programme run on</h1>
      <form noValidate onSubmit={form.onSubmit(async (run) => void navigate(programmePaths.run((await create.mutateAsync(run)).id)))}>
        <Select
          label="Programme"
          options={[{ value: "", text: "Choose a programme" }, ...(catalogue.data ?? []).map((p) => ({ value: p.id, text: p.name }))]}
          {...form.field("programmeId")}
        />
        <TextInput label="Venue" hint="For example, Rose Hill Community Centre" {...form.field("venueName")} />
        <TextInput label="Venue’s postcode" className="govuk-input--width-10" {...form.field("postcode")} />
        <Select
          label="Day of the week"
          options={[{ value: "", text: "Choose a day" }, ...weekdays.map((d) => ({ value: d, text: weekdayLabels[d] }))]}
          {...form.field("weekday")}
        />
        <TextInput label="Starts at" hint="For example, 09:30" className="govuk-input--width-5" {...form.field("startTime")} />
        <TextInput label="Ends at" hint="For example, 11:30" className="govuk-input--width-5" {...form.field("endTime")} />
        <DateInput legend="Date of the first session" legendSize="s" hint="For example, 12 1 2027" {...form.bind("startsOn")} />
        <TextInput label="Families it takes" inputMode="numeric" className="govuk-input--width-3" {...form.field("capacity")} />
        <TextInput label="Facilitator" {...form.field("facilitatorName")} />
        <TextInput label="Facilitator’s organisation (if a partner)" {...form.field("facilitatorOrganisation")} />
        <TextInput label="Second facilitator (optional)" {...form.field("partnerName")} />
        <TextInput label="Second facilitator’s organisation (if a partner)" {...form.field("partnerOrganisation")} />
        <Button disabled={create.isPending}>Put the run on</Button>
      </form>
    </>
  );
}
