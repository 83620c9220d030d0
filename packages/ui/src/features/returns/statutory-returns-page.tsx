import { can } from "@hearth/domain";
import { useQuery, useQueryClient, type UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { usePageTitle } from "../../app/service";
import { useStaff } from "../../auth/use-staff";
import { todayIso } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { censusWords, nccisWords, ReturnRunsTable, RuleTotals, type ReturnRun, type ReturnWords } from "./return-runs";
import { StartCensusForm } from "./start-census-form";
import { StartNccisForm } from "./start-nccis-form";

const POLL_MS = 1_000;
const stillBuilding = (runs: ReturnRun[] | undefined) => runs?.some((r) => r.status === "queued" || r.status === "running") ?? false;

/**
 * "Statutory returns": start a return, watch it being built, and download its file, validation
 * report (and, for NCCIS, the records sent). Each return shows only to the roles that make it:
 * the census to data officers, the NCCIS return to the EET team too. Runs are polled while one builds.
 */
export function StatutoryReturnsPage() {
  usePageTitle("Statutory returns");
  const staff = useStaff();
  return (
    <>
      <h1 className="govuk-heading-l">Statutory returns</h1>
      {can(staff.role, "returns.read") && <CensusSection />}
      {can(staff.role, "returns.nccis") && <NccisSection />}
    </>
  );
}

function CensusSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const runs = useQuery({
    ...trpc.returns.cinCensusRuns.queryOptions({}),
    refetchInterval: (query) => (stillBuilding(query.state.data?.returns) ? POLL_MS : false),
  });
  return (
    <ReturnSection title="Children in Need census runs" runs={runs} words={censusWords}>
      <StartCensusForm today={todayIso()} onStarted={() => void queryClient.invalidateQueries({ queryKey: trpc.returns.cinCensusRuns.queryKey() })} />
    </ReturnSection>
  );
}

function NccisSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const runs = useQuery({
    ...trpc.returns.nccisRuns.queryOptions({}),
    refetchInterval: (query) => (stillBuilding(query.state.data?.returns) ? POLL_MS : false),
  });
  return (
    <ReturnSection title="NCCIS return runs" runs={runs} words={nccisWords}>
      <StartNccisForm today={todayIso()} onStarted={() => void queryClient.invalidateQueries({ queryKey: trpc.returns.nccisRuns.queryKey() })} />
    </ReturnSection>
  );
}

function ReturnSection(props: { title: string; runs: UseQueryResult<{ returns: ReturnRun[] }, unknown>; words: ReturnWords; children: ReactNode }) {
  const { runs, words } = props;
  const latestReady = runs.data?.returns.find((r) => r.status === "completed");
  return (
    <>
      {props.children}
      <h2 className="govuk-heading-m">{props.title}</h2>
      {runs.isPending && <p className="govuk-body">Loading…</p>}
      {runs.isError && <LoadProblem error={runs.error} what={`${words.name} runs`} />}
      {runs.isSuccess && <ReturnRunsTable runs={runs.data.returns} words={words} />}
      {latestReady && <RuleTotals run={latestReady} words={words} />}
    </>
  );
}
