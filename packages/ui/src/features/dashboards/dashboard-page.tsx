import { formatDate, type DashboardSection } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { InsetText } from "../../components/content";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { DashboardFigureView } from "./dashboard-figure";
import { DashboardFilterForm } from "./dashboard-filter-form";
import { dashboardFiltersFromUrl, parseDashboardFilters } from "./dashboard-filters-url";

const sections = [
  { key: "referrals", heading: "Consultations and requests for service" },
  { key: "casework", heading: "Family Support Service" },
  { key: "programmes", heading: "Group programmes" },
  { key: "reach", heading: "Open-access reach" },
  { key: "neet", heading: "Young people not in education, employment or training" },
] as const;

function Section({ heading, query }: { heading: string; query: { isPending: boolean; isError: boolean; error: unknown; data?: DashboardSection } }) {
  return (
    <section aria-labelledby={`section-${heading}`}>
      <h2 className="govuk-heading-m" id={`section-${heading}`}>
        {heading}
      </h2>
      {query.isPending && <p className="govuk-body">Loading…</p>}
      {query.isError && <LoadProblem error={query.error} what={heading.toLowerCase()} />}
      {query.data?.figures.map((figure) => (
        <DashboardFigureView key={figure.id} figure={figure} period={query.data!} />
      ))}
    </section>
  );
}

/**
 * Dashboards for managers and the council (issue 15 §2): every figure as a chart with its table and
 * a CSV, for the caller's area (managers) or the county (data officers, administrators). The five
 * parts load at once, each from its own procedure, so a slow one does not hold up the rest.
 */
export function DashboardPage() {
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const [errors, setErrors] = useState(0);
  usePageTitle("Dashboards", { hasErrors: errors > 0 });
  const input = parseDashboardFilters(dashboardFiltersFromUrl(params)) ?? {};
  const queries = {
    referrals: useQuery(trpc.dashboards.referrals.queryOptions(input)),
    casework: useQuery(trpc.dashboards.casework.queryOptions(input)),
    programmes: useQuery(trpc.dashboards.programmes.queryOptions(input)),
    reach: useQuery(trpc.dashboards.reach.queryOptions(input)),
    neet: useQuery(trpc.dashboards.neet.queryOptions(input)),
  };
  const scope = queries.referrals.data;
  return (
    <>
      <h1 className="govuk-heading-l">Dashboards</h1>
      {scope && (
        <p className="govuk-body-l">
          {scope.areaName ?? "The whole county"}, {formatDate(scope.from)} to {formatDate(scope.to)}
        </p>
      )}
      <DashboardFilterForm onErrors={setErrors} />
      {scope?.smallNumbersSuppressed && (
        <InsetText>Figures about fewer than 5 people are shown as “fewer than 5”, so that nobody can be recognised from them.</InsetText>
      )}
      {sections.map((s) => (
        <Section key={s.key} heading={s.heading} query={queries[s.key]} />
      ))}
    </>
  );
}
