import { can, countOf } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { useStaff } from "../../auth/use-staff";
import { ButtonLink } from "../../components/button";
import { Badge } from "../../components/moj";
import { Table, type TableColumn } from "../../components/table";
import { formatShortUkDate } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import type { DirectoryEntry } from "./directory-form-values";
import { directoryPaths } from "./paths";

function columns(canEdit: boolean): TableColumn<DirectoryEntry>[] {
  return [
    {
      header: "Service",
      cell: (s) =>
        canEdit ? (
          <Link className="govuk-link" to={directoryPaths.entry(s.id)}>
            {s.name}
          </Link>
        ) : (
          s.name
        ),
      sortValue: (s) => s.name,
    },
    { header: "Provider", cell: (s) => s.provider, sortValue: (s) => s.provider },
    {
      header: "Localities",
      cell: (s) => (s.localities.length > 3 ? countOf(s.localities.length, "locality", "localities") : s.localities.map((l) => l.name).join(", ")),
    },
    { header: "Kept by", cell: (s) => s.owner.name, sortValue: (s) => s.owner.name },
    {
      header: "Last reviewed",
      cell: (s) => (
        <>
          <span className="hearth-nowrap">{formatShortUkDate(s.lastReviewedOn)}</span>
          {s.dueForReview && (
            <>
              {" "}
              <Badge colour="red">Review due</Badge>
            </>
          )}
          {!s.active && (
            <>
              {" "}
              <Badge colour="grey">Not shown to the public</Badge>
            </>
          )}
        </>
      ),
      sortValue: (s) => s.lastReviewedOn,
    },
    // How often practitioners have signposted families here: which services are used.
    { header: "Times signposted", cell: (s) => String(s.signpostCount), sortValue: (s) => s.signpostCount, numeric: true },
  ];
}

/** The locality service directory for staff: every entry, who keeps it, when it was checked and how much it is used. */
export function DirectoryListPage() {
  const trpc = useTRPC();
  const staff = useStaff();
  const [params] = useSearchParams();
  const dueOnly = params.get("due") === "1";
  const list = useQuery(trpc.directory.list.queryOptions({ dueForReview: dueOnly, includeInactive: !dueOnly }));
  const canEdit = can(staff.role, "directory.edit");
  usePageTitle("Service directory");
  return (
    <>
      <h1 className="govuk-heading-l">Service directory</h1>
      <p className="govuk-body">
        Support services in each locality. Families see active entries on{" "}
        <a className="govuk-link" href="/centres/support">
          Find support near you
        </a>
        .
      </p>
      {canEdit && <ButtonLink to={directoryPaths.add}>Add a service</ButtonLink>}
      <p className="govuk-body">
        {dueOnly ? (
          <Link className="govuk-link" to={directoryPaths.list}>
            Show every entry
          </Link>
        ) : (
          <Link className="govuk-link" to={directoryPaths.dueForReview}>
            Show only entries due for review
          </Link>
        )}
      </p>
      {list.isPending && <p className="govuk-body">Loading…</p>}
      {list.isError && <LoadProblem error={list.error} what="the service directory" />}
      {list.data && (
        <Table
          caption={countOf(list.data.length, dueOnly ? "entry due for review" : "entry", dueOnly ? "entries due for review" : "entries")}
          captionSize="s"
          columns={columns(canEdit)}
          rows={list.data}
          rowKey={(s) => s.id}
        />
      )}
    </>
  );
}
