import type { ReactNode } from "react";
import { usePageTitle, useService } from "../app/service";
import { staffPlace } from "../components/layout/account-bar";
import { SummaryList } from "../components/summary-list";
import { useStaff } from "./use-staff";

/** A staff app's start page: who is signed in and where they work, then the app's own links. */
export function StaffHomePage({ children }: { children?: ReactNode }) {
  const service = useService();
  const staff = useStaff();
  usePageTitle("Home");
  const placeKey = staff.centreName ? "Centre" : "Area";
  return (
    <>
      <h1 className="govuk-heading-l">{service.name}</h1>
      <p className="govuk-body-l">Welcome, {staff.displayName}.</p>
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
