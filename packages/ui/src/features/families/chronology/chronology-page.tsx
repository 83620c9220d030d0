import { chronologyKindLabels, chronologyServiceLabels, countOf } from "@hearth/domain";
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { usePageTitle } from "../../../app/service";
import { formatUkDateTime } from "../../../format/dates";
import { Button, ButtonGroup } from "../../../components/button";
import { Badge, Timeline, type TimelineItem } from "../../../components/moj";
import { RecordProblem } from "../../../pages/problem-pages";
import { useTRPC, useTRPCClient } from "../../../trpc/trpc";
import { chronologyCsv, type ChronologyEvent } from "./chronology-csv";
import { ChronologyEntryForm, type EditedEntry } from "./chronology-entry-form";
import { ChronologyFilterPanel } from "./chronology-filter-panel";
import { filtersFromSearch, filtersToSearch, type ChronologyFilterValues } from "./chronology-filters";
import { downloadText } from "../../../format/download-text";

const PAGE_SIZE = 50;
/** The download asks for the largest page the API gives, page after page. */
const DOWNLOAD_PAGE_SIZE = 500;

/**
 * A family's chronology: every service's events and practitioners' entries on one timeline,
 * newest first, filtered by child, service, kind and dates (kept in the address), with "Show more"
 * pages, a CSV download of everything the filters select, and a print layout (hearth.css).
 */
export function FamilyChronologyPage() {
  const { familyId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<"added" | "edited" | null>(null);
  const [editing, setEditing] = useState<EditedEntry | null>(null);
  const chronology = useInfiniteQuery(
    trpc.chronology.list.infiniteQueryOptions(
      { familyId, ...filters, limit: PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  usePageTitle("Chronology");
  if (chronology.isPending) return <p className="govuk-body">Loading…</p>;
  if (chronology.isError) return <RecordProblem error={chronology.error} what="Family" />;

  const first = chronology.data.pages[0]!;
  const members = first.members.map((m) => ({
    personId: m.personId,
    name: `${m.firstName} ${m.lastName}`,
  }));
  const nameOf = (personId: string) => members.find((m) => m.personId === personId)?.name ?? "A child";
  const events = chronology.data.pages.flatMap((page) => page.events);
  const apply = (next: ChronologyFilterValues) => setSearch(filtersToSearch(next));

  return (
    <>
      <span className="govuk-caption-l">{first.family.name}</span>
      <h1 className="govuk-heading-l">Chronology</h1>
      {added && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="status">
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{added === "edited" ? "Entry corrected" : "Entry added to the chronology"}</p>
          </div>
        </div>
      )}
      {adding || editing ? (
        <ChronologyEntryForm
          key={editing?.entryId ?? "new"}
          familyId={familyId}
          members={members}
          editing={editing ?? undefined}
          onCancel={() => (setAdding(false), setEditing(null))}
          onAdded={() => {
            setAdded(editing ? "edited" : "added");
            setAdding(false);
            setEditing(null);
            void queryClient.invalidateQueries({ queryKey: trpc.chronology.list.pathKey() });
          }}
        />
      ) : (
        <div className="hearth-no-print">
          <ButtonGroup>
            <Button
              type="button"
              onClick={() => {
                setAdded(null);
                setAdding(true);
              }}
            >
              Add an entry
            </Button>
            <DownloadCsvButton familyId={familyId} filters={filters} nameOf={nameOf} />
            <Button type="button" variant="secondary" onClick={() => window.print()}>
              Print
            </Button>
          </ButtonGroup>
        </div>
      )}
      <ChronologyFilterPanel applied={filters} members={members} onApply={apply}>
        <p className="govuk-body" role="status">
          {chronology.hasNextPage ? `Showing the latest ${countOf(events.length, "event", "events")}` : countOf(events.length, "event", "events")}
          {first.membersOutsideYourArea > 0 && ` (${countOf(first.membersOutsideYourArea, "member", "members")} outside your area not shown)`}
        </p>
        {events.length > 0 ? (
          <Timeline
            items={events.map((e) =>
              timelineItem(e, nameOf, () => {
                setAdded(null);
                setEditing(editedEntry(e));
                window.scrollTo(0, 0);
              }),
            )}
          />
        ) : (
          <p className="govuk-body">Nothing in the chronology matches these filters.</p>
        )}
        {chronology.hasNextPage && (
          <div className="hearth-no-print">
            <Button type="button" variant="secondary" disabled={chronology.isFetchingNextPage} onClick={() => void chronology.fetchNextPage()}>
              Show more
            </Button>
          </div>
        )}
      </ChronologyFilterPanel>
    </>
  );
}

/** A manual entry's stored answers, to fill the form that corrects it. */
function editedEntry(event: ChronologyEvent): EditedEntry | null {
  if (!event.entry) return null;
  const { id, occurredOn, personId } = event.entry;
  return { entryId: id, occurredOn, personId, kind: event.kind, summary: event.summary, significant: event.significant };
}

function timelineItem(event: ChronologyEvent, nameOf: (personId: string) => string, edit: () => void): TimelineItem {
  const about = event.personIds.length ? event.personIds.map(nameOf).join(", ") : "The whole family";
  return {
    id: event.id,
    at: event.occurredAt,
    dateOnly: event.dateOnly,
    by: event.by ?? undefined,
    title: (
      <>
        {chronologyKindLabels[event.kind]}
        {event.significant && (
          <>
            {" "}
            <Badge colour="red">Significant</Badge>
          </>
        )}
      </>
    ),
    body: (
      <>
        {event.title && <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{event.title}</p>}
        <p className="govuk-body hearth-pre-wrap">{event.summary}</p>
        <p className="govuk-body-s govuk-!-margin-bottom-0">
          {chronologyServiceLabels[event.service]} · About {about}
          {event.entry?.editedAt && ` · Edited ${formatUkDateTime(event.entry.editedAt)}`}
        </p>
        {event.entry?.mayEdit && (
          <p className="govuk-body-s govuk-!-margin-bottom-0 hearth-no-print">
            <button type="button" className="govuk-link hearth-link-button" onClick={edit}>
              Correct this entry<span className="govuk-visually-hidden">: {chronologyKindLabels[event.kind]}</span>
            </button>
          </p>
        )}
      </>
    ),
  };
}

/** Fetches every event the filters select, page by page, and saves them as a CSV file. */
function DownloadCsvButton({
  familyId,
  filters,
  nameOf,
}: {
  familyId: string;
  filters: ChronologyFilterValues;
  nameOf: (personId: string) => string;
}) {
  const client = useTRPCClient();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const all: ChronologyEvent[] = [];
      let cursor: { occurredAt: string; id: string } | undefined;
      do {
        const page = await client.chronology.list.query({
          familyId,
          ...filters,
          limit: DOWNLOAD_PAGE_SIZE,
          cursor,
        });
        all.push(...page.events);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      downloadText(chronologyCsv(all, nameOf), "chronology.csv");
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button type="button" variant="secondary" disabled={busy} onClick={() => void download()}>
      Download CSV
    </Button>
  );
}
