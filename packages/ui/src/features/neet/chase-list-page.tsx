import { neetActivityGroupLabels } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { Select } from "../../components/form/select";
import { Pagination } from "../../components/moj";
import { Table } from "../../components/table";
import { formatUkDate } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { neetPaths } from "./paths";

/**
 * The EET officer's chase list: young people in the cohort whose activity is not known (never
 * recorded, or not confirmed within its period), by area; or the whole cohort on request. The
 * choices are in the address so a page of the list can be shared or returned to.
 */
export function NeetChaseListPage() {
  const [search, setSearch] = useSearchParams();
  const show = search.get("show") === "all" ? "all" : "not_known";
  const areaId = search.get("area") || undefined;
  const page = Math.max(1, Number(search.get("page")) || 1);
  usePageTitle(show === "all" ? "NEET tracking: the cohort" : "NEET tracking: chase list");
  const trpc = useTRPC();
  const areas = useQuery(trpc.reference.areas.queryOptions());
  const list = useQuery(trpc.neet.chaseList.queryOptions({ show, areaId, page }));
  const hrefFor = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    return `?${next.toString()}`;
  };
  return (
    <>
      <h1 className="govuk-heading-l">{show === "all" ? "The NEET cohort" : "Young people not known"}</h1>
      <p className="govuk-body">
        {show === "all"
          ? "Everyone of academic age 16 or 17, and up to 25 with an EHC plan, with what they are doing now."
          : "Young people in the cohort whose activity has never been recorded or has not been confirmed in time. Find out what each is doing."}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={hrefFor({ show: show === "all" ? undefined : "all", page: undefined })}>
          {show === "all" ? "Show only young people not known" : "Show the whole cohort"}
        </Link>
        {" · "}
        <Link className="govuk-link" to={neetPaths.figures}>
          NEET figures
        </Link>
      </p>
      {/* Applied with a button, not on change, so moving through the areas by keyboard never reloads the list under the reader. */}
      <form
        // Drawn again once the areas arrive, so the chosen area is selected in the box.
        key={`${areaId ?? ""}:${areas.data?.length ?? 0}`}
        onSubmit={(event) => {
          event.preventDefault();
          const area = new FormData(event.currentTarget).get("area");
          setSearch(hrefFor({ area: typeof area === "string" && area ? area : undefined, page: undefined }).slice(1));
        }}
      >
        <Select
          name="area"
          label="Area"
          defaultValue={areaId ?? ""}
          options={[{ value: "", text: "All areas" }, ...(areas.data ?? []).map((a) => ({ value: a.id, text: a.name }))]}
        />
        <Button variant="secondary">Show this area</Button>
      </form>
      {list.isPending && <p className="govuk-body">Loading…</p>}
      {list.isError && <LoadProblem error={list.error} what="chase list" />}
      {list.isSuccess &&
        (list.data.entries.length === 0 ? (
          <p className="govuk-body">{show === "all" ? "No young people in the cohort here." : "No young person here is not known."}</p>
        ) : (
          <>
            <Table
              caption={`${list.data.total.toLocaleString("en-GB")} young ${list.data.total === 1 ? "person" : "people"}`}
              captionSize="s"
              rows={list.data.entries}
              rowKey={(e) => e.personId}
              columns={[
                {
                  header: "Young person",
                  cell: (e) => (
                    <Link className="govuk-link" to={neetPaths.youngPerson(e.personId)}>
                      {e.name}
                    </Link>
                  ),
                },
                { header: "Date of birth", cell: (e) => (e.restricted ? "Restricted" : formatUkDate(e.dateOfBirth)) },
                { header: "Area", cell: (e) => e.areaName },
                { header: "Status", cell: (e) => neetActivityGroupLabels[e.status] },
                { header: "Last activity", cell: (e) => e.activityLabel ?? "None recorded" },
                { header: "Last confirmed", cell: (e) => (e.lastConfirmedOn ? formatUkDate(e.lastConfirmedOn) : "Never") },
              ]}
            />
            <Pagination
              page={list.data.page}
              pageCount={Math.max(1, Math.ceil(list.data.total / list.data.pageSize))}
              hrefFor={(p) => hrefFor({ page: p > 1 ? String(p) : undefined })}
              results={{
                from: (list.data.page - 1) * list.data.pageSize + 1,
                to: (list.data.page - 1) * list.data.pageSize + list.data.entries.length,
                count: list.data.total,
                noun: "young people",
              }}
            />
          </>
        ))}
    </>
  );
}
