import {
  can,
  neetActivityGroupLabels,
  neetActivitySourceLabels,
  type NeetActivitySource,
  type NeetCharacteristic,
  neetCharacteristicLabels,
  neetActivityLabel,
  septemberGuaranteeOfferLabels,
  type SeptemberGuaranteeOffer,
} from "@hearth/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { useStaff } from "../../auth/use-staff";
import { BackLink } from "../../components/content";
import { SummaryList } from "../../components/summary-list";
import { Table } from "../../components/table";
import { formatUkDate, formatUkDateTime, todayIso } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { neetPaths } from "./paths";
import { RecordActivityForm } from "./record-activity-form";

const sourceLabel = (source: string) => neetActivitySourceLabels[source as NeetActivitySource] ?? source;
const characteristicLabel = (c: string) => neetCharacteristicLabels[c as NeetCharacteristic] ?? c;
const activityText = (code: string) => `${code} ${neetActivityLabel(code)}`;
const offerLabel = (offer: string | null | undefined) =>
  offer ? (septemberGuaranteeOfferLabels[offer as SeptemberGuaranteeOffer] ?? offer) : "None recorded";

/** One young person's NEET record: where they stand in the cohort, what they are doing, what they did before. */
export function NeetYoungPersonPage() {
  const { personId = "" } = useParams();
  const staff = useStaff();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const youngPerson = useQuery(trpc.neet.youngPerson.queryOptions({ personId }));
  usePageTitle(youngPerson.data ? `${youngPerson.data.person.name}: NEET tracking` : "NEET tracking");
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.neet.youngPerson.queryKey({ personId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.neet.chaseList.queryKey() });
  };
  if (youngPerson.isPending) return <p className="govuk-body">Loading…</p>;
  if (youngPerson.isError) return <LoadProblem error={youngPerson.error} what="young person’s NEET record" />;
  const { person, status, history, today } = youngPerson.data;
  const current = history[0];
  return (
    <>
      <BackLink to={neetPaths.chaseList}>Chase list</BackLink>
      <h1 className="govuk-heading-l">{person.name}</h1>
      <SummaryList
        rows={[
          { key: "Date of birth", value: formatUkDate(person.dateOfBirth) },
          { key: "Academic age", value: String(person.academicAge) },
          { key: "In the NEET cohort", value: person.inCohort ? "Yes" : "No" },
          { key: "Current status", value: neetActivityGroupLabels[status] },
          { key: "Current activity", value: current ? current.activityLabel : "None recorded" },
          { key: "Last confirmed", value: current ? formatUkDate(current.lastConfirmedOn) : "Never" },
          { key: "Intended destination", value: current?.intendedDestinationCode ? activityText(current.intendedDestinationCode) : "None recorded" },
          { key: "September Guarantee, Year 11", value: offerLabel(current?.septemberGuaranteeYear11) },
          { key: "September Guarantee, Year 12", value: offerLabel(current?.septemberGuaranteeYear12) },
        ]}
      />
      <h2 className="govuk-heading-m">History</h2>
      {history.length === 0 ? (
        <p className="govuk-body">No activity has been recorded.</p>
      ) : (
        <Table
          caption="Newest first"
          captionSize="s"
          rows={history}
          rowKey={(a) => a.id}
          columns={[
            { header: "Activity", cell: (a) => `${a.activityCode} ${a.activityLabel}` },
            { header: "Started", cell: (a) => formatUkDate(a.startDate) },
            { header: "Expected end", cell: (a) => (a.expectedEndDate ? formatUkDate(a.expectedEndDate) : "None") },
            { header: "Confirmed", cell: (a) => `${formatUkDate(a.lastConfirmedOn)} (${sourceLabel(a.source)})` },
            { header: "Current until", cell: (a) => formatUkDate(a.currentUntil) },
            {
              header: "Destination and offers",
              cell: (a) =>
                [
                  a.intendedDestinationCode && `Intends ${activityText(a.intendedDestinationCode)}`,
                  a.septemberGuaranteeYear11 && `Year 11: ${offerLabel(a.septemberGuaranteeYear11)}`,
                  a.septemberGuaranteeYear12 && `Year 12: ${offerLabel(a.septemberGuaranteeYear12)}`,
                ]
                  .filter(Boolean)
                  .join("; ") || "None",
            },
            { header: "Characteristics", cell: (a) => (a.characteristics.length ? a.characteristics.map(characteristicLabel).join(", ") : "None") },
            { header: "Recorded", cell: (a) => `${formatUkDateTime(a.recordedAt)} by ${a.recordedByName}` },
          ]}
        />
      )}
      {can(staff.role, "neet.record") && (
        <RecordActivityForm personId={person.id} today={today ?? todayIso()} current={current} onRecorded={refresh} />
      )}
    </>
  );
}
