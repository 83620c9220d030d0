import {
  chronologyKindLabels,
  chronologyKinds,
  chronologyListSchema,
  chronologyServiceLabels,
  chronologyServices,
  type ChronologyKind,
  type ChronologyService,
} from "@hearth/domain";
import { useState, type ReactNode } from "react";
import { DateInput } from "../../../components/form/date-input";
import { Select } from "../../../components/form/select";
import { FilterPanel, type SelectedFilterCategory } from "../../../components/moj";
import { formatUkDate } from "../../../format/dates";
import type { ChronologyFilterValues } from "./chronology-filters";

interface Member {
  personId: string;
  name: string;
}

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
  const [draft, setDraft] = useState<ChronologyFilterValues>(applied);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [lastApplied, setLastApplied] = useState(applied);
  // A tag removed or filters cleared outside this form replace the draft.
  if (lastApplied !== applied) {
    setLastApplied(applied);
    setDraft(applied);
  }
  const set = (change: Partial<ChronologyFilterValues>) => setDraft((d) => ({ ...d, ...change }));

  const apply = () => {
    const checked = chronologyListSchema.safeParse({
      familyId: "00000000-0000-4000-8000-000000000000",
      ...draft,
    });
    if (!checked.success) {
      const found: Record<string, string> = {};
      for (const issue of checked.error.issues) found[String(issue.path[0])] ??= issue.message;
      setErrors(found);
      return;
    }
    setErrors({});
    onApply(clean(draft));
  };

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
      onApply={apply}
      options={
        <>
          <Select
            name="child"
            label="Child"
            value={draft.personId ?? ""}
            onChange={(e) => set({ personId: e.target.value || undefined })}
            options={[{ value: "", text: "Everyone in the family" }, ...members.map((m) => ({ value: m.personId, text: m.name }))]}
          />
          <Select
            name="service"
            label="Service"
            value={draft.service ?? ""}
            onChange={(e) => set({ service: (e.target.value || undefined) as ChronologyService | undefined })}
            options={[{ value: "", text: "Every service" }, ...chronologyServices.map((s) => ({ value: s, text: chronologyServiceLabels[s] }))]}
          />
          <Select
            name="kind"
            label="Kind of event"
            value={draft.kind ?? ""}
            onChange={(e) => set({ kind: (e.target.value || undefined) as ChronologyKind | undefined })}
            options={[{ value: "", text: "Every kind" }, ...chronologyKinds.map((k) => ({ value: k, text: chronologyKindLabels[k] }))]}
          />
          <DateInput
            name="from"
            legend="From"
            legendSize="s"
            hint="For example, 27 3 2026"
            error={errors.from}
            value={draft.from ?? ""}
            onChange={(from) => set({ from: from || undefined })}
          />
          <DateInput
            name="to"
            legend="To"
            legendSize="s"
            hint="For example, 31 3 2026"
            error={errors.to}
            value={draft.to ?? ""}
            onChange={(to) => set({ to: to || undefined })}
          />
          <div className="govuk-form-group">
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id="significantOnly"
                  name="significantOnly"
                  type="checkbox"
                  checked={draft.significantOnly ?? false}
                  onChange={(e) => set({ significantOnly: e.target.checked || undefined })}
                />
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
