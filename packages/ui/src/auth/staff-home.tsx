import { can } from "@hearth/domain";
import type { ReactNode } from "react";
import { usePageTitle, useService } from "../app/service";
import { staffPlace } from "../components/layout/account-bar";
import { SummaryList } from "../components/summary-list";
import { MyWorkList } from "../features/my-work/my-work-list";
import { useStaff } from "./use-staff";

/**
 * A staff app's start page: what is due for the person signed in (issue 10 §4), who they are and
 * where they work, then the app's own links. `familyLinks` where the app has the family pages.
 */
export function StaffHomePage({ children, familyLinks }: { children?: ReactNode; familyLinks?: boolean }) {
  const service = useService();
  const staff = useStaff();
  usePageTitle("Home");
  const placeKey = staff.centreName ? "Centre" : "Area";
  return (
    <>
      <h1 className="govuk-heading-l">{service.name}</h1>
      <p className="govuk-body-l">Welcome, {staff.displayName}.</p>
      {can(staff.role, "myWork.read") && <MyWorkList familyLinks={familyLinks} />}
      <h2 className="govuk-heading-m">Your account</h2>
      <SummaryList
        rows={[
          { key: "Name", value: staff.displayName },
          { key: "Email address", value: staff.email },
          { key: "Role", value: staff.roleLabel },
          { key: placeKey, value: staffPlace(staff) },
          ...(staff.centreName && staff.areaName ? [{ key: "Area", value: staff.areaName }] : []),
        ]}
      />
      {children}
    </>
  );
}
