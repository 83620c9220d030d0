import { Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import { AddFamilyMemberPage } from "./add-member-page";
import { FamilyChronologyPage } from "./chronology";
import { FamilyInvolvementPage } from "./involvement-page";
import { FamilyMembersPage } from "./members-page";
import { FamilyOverviewPage } from "./overview-page";
import { FamilyRecordLayout } from "./record-layout";
import { FamilyWhoHasLookedPage } from "./who-has-looked-page";

/**
 * The family record's pages, shared by LCSS and FSS: place inside the app's RequireStaff route.
 * The layout draws the identity bar and sub-navigation; each page then checks its own permission.
 */
export function familyRecordRoutes() {
  return (
    <Route path="/families/:familyId" element={<FamilyRecordLayout />}>
      <Route element={<RequirePermission permission="families.read" />}>
        <Route index element={<FamilyOverviewPage />} />
        <Route path="members" element={<FamilyMembersPage />} />
        <Route path="members/add" element={<AddFamilyMemberPage />} />
        <Route path="involvement" element={<FamilyInvolvementPage />} />
      </Route>
      <Route element={<RequirePermission permission="chronology.read" />}>
        <Route path="chronology" element={<FamilyChronologyPage />} />
      </Route>
      <Route element={<RequirePermission permission="families.accessLog" />}>
        <Route path="who-has-looked" element={<FamilyWhoHasLookedPage />} />
      </Route>
    </Route>
  );
}
