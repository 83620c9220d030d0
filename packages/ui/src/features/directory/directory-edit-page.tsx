import {
  directoryAccessRouteLabels,
  directoryAccessRoutes,
  directoryNeedLabels,
  directoryNeeds,
  directoryServiceSchema,
  weekdayLabels,
  weekdays,
} from "@hearth/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { useStaff } from "../../auth/use-staff";
import { BackLink } from "../../components/content";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { Checkboxes } from "../../components/form/checkboxes";
import { DateInput } from "../../components/form/date-input";
import { Fieldset } from "../../components/form/field-parts";
import { Radios } from "../../components/form/radios";
import { Select } from "../../components/form/select";
import { TextInput } from "../../components/form/text-input";
import { Textarea } from "../../components/form/textarea";
import { todayIso } from "../../format/dates";
import { useSchemaForm } from "../../forms/use-schema-form";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import {
  directoryFormValues,
  directoryInput,
  OPENING_ROWS,
  VENUE_ROWS,
  type DirectoryEntry,
  type DirectoryFormValues,
} from "./directory-form-values";
import { directoryPaths } from "./paths";

/** Add a service to the directory, or change one: the same form. Saving with today's date reviews it. */
export function DirectoryEditPage() {
  const { serviceId } = useParams();
  const trpc = useTRPC();
  const entry = useQuery({ ...trpc.directory.get.queryOptions({ serviceId: serviceId ?? "" }), enabled: Boolean(serviceId) });
  usePageTitle(serviceId ? "Change a directory entry" : "Add a service to the directory");
  if (serviceId && entry.isError) return <LoadProblem error={entry.error} what="the directory entry" />;
  if (serviceId && !entry.data) return <p className="govuk-body">Loading…</p>;
  return <DirectoryForm key={serviceId ?? "new"} entry={entry.data} />;
}

function DirectoryForm({ entry }: { entry: DirectoryEntry | undefined }) {
  const trpc = useTRPC();
  const staff = useStaff();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const localities = useQuery(trpc.reference.localities.queryOptions({}));
  const keepers = useQuery(trpc.directory.keepers.queryOptions());
  const form = useSchemaForm<DirectoryFormValues, unknown>({
    schema: directoryServiceSchema,
    defaultValues: directoryFormValues(entry, todayIso(), staff.id),
    toInput: directoryInput,
  });
  const create = useMutation(trpc.directory.create.mutationOptions());
  const update = useMutation(trpc.directory.update.mutationOptions());
  const save = form.onSubmit(async (_parsed, typed) => {
    const input = directoryInput(typed) as Parameters<typeof create.mutateAsync>[0];
    if (entry) await update.mutateAsync({ ...input, serviceId: entry.id });
    else await create.mutateAsync(input);
    await queryClient.invalidateQueries({ queryKey: trpc.directory.pathKey() });
    void navigate(directoryPaths.list);
  });
  const heading = entry ? `Change ${entry.name}` : "Add a service to the directory";

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={directoryPaths.list}>Back to the service directory</BackLink>
        <ErrorSummary items={form.summary()} focusKey={form.focusKey} />
        <h1 className="govuk-heading-l">{heading}</h1>
        <form noValidate onSubmit={save}>
          <TextInput label="Name of the service" {...form.field("name")} />
          <TextInput label="Who provides it" {...form.field("provider")} />
          <Textarea label="What it offers" hint="In plain words a parent would use" {...form.field("description")} />
          <Checkboxes
            legend="Kinds of need it meets"
            legendSize="m"
            small
            items={directoryNeeds.map((n) => ({ value: n, text: directoryNeedLabels[n] }))}
            {...form.field("needs")}
          />
          <Fieldset legend="Ages" legendSize="m">
            <TextInput label="Youngest age" hint={`In years; 0 for babies`} inputMode="numeric" width="2" {...form.field("minimumAge")} />
            <TextInput
              label="Oldest age"
              hint="In years; 99 for no upper age, such as a service for parents"
              inputMode="numeric"
              width="2"
              {...form.field("maximumAge")}
            />
          </Fieldset>
          <Textarea label="Who is eligible (optional)" rows={2} {...form.field("eligibility")} />
          <TextInput label="Cost" hint="For example, Free, or £2 a session" {...form.field("cost")} />
          <Checkboxes
            legend="Localities it covers"
            legendSize="m"
            small
            items={(localities.data ?? []).map((l) => ({ value: l.id, text: l.name }))}
            {...form.field("localityIds")}
          />
          <Fieldset legend="Venues (optional)" legendSize="m">
            <p className="govuk-hint">Leave empty for a service by phone or at home</p>
            {Array.from({ length: VENUE_ROWS }, (_, i) => (
              <div key={i} className="govuk-!-margin-bottom-4">
                <h3 className="govuk-heading-s">Venue {i + 1}</h3>
                <TextInput label={`Name of venue ${i + 1}`} {...form.bind(`venues.${i}.name`)} />
                <TextInput label={`Address of venue ${i + 1}`} hint="Street and town" {...form.bind(`venues.${i}.address`)} />
                <TextInput label={`Postcode of venue ${i + 1}`} width="10" autoComplete="off" {...form.bind(`venues.${i}.postcode`)} />
              </div>
            ))}
          </Fieldset>
          <Fieldset legend="Days and times (optional)" legendSize="m">
            <p className="govuk-hint">Times in 24-hour format, like 09:30</p>
            {Array.from({ length: OPENING_ROWS }, (_, i) => (
              <div key={i} className="hearth-inline-fields">
                <Select
                  label={`Day ${i + 1}`}
                  options={[{ value: "", text: "Choose a day" }, ...weekdays.map((d) => ({ value: d, text: weekdayLabels[d] }))]}
                  {...form.bind(`openings.${i}.day`)}
                />
                <TextInput label={`Opens (day ${i + 1})`} width="5" {...form.bind(`openings.${i}.opensAt`)} />
                <TextInput label={`Closes (day ${i + 1})`} width="5" {...form.bind(`openings.${i}.closesAt`)} />
              </div>
            ))}
          </Fieldset>
          <Textarea
            label="Note about days and times (optional)"
            hint="For example, term time only, or first Friday of the month"
            rows={2}
            {...form.field("timesNote")}
          />
          <Checkboxes
            legend="How families can use the service"
            legendSize="m"
            small
            items={directoryAccessRoutes.map((r) => ({ value: r, text: directoryAccessRouteLabels[r] }))}
            {...form.field("accessRoutes")}
          />
          <Textarea
            label="How to access it (optional)"
            hint="For example, who can refer, or whether to book"
            rows={2}
            {...form.field("accessNote")}
          />
          <Fieldset legend="Contact" legendSize="m">
            <p className="govuk-hint">A phone number, an email address, or both</p>
            <TextInput label="Phone number" type="tel" autoComplete="off" width="20" {...form.field("phone")} />
            <TextInput label="Email address" type="email" autoComplete="off" spellCheck={false} {...form.field("email")} />
            <TextInput label="Website (optional)" hint="Starting https://" spellCheck={false} {...form.field("website")} />
          </Fieldset>
          <DateInput
            legend="Last reviewed"
            legendSize="m"
            hint="When someone last checked these details with the provider. For example, 27 3 2026"
            {...form.bind("lastReviewedOn")}
          />
          <Select
            label="Who keeps this entry up to date"
            options={(keepers.data ?? []).map((k) => ({ value: k.id, text: k.name }))}
            {...form.field("ownerStaffId")}
          />
          {entry && (
            <Radios
              legend="Show it in the public directory?"
              legendSize="m"
              inline
              items={[
                { value: "yes", text: "Yes" },
                { value: "no", text: "No, the service has stopped" },
              ]}
              {...form.field("active")}
            />
          )}
          <Button>{entry ? "Save the changes" : "Add the service"}</Button>
        </form>
      </div>
    </div>
  );
}
