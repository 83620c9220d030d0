import { consultationStatusLabels, type ConsultationStatus } from "@hearth/domain";
import { InsetText } from "../../components/content";
import { Table } from "../../components/table";
import { formatUkDate, formatUkDateTime } from "../../format/dates";
import type { StaffAccountData } from "./staff-account-data";

/**
 * What the person still holds, for their manager to hand on when they leave or move: cases,
 * consultations and Teams Around the Family, and their open My work tasks.
 */
export function OpenWork({ openWork, active }: { openWork: StaffAccountData["openWork"]; active: boolean }) {
  const { cases, consultations, teamsAroundFamilies, workItems } = openWork;
  const total = cases.length + consultations.length + teamsAroundFamilies.length + workItems.length;
  return (
    <>
      <h2 className="govuk-heading-m">Open work to reallocate</h2>
      {total === 0 ? (
        <p className="govuk-body">They hold no open work.</p>
      ) : (
        !active && <InsetText>This account is deactivated: hand this work on to someone else.</InsetText>
      )}
      {cases.length > 0 && (
        <Table
          caption="FSS cases they are key worker for"
          rows={cases}
          rowKey={(c) => c.id}
          columns={[
            { header: "Family", cell: (c) => c.familyName },
            { header: "Opened", cell: (c) => formatUkDate(c.openedOn) },
          ]}
        />
      )}
      {consultations.length > 0 && (
        <Table
          caption="Consultations they took that are not closed"
          rows={consultations}
          rowKey={(c) => c.id}
          columns={[
            { header: "Reference", cell: (c) => c.reference },
            { header: "Family", cell: (c) => c.familyName ?? "No names" },
            { header: "Status", cell: (c) => consultationStatusLabels[c.status as ConsultationStatus] ?? c.status },
            { header: "Received", cell: (c) => formatUkDateTime(c.receivedAt) },
          ]}
        />
      )}
      {teamsAroundFamilies.length > 0 && (
        <Table
          caption="Teams Around the Family they lead"
          rows={teamsAroundFamilies}
          rowKey={(c) => c.id}
          columns={[
            { header: "Family", cell: (c) => c.familyName },
            { header: "Started", cell: (c) => formatUkDate(c.startedOn) },
          ]}
        />
      )}
      {workItems.length > 0 && (
        <Table
          caption="Tasks in their My work"
          rows={workItems}
          rowKey={(i) => i.id}
          columns={[
            { header: "Task", cell: (i) => i.title },
            { header: "Family", cell: (i) => i.familyName ?? "" },
            { header: "Due", cell: (i) => formatUkDate(i.dueOn) },
          ]}
        />
      )}
    </>
  );
}
