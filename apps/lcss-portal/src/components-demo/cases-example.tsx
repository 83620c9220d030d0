import {
  Badge,
  Checkboxes,
  FilterPanel,
  formatShortUkDate,
  Pagination,
  Table,
  useSchemaForm,
  type SchemaParser,
  type SelectedFilterCategory,
  type TableColumn,
} from "@hearth/ui";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { sampleCases, type SampleCase } from "./sample-record";

interface CaseFilters {
  locality: string[];
  status: string[];
}

const noFilters: CaseFilters = { locality: [], status: [] };

/** Made-up data has no domain schema: any ticked boxes will do. */
const anyFilters: SchemaParser<CaseFilters> = {
  safeParse: (input) => ({ success: true, data: input as CaseFilters }),
};

const columns: TableColumn<SampleCase>[] = [
  { header: "Family", cell: (c) => c.family, sortValue: (c) => c.family },
  { header: "Locality", cell: (c) => c.locality, sortValue: (c) => c.locality },
  {
    header: "Status",
    cell: (c) => <Badge colour={c.status === "Open" ? "green" : "grey"}>{c.status}</Badge>,
  },
  {
    header: "Opened",
    cell: (c) => <span className="hearth-nowrap">{formatShortUkDate(c.opened)}</span>,
    sortValue: (c) => c.opened,
  },
  { header: "Children", cell: (c) => c.children, sortValue: (c) => c.children, numeric: true },
];

// A long list's worth of pages, to show the pagination; the rows above are one page of it.
const PAGE_SIZE = 6;
const TOTAL_CASES = 95;

/** A caseload list: the filter beside a sortable table, with pagination under it. */
export function CasesExample() {
  const form = useSchemaForm<CaseFilters>({ schema: anyFilters, defaultValues: noFilters });
  const [applied, setApplied] = useState<CaseFilters>(noFilters);
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get("page")) || 1);
  const pageCount = Math.ceil(TOTAL_CASES / PAGE_SIZE);

  const rows = sampleCases.filter(
    (c) => (!applied.locality.length || applied.locality.includes(c.locality)) && (!applied.status.length || applied.status.includes(c.status)),
  );
  const apply = (filters: CaseFilters) => {
    form.form.reset(filters);
    setApplied(filters);
  };
  const tags = (key: keyof CaseFilters, heading: string): SelectedFilterCategory => ({
    heading,
    items: applied[key].map((value) => ({
      text: value,
      onRemove: () => apply({ ...applied, [key]: applied[key].filter((v) => v !== value) }),
    })),
  });

  return (
    <FilterPanel
      selected={[tags("locality", "Locality"), tags("status", "Status")]}
      onClearFilters={() => apply(noFilters)}
      onApply={() => void form.onSubmit(apply)()}
      options={
        <>
          <Checkboxes
            {...form.field("locality")}
            legend="Locality"
            legendSize="m"
            small
            items={["North", "Central", "South"].map((value) => ({ value, text: value }))}
          />
          <Checkboxes
            {...form.field("status")}
            legend="Status"
            legendSize="m"
            small
            items={["Open", "Closed"].map((value) => ({ value, text: value }))}
          />
        </>
      }
    >
      <Table caption="Cases" columns={columns} rows={rows} rowKey={(c) => c.family} />
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(n) => `?page=${n}`}
        results={{
          from: (page - 1) * PAGE_SIZE + 1,
          to: Math.min(page * PAGE_SIZE, TOTAL_CASES),
          count: TOTAL_CASES,
          noun: "cases",
        }}
      />
    </FilterPanel>
  );
}
