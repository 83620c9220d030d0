import { allocationMeetingCreateSchema, type AllocationMeetingCreate } from "@hearth/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { ErrorSummary } from "../../components/error-summary";
import { Checkboxes } from "../../components/form/checkboxes";
import { DateInput } from "../../components/form/date-input";
import { TextInput } from "../../components/form/text-input";
import { useSchemaForm } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { allocationMeetingPaths } from "./paths";

/** Partners are rows of two boxes each (partner0Name, partner0Agency …) so each message sits beside its box. */
type MeetingValues = Record<string, string | string[]>;

/** "Record a meeting": the day, the area's FSS staff who attend, and partners by name and agency. */
export function RecordAllocationMeetingPage() {
  usePageTitle("Record an allocation meeting");
  const trpc = useTRPC();
  const navigate = useNavigate();
  const choices = useQuery(trpc.allocationMeetings.choices.queryOptions({}));
  const create = useMutation(trpc.allocationMeetings.create.mutationOptions());
  // How many partner rows are shown; a row left empty is not a partner.
  const [partnerRows, setPartnerRows] = useState(1);
  const rows = [...Array(partnerRows).keys()];
  const form = useSchemaForm<MeetingValues, AllocationMeetingCreate>({
    schema: allocationMeetingCreateSchema,
    defaultValues: { heldOn: "", staffIds: [] },
    toInput: (v) => ({
      heldOn: v.heldOn,
      staffIds: v.staffIds,
      partners: rows
        .map((i) => ({ name: String(v[`partner${i}Name`] ?? ""), agency: String(v[`partner${i}Agency`] ?? "") }))
        .filter((p) => p.name.trim() || p.agency.trim()),
    }),
    aliases: Object.fromEntries(
      rows.flatMap((i) => [
        [`partners.${i}.name`, `partner${i}Name`],
        [`partners.${i}.agency`, `partner${i}Agency`],
      ]),
    ),
  });
  const heldOn = form.bind("heldOn");
  if (choices.isPending) return <p className="govuk-body">Loading…</p>;
  if (choices.isError) return <LoadProblem error={choices.error} what="the staff who can attend" />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={allocationMeetingPaths.list}>Allocation meetings</BackLink>
        <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
        <h1 className="govuk-heading-l">Record an allocation meeting</h1>
        <form
          noValidate
          onSubmit={form.onSubmit(async (input) => navigate(allocationMeetingPaths.meeting((await create.mutateAsync(input)).meetingId)))}
        >
          <DateInput legend="Date of the meeting" legendSize="s" hint="For example, 27 3 2026" {...heldOn} value={String(heldOn.value)} />
          <Checkboxes
            legend="FSS staff attending"
            legendSize="s"
            items={choices.data.staff.map((s) => ({ value: s.id, text: s.displayName }))}
            {...form.field("staffIds")}
          />
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Partners attending</legend>
            <div className="govuk-hint">Their name and the agency they are from, such as health visiting or the police</div>
            {rows.map((i) => (
              <div key={i} className="govuk-grid-row">
                <div className="govuk-grid-column-one-half">
                  <TextInput label={`Partner ${i + 1}: name`} {...form.field(`partner${i}Name`)} />
                </div>
                <div className="govuk-grid-column-one-half">
                  <TextInput label={`Partner ${i + 1}: agency`} {...form.field(`partner${i}Agency`)} />
                </div>
              </div>
            ))}
            {partnerRows < 20 && (
              <Button type="button" variant="secondary" onClick={() => setPartnerRows(partnerRows + 1)}>
                Add another partner
              </Button>
            )}
          </fieldset>
          <Button disabled={create.isPending}>Record meeting</Button>
        </form>
      </div>
    </div>
  );
}
