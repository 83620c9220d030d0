import { useQuery } from "@tanstack/react-query";
import { Table } from "../../components/table";
import { formatUkDateTime } from "../../format/dates";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { FssInvolvement } from "../cases/fss-involvement";
import { LcssInvolvement } from "../consultations/lcss-involvement";
import { fullName } from "../people/paths";
import { ProgrammeInvolvement } from "../programmes/programme-involvement";
import { useFamilyRecord } from "./use-family-record";

const bookingStatusText: Record<string, string> = { booked: "Booked", waitlisted: "On the waiting list", cancelled: "Cancelled" };
const attendanceText: Record<string, string> = { attended: "Attended", did_not_attend: "Did not attend" };

/**
 * Each service's current and past work with the family, one section per service. Children's
 * centres come first; each later issue adds its service's section below.
 */
export function FamilyInvolvementPage() {
  const { familyId, record } = useFamilyRecord();
  const trpc = useTRPC();
  const involvement = useQuery(trpc.families.involvement.queryOptions({ familyId }));
  if (involvement.isPending) return <p className="govuk-body">Loading…</p>;
  if (involvement.isError) return <LoadProblem error={involvement.error} what="involvement" />;
  const { bookings, attendance } = involvement.data.services.centres;
  const { lcss, fss, programmes } = involvement.data.services;
  const nameOf = (personId: string) => {
    const member = record.data?.members.find((m) => m.personId === personId);
    return member ? fullName(member) : "A member";
  };
  return (
    <>
      <h1 className="govuk-heading-l">Involvement</h1>
      <h2 className="govuk-heading-m">Children’s centres</h2>
      {bookings.length === 0 ? (
        <p className="govuk-body">No bookings at centres.</p>
      ) : (
        <Table
          caption="Bookings"
          rows={bookings}
          rowKey={(b) => b.id}
          columns={[
            { header: "Session", cell: (b) => `${b.title}, ${b.centreName}` },
            { header: "When", cell: (b) => formatUkDateTime(b.startsAt.toString()) },
            { header: "Reference", cell: (b) => b.reference },
            { header: "Status", cell: (b) => bookingStatusText[b.status] ?? b.status },
          ]}
        />
      )}
      {attendance.length === 0 ? (
        <p className="govuk-body">No attendance recorded at centres.</p>
      ) : (
        <Table
          caption="Attendance"
          rows={attendance}
          rowKey={(a) => a.id}
          columns={[
            { header: "Who", cell: (a) => nameOf(a.personId) },
            { header: "Session", cell: (a) => `${a.title}, ${a.centreName}` },
            { header: "When", cell: (a) => formatUkDateTime(a.startsAt.toString()) },
            { header: "Attendance", cell: (a) => `${attendanceText[a.status] ?? a.status}${a.walkIn ? " (walked in)" : ""}` },
          ]}
        />
      )}
      {lcss && (
        <LcssInvolvement
          familyId={familyId}
          consultations={lcss.consultations}
          assessments={lcss.assessments}
          teamsAroundFamily={lcss.teamsAroundFamily}
          requestsForService={lcss.requestsForService}
        />
      )}
      {fss && <FssInvolvement cases={fss.cases} />}
      {programmes && <ProgrammeInvolvement places={programmes} nameOf={nameOf} />}
    </>
  );
}
