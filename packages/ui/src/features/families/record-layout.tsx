import { can } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import { Outlet } from "react-router";
import { usePageTitle } from "../../app/service";
import { useStaff } from "../../auth/use-staff";
import { SubNavigation } from "../../components/moj/sub-navigation";
import { RecordProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { FamilyIdentity } from "./identity";
import { familyRecordPaths } from "./paths";
import { useFamilyRecord } from "./use-family-record";

/**
 * Every page of a family record: identity bar and alerts, then the record's sub-navigation. A
 * data officer reads only who has looked, so their identity bar comes with that page's answer.
 */
export function FamilyRecordLayout() {
  const staff = useStaff();
  const readsRecord = can(staff.role, "families.read");
  const readsLog = can(staff.role, "families.accessLog");
  const { familyId, record } = useFamilyRecord(readsRecord);
  const trpc = useTRPC();
  const log = useQuery({ ...trpc.families.accessLog.queryOptions({ familyId }), enabled: !readsRecord });
  const loaded = readsRecord ? record : log;
  const family = readsRecord ? record.data : log.data?.family;
  usePageTitle(family?.name ?? "Family");
  if (loaded.isPending) return <p className="govuk-body">Loading…</p>;
  if (loaded.isError || !family) return <RecordProblem error={loaded.error} what="Family" />;
  const items = [
    ...(readsRecord
      ? [
          { text: "Overview", to: familyRecordPaths.overview(familyId) },
          { text: "Members", to: familyRecordPaths.members(familyId) },
          ...(can(staff.role, "chronology.read") ? [{ text: "Chronology", to: familyRecordPaths.chronology(familyId) }] : []),
          { text: "Involvement", to: familyRecordPaths.involvement(familyId) },
        ]
      : []),
    ...(readsLog ? [{ text: "Who has looked at this record", to: familyRecordPaths.whoHasLooked(familyId) }] : []),
  ];
  return (
    <>
      <FamilyIdentity family={family} />
      <SubNavigation label="Family record" items={items} />
      <Outlet />
    </>
  );
}
