import { dashboardFiltersSchema, isCountyWide } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useSearchParams } from "react-router";
import { useStaff } from "../../auth/use-staff";
import { Button } from "../../components/button";
import { ErrorSummary } from "../../components/error-summary";
import { DateInput } from "../../components/form/date-input";
import { Select } from "../../components/form/select";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import {
  dashboardFieldOfInput,
  dashboardFiltersFromUrl,
  dashboardFiltersInput,
  dashboardFiltersToUrl,
  type DashboardFilterValues,
} from "./dashboard-filters-url";

/**
 * The dashboard's filters, sent as a GET-style search: the answer goes into the address bar and
 * the figures follow it. Managers are not offered other areas (the server would refuse them);
 * county-wide staff choose any area, or none for the county.
 */
export function DashboardFilterForm({ onErrors }: { onErrors: (count: number) => void }) {
  const trpc = useTRPC();
  const staff = useStaff();
  const countyWide = isCountyWide(staff.role);
  const [params, setParams] = useSearchParams();
  const values = dashboardFiltersFromUrl(params);
  const form = useSchemaForm<DashboardFilterValues, unknown>({
    schema: dashboardFiltersSchema,
    defaultValues: values,
    toInput: dashboardFiltersInput,
    aliases: dashboardFieldOfInput,
  });
  const query = params.toString();
  useEffect(() => {
    form.form.reset(dashboardFiltersFromUrl(new URLSearchParams(query)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);
  const areas = useQuery(trpc.reference.areas.queryOptions());
  // A manager's own area, found by its name: their choices are that area's localities and centres.
  const areaId = countyWide ? values.area : (areas.data?.find((a) => a.name === staff.areaName)?.id ?? "");
  const localities = useQuery(trpc.reference.localities.queryOptions(areaId ? { areaId } : {}));
  const centres = useQuery(trpc.reference.centres.queryOptions());
  const items = form.summary();
  useEffect(() => onErrors(items.length), [items.length, onErrors]);
  const from = form.bind("from");
  const to = form.bind("to");
  const centreOptions = (centres.data ?? []).flatMap((g) => g.centres).filter((c) => c.kind === "centre" && (!areaId || c.areaId === areaId));
  return (
    <div className="govuk-!-display-none-print">
      <ErrorSummary items={items} focusKey={form.focusKey} />
      <form noValidate role="search" aria-label="Dashboard filters" onSubmit={form.onSubmit((_, typed) => setParams(dashboardFiltersToUrl(typed)))}>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <DateInput
              legend="From"
              legendSize="s"
              hint="For example, 1 4 2026. Leave empty for 12 months to the end date"
              {...from}
              value={String(from.value)}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <DateInput legend="To" legendSize="s" hint="For example, 31 3 2027. Leave empty for today" {...to} value={String(to.value)} />
          </div>
        </div>
        {countyWide && (
          <Select
            label="Area"
            options={[{ value: "", text: "The whole county" }, ...(areas.data ?? []).map((a) => ({ value: a.id, text: a.name }))]}
            {...form.field("area")}
          />
        )}
        <Select
          label="Locality"
          hint="Narrows consultations and requests for service"
          options={[{ value: "", text: "Every locality" }, ...(localities.data ?? []).map((l) => ({ value: l.id, text: l.name }))]}
          {...form.field("locality")}
        />
        <Select
          label="Centre"
          hint="Narrows open-access reach and programmes"
          options={[{ value: "", text: "Every centre" }, ...centreOptions.map((c) => ({ value: c.id, text: c.name }))]}
          {...form.field("centre")}
        />
        <Button>Show the figures</Button>
      </form>
    </div>
  );
}
