import {
  consultationFamilyKindLabels,
  consultationOutcomeLabels,
  consultationOutcomes,
  consultationStatuses,
  consultationStatusLabels,
  requestForServiceStatusLabels,
  type ConsultationList,
  type ConsultationListItem,
} from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { ButtonLink } from "../../components/button";
import { Tag } from "../../components/content";
import { Checkboxes } from "../../components/form/checkboxes";
import { Select } from "../../components/form/select";
import { FilterPanel } from "../../components/moj";
import { Table } from "../../components/table";
import { formatUkDate, formatUkDateTime } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { aboutText, statusColour, statusText } from "./consultation-labels";
import { consultationPaths } from "./paths";
import { RequestStatusTag } from "../requests-for-service/request-for-service";

type Filters = Pick<ConsultationList, "status" | "openOnly" | "outcome" | "familyKind" | "takenByMe" | "localityId" | "takenBy">;
const familyKinds = ["named", "no_names", "not_recorded"] as const;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filters a link gives (the LCSS home's figures link here filtered); anything unknown is ignored. */
function filtersFromLink(search: URLSearchParams): Filters {
  const status = search.get("status");
  const localityId = search.get("localityId");
  return {
    ...(consultationStatuses.includes(status as never) ? { status: status as Filters["status"] } : {}),
    ...(search.get("open") === "1" ? { openOnly: true } : {}),
    ...(localityId && uuidPattern.test(localityId) ? { localityId } : {}),
  };
}

/**
 * The day's queue: the area's consultations, newest first, with a filter by status (open, awaiting
 * senior confirmation, awaiting feedback, closed), outcome, kind, locality and worker.
 */
export function ConsultationListPage() {
  usePageTitle("Consultations");
  const trpc = useTRPC();
  const [search] = useSearchParams();
  const linked = filtersFromLink(search);
  const [filters, setFilters] = useState<Filters>(linked);
  const [draft, setDraft] = useState<Filters>(linked);
  const list = useQuery(trpc.consultations.list.queryOptions({ ...filters, limit: 200 }));
  const reference = useQuery(trpc.consultations.reference.queryOptions({}));
  const localities = reference.data?.localities ?? [];
  const workers = reference.data?.workers ?? [];
  const nameOf = (items: { id: string; name: string }[], id: string | undefined) => items.find((i) => i.id === id)?.name ?? "Chosen";
  const remove = (key: keyof Filters) => () => {
    const next = { ...filters, [key]: undefined };
    setFilters(next);
    setDraft(next);
  };
  const selected = [
    {
      heading: "Status",
      items: [
        ...(filters.status ? [{ text: consultationStatusLabels[filters.status], onRemove: remove("status") }] : []),
        ...(filters.openOnly ? [{ text: "Not closed", onRemove: remove("openOnly") }] : []),
      ],
    },
    { heading: "Outcome", items: filters.outcome ? [{ text: consultationOutcomeLabels[filters.outcome], onRemove: remove("outcome") }] : [] },
    {
      heading: "Family",
      items: filters.familyKind ? [{ text: consultationFamilyKindLabels[filters.familyKind], onRemove: remove("familyKind") }] : [],
    },
    { heading: "Locality", items: filters.localityId ? [{ text: nameOf(localities, filters.localityId), onRemove: remove("localityId") }] : [] },
    {
      heading: "Worker",
      items: [
        ...(filters.takenByMe ? [{ text: "Taken by me", onRemove: remove("takenByMe") }] : []),
        ...(filters.takenBy ? [{ text: nameOf(workers, filters.takenBy), onRemove: remove("takenBy") }] : []),
      ],
    },
  ];
  return (
    <>
      <h1 className="govuk-heading-l">Consultations</h1>
      <ButtonLink to={consultationPaths.start}>Log a call</ButtonLink>
      <FilterPanel
        selected={selected}
        onClearFilters={() => (setFilters({}), setDraft({}))}
        onApply={() => setFilters(draft)}
        options={
          <>
            <Select
              name="status"
              label="Status"
              value={draft.status ?? ""}
              onChange={(e) => setDraft({ ...draft, status: (e.target.value || undefined) as Filters["status"] })}
              options={[{ value: "", text: "Any status" }, ...consultationStatuses.map((s) => ({ value: s, text: consultationStatusLabels[s] }))]}
            />
            <Select
              name="outcome"
              label="Outcome"
              value={draft.outcome ?? ""}
              onChange={(e) => setDraft({ ...draft, outcome: (e.target.value || undefined) as Filters["outcome"] })}
              options={[{ value: "", text: "Any outcome" }, ...consultationOutcomes.map((o) => ({ value: o, text: consultationOutcomeLabels[o] }))]}
            />
            <Select
              name="familyKind"
              label="Family"
              value={draft.familyKind ?? ""}
              onChange={(e) => setDraft({ ...draft, familyKind: (e.target.value || undefined) as Filters["familyKind"] })}
              options={[{ value: "", text: "Named or no names" }, ...familyKinds.map((k) => ({ value: k, text: consultationFamilyKindLabels[k] }))]}
            />
            <Select
              name="localityId"
              label="Locality"
              value={draft.localityId ?? ""}
              onChange={(e) => setDraft({ ...draft, localityId: e.target.value || undefined })}
              options={[{ value: "", text: "Any locality" }, ...localities.map((l) => ({ value: l.id, text: l.name }))]}
            />
            <Select
              name="takenBy"
              label="Taken by"
              value={draft.takenBy ?? ""}
              onChange={(e) => setDraft({ ...draft, takenBy: e.target.value || undefined })}
              options={[{ value: "", text: "Any worker" }, ...workers.map((w) => ({ value: w.id, text: w.name }))]}
            />
            <Checkboxes
              name="takenByMe"
              legend="Worker"
              legendSize="s"
              small
              items={[{ value: "yes", text: "Taken by me" }]}
              checked={!!draft.takenByMe}
              onChange={(e) => setDraft({ ...draft, takenByMe: e.target.checked || undefined })}
            />
          </>
        }
      >
        {list.isPending && <p className="govuk-body">Loading…</p>}
        {list.isError && <LoadProblem error={list.error} what="consultations" />}
        {list.isSuccess && <ConsultationTable consultations={list.data.consultations} />}
      </FilterPanel>
    </>
  );
}

function ConsultationTable({ consultations }: { consultations: ConsultationListItem[] }) {
  if (!consultations.length) return <p className="govuk-body">No consultations match.</p>;
  return (
    <Table
      caption={`${consultations.length} consultation${consultations.length === 1 ? "" : "s"}`}
      captionSize="m"
      rows={consultations}
      rowKey={(c) => c.id}
      initialSort={{ column: 1, direction: "descending" }}
      columns={[
        {
          header: "Reference",
          cell: (c) => (
            <Link className="govuk-link" to={consultationPaths.consultation(c.id)}>
              {c.reference}
            </Link>
          ),
          sortValue: (c) => c.reference,
        },
        { header: "Received", cell: (c) => formatUkDateTime(c.receivedAt), sortValue: (c) => c.receivedAt },
        { header: "About", cell: aboutText, sortValue: aboutText },
        { header: "Caller’s organisation", cell: (c) => c.organisationName ?? "Not known", sortValue: (c) => c.organisationName ?? "" },
        { header: "Level", cell: (c) => (c.level ? String(c.level) : "–"), sortValue: (c) => c.level ?? 0, numeric: true },
        {
          header: "Outcome",
          // A request for service shows where FSS has got to with it, so a step-down back to LCSS is seen here.
          cell: (c) => (
            <>
              {outcomeText(c.outcome)}
              {c.requestForServiceStatus && (
                <>
                  <br />
                  <RequestStatusTag status={c.requestForServiceStatus} />
                </>
              )}
            </>
          ),
          sortValue: (c) => `${outcomeText(c.outcome)} ${c.requestForServiceStatus ? requestForServiceStatusLabels[c.requestForServiceStatus] : ""}`,
        },
        { header: "Status", cell: (c) => <Tag colour={statusColour[c.status]}>{statusText(c.status)}</Tag>, sortValue: (c) => c.status },
        {
          header: "Feedback due",
          cell: (c) => (c.feedbackDueOn ? formatUkDate(c.feedbackDueOn) : "–"),
          sortValue: (c) => c.feedbackDueOn ?? "",
        },
        { header: "Taken by", cell: (c) => c.takenByName ?? "Not picked up", sortValue: (c) => c.takenByName ?? "" },
      ]}
    />
  );
}

/** An online request has no outcome until it is called back. */
function outcomeText(outcome: keyof typeof consultationOutcomeLabels | null): string {
  return outcome ? consultationOutcomeLabels[outcome] : "Not yet called back";
}
