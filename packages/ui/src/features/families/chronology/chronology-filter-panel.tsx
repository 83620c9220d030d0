import {
  chronologyKindLabels,
  chronologyKinds,
  chronologyListSchema,
  chronologyServiceLabels,
  chronologyServices,
  type ChronologyKind,
  type ChronologyService,
} from "@hearth/domain";
import { useEffect, type ReactNode } from "react";
import { DateInput } from "../../../components/form/date-input";
import { Select } from "../../../components/form/select";
import { FilterPanel, type SelectedFilterCategory } from "../../../components/moj";
import { formatUkDate } from "../../../format/dates";
import { useSchemaForm } from "../../../forms/use-schema-form";
import type { ChronologyFilterValues } from "./chronology-filters";

interface Member {
  personId: string;
  name: string;
}

/**
 * The filter's boxes as chosen. Named apart from the entry form's boxes on the same page
 * ("personId", "kind"), so no two fields share an id.
 */
interface FilterBoxes {
  child: string;
  service: string;
  eventKind: string;
  from: string;
  to: string;
  significantOnly: boolean;
}

const boxesOf = (f: ChronologyFilterValues): FilterBoxes => ({
  child: f.personId ?? "",
  service: f.service ?? "",
  eventKind: f.kind ?? "",
  from: f.from ?? "",
  to: f.to ?? "",
  significantOnly: f.significantOnly ?? false,
});

const filtersOf = (b: FilterBoxes): ChronologyFilterValues =>
  clean({
    personId: b.child || undefined,
    service: (b.service || undefined) as ChronologyService | undefined,
    kind: (b.eventKind || undefined) as ChronologyKind | undefined,
    from: b.from || undefined,
    to: b.to || undefined,
    significantOnly: b.significantOnly || undefined,
  });

/**
 * The chronology's filter: child, service, kind of event, dates and significance. What is chosen
 * is a draft until "Apply filters"; the filters in force show as tags that remove themselves.
 */
export function ChronologyFilterPanel({
  applied,
  members,
  onApply,
  children,
}: {
  applied: ChronologyFilterValues;
  members: Member[];
  onApply: (filters: ChronologyFilterValues) => void;
  children: ReactNode;
}) {
  // Checked by the chronology's own schema; the family is the page's, so any id will do here.
  const form = useSchemaForm<FilterBoxes, unknown>({
    schema: chronologyListSchema,
    defaultValues: boxesOf(applied),
    toInput: (boxes) => ({ familyId: "00000000-0000-4000-8000-000000000000", ...filtersOf(boxes) }),
    aliases: { personId: "child", kind: "eventKind" },
  });
  // A tag removed or filters cleared outside this form replace what is chosen.
  const appliedKey = JSON.stringify(boxesOf(applied));
  const { reset } = form.form;
  useEffect(() => {
    reset(JSON.parse(appliedKey) as FilterBoxes);
  }, [reset, appliedKey]);
  const apply = form.onSubmit((_, boxes) => onApply(filtersOf(boxes)));

  const nameOf = (personId: string) => members.find((m) => m.personId === personId)?.name ?? "A child";
  const tag = (text: string, remove: Partial<ChronologyFilterValues>) => ({
    text,
    onRemove: () => onApply(clean({ ...applied, ...remove })),
  });
  const selected: SelectedFilterCategory[] = [
    {
      heading: "Child",
      items: applied.personId ? [tag(nameOf(applied.personId), { personId: undefined })] : [],
    },
    {
      heading: "Service",
      items: applied.service ? [tag(chronologyServiceLabels[applied.service], { service: undefined })] : [],
    },
    {
      heading: "Event",
      items: applied.kind ? [tag(chronologyKindLabels[applied.kind], { kind: undefined })] : [],
    },
    {
      heading: "Dates",
      items: [
        ...(applied.from ? [tag(`From ${formatUkDate(applied.from)}`, { from: undefined })] : []),
        ...(applied.to ? [tag(`To ${formatUkDate(applied.to)}`, { to: undefined })] : []),
      ],
    },
    {
      heading: "Significance",
      items: applied.significantOnly ? [tag("Significant events only", { significantOnly: undefined })] : [],
    },
  ];

  return (
    <FilterPanel
      selected={selected}
      onClearFilters={() => onApply({})}
      onApply={() => void apply()}
      options={
        <>
          <Select
            label="Child"
            options={[{ value: "", text: "Everyone in the family" }, ...members.map((m) => ({ value: m.personId, text: m.name }))]}
            {...form.field("child")}
          />
          <Select
            label="Service"
            options={[{ value: "", text: "Every service" }, ...chronologyServices.map((s) => ({ value: s, text: chronologyServiceLabels[s] }))]}
            {...form.field("service")}
          />
          <Select
            label="Kind of event"
            options={[{ value: "", text: "Every kind" }, ...chronologyKinds.map((k) => ({ value: k, text: chronologyKindLabels[k] }))]}
            {...form.field("eventKind")}
          />
          <DateInput legend="From" legendSize="s" hint="For example, 27 3 2026" {...form.bind("from")} />
          <DateInput legend="To" legendSize="s" hint="For example, 31 3 2026" {...form.bind("to")} />
          <div className="govuk-form-group">
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              <div className="govuk-checkboxes__item">
                <input className="govuk-checkboxes__input" id="significantOnly" type="checkbox" {...form.form.register("significantOnly")} />
                <label className="govuk-label govuk-checkboxes__label" htmlFor="significantOnly">
                  Significant events only
                </label>
              </div>
            </div>
          </div>
        </>
      }
    >
      {children}
    </FilterPanel>
  );
}

/** Without the keys that are empty, so the address holds only what was chosen. */
function clean(filters: ChronologyFilterValues): ChronologyFilterValues {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== ""));
}
