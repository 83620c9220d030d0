import { programmeRunCreateSchema, weekdayLabels, weekdays, type ProgrammeRunCreate } from "@hearth/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { useSchemaForm } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { programmePaths } from "./paths";

/** Boxes as typed; the weekly schedule is the recurring schedule the centre sessions use. */
interface RunValues {
  programmeId: string;
  venueKind: string;
  centreId: string;
  venueName: string;
  postcode: string;
  weekday: string;
  startTime: string;
  endTime: string;
  startsOn: string;
  capacity: string;
  facilitatorStaffId: string;
  partnerName: string;
  partnerOrganisation: string;
}

const blank = (text: string) => (text.trim() === "" ? undefined : text);

/** The member of staff chosen to lead, and a partner facilitator (not on the staff) only when named. */
function facilitatorsOf(values: RunValues, staff: readonly { id: string; name: string }[]) {
  const lead = staff.find((s) => s.id === values.facilitatorStaffId);
  const partner = blank(values.partnerName) ? [{ name: values.partnerName, organisation: blank(values.partnerOrganisation) }] : [];
  return [...(lead ? [{ name: lead.name, staffId: lead.id }] : []), ...partner];
}

/**
 * Put a run on: a programme from the catalogue at a centre or an outreach venue in the manager's
 * area, weekly from a start date (bank holidays and the centre's closures skipped by the server),
 * led by a member of staff chosen from the area's, with a partner facilitator by name if any.
 */
export function NewRunPage() {
  usePageTitle("Put a programme run on");
  const trpc = useTRPC();
  const navigate = useNavigate();
  const catalogue = useQuery(trpc.programmes.catalogue.queryOptions({ includeRetired: false }));
  const create = useMutation(trpc.programmeRuns.create.mutationOptions());
  const centres = useQuery(trpc.reference.centres.queryOptions());
  const staff = useQuery(trpc.programmeRuns.facilitators.queryOptions({}));
  const form = useSchemaForm<RunValues, ProgrammeRunCreate>({
    schema: programmeRunCreateSchema,
    defaultValues: {
      programmeId: "",
      venueKind: "",
      centreId: "",
      venueName: "",
      postcode: "",
      weekday: "",
      startTime: "",
      endTime: "",
      startsOn: "",
      capacity: "",
      facilitatorStaffId: "",
      partnerName: "",
      partnerOrganisation: "",
    },
    toInput: (v) => ({
      programmeId: v.programmeId,
      venue: v.venueKind === "centre" ? { centreId: v.centreId } : { name: v.venueName, postcode: v.postcode },
      schedule: { weekday: v.weekday || undefined, startTime: v.startTime, endTime: v.endTime, startsOn: v.startsOn },
      facilitators: facilitatorsOf(v, staff.data ?? []),
      capacity: v.capacity === "" ? undefined : Number(v.capacity),
    }),
    check: (v) => ({
      venueKind: v.venueKind ? undefined : "Say whether the run is at a centre or somewhere else",
      centreId: v.venueKind === "centre" && !v.centreId ? "Choose the centre" : undefined,
      facilitatorStaffId: v.facilitatorStaffId ? undefined : "Choose the member of staff who leads the run",
    }),
    aliases: {
      venue: "venueName",
      "venue.centreId": "centreId",
      "venue.name": "venueName",
      "venue.postcode": "postcode",
      "schedule.weekday": "weekday",
      "schedule.startTime": "startTime",
      "schedule.endTime": "endTime",
      "schedule.startsOn": "startsOn",
      facilitators: "facilitatorStaffId",
      "facilitators.0.staffId": "facilitatorStaffId",
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
        <Radios
          legend="Where is the run?"
          legendSize="s"
          items={[
            { value: "centre", text: "At a Children and Family Centre" },
            { value: "outreach", text: "Somewhere else (an outreach venue)" },
          ]}
          {...form.field("venueKind")}
        />
        {form.values.venueKind === "centre" && (
          <Select
            label="Centre"
            options={[
              { value: "", text: "Choose a centre" },
              ...(centres.data ?? []).flatMap((g) => g.centres.map((c) => ({ value: c.id, text: `${c.name} (${g.areaName})` }))),
            ]}
            {...form.field("centreId")}
          />
        )}
        {form.values.venueKind === "outreach" && (
          <>
            <TextInput label="Venue" hint="For example, Rose Hill Community Centre" {...form.field("venueName")} />
            <TextInput label="Venue’s postcode" className="govuk-input--width-10" {...form.field("postcode")} />
          </>
        )}
        <Select
          label="Day of the week"
          options={[{ value: "", text: "Choose a day" }, ...weekdays.map((d) => ({ value: d, text: weekdayLabels[d] }))]}
          {...form.field("weekday")}
        />
        <TextInput label="Starts at" hint="For example, 09:30" className="govuk-input--width-5" {...form.field("startTime")} />
        <TextInput label="Ends at" hint="For example, 11:30" className="govuk-input--width-5" {...form.field("endTime")} />
        <DateInput legend="Date of the first session" legendSize="s" hint="For example, 12 1 2027" {...form.bind("startsOn")} />
        <TextInput label="Families it takes" inputMode="numeric" className="govuk-input--width-3" {...form.field("capacity")} />
        <Select
          label="Facilitator"
          hint="A member of staff in your area"
          options={[{ value: "", text: "Choose a member of staff" }, ...(staff.data ?? []).map((s) => ({ value: s.id, text: s.name }))]}
          {...form.field("facilitatorStaffId")}
        />
        <TextInput label="Partner facilitator (optional)" hint="Someone from another organisation, by name" {...form.field("partnerName")} />
        <TextInput label="Partner facilitator’s organisation" {...form.field("partnerOrganisation")} />
        <Button disabled={create.isPending}>Put the run on</Button>
      </form>
    </>
  );
}
