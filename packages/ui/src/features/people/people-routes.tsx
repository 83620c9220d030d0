import { can } from "@hearth/domain";
import { Link, Route } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import type { NavigationLink } from "../../auth/require-staff";
import { useStaff, type Staff } from "../../auth/use-staff";
import { AddPersonPage } from "./add-person-page";
import { BreakGlassLogPage } from "./break-glass-log-page";
import { BreakGlassPage } from "./break-glass-page";
import { FindFamilyPage } from "./find-family-page";
import { FindPersonPage } from "./find-person-page";
import { MaintainPeoplePage } from "./maintain-people-page";
import { MergeChoosePage } from "./merge-choose-page";
import { MergeReviewPage } from "./merge-review-page";
import { peoplePaths } from "./paths";
import { PersonAccessLogPage } from "./person-access-log-page";
import { PersonPage } from "./person-page";
import { SubjectAccessPage } from "./subject-access-page";
import { RestrictionStaffPage } from "./restriction-staff-page";

/**
 * The shared person-index screens, for any staff app to place inside its RequireStaff route:
 * `<Route element={<RequireStaff />}>{peopleRoutes()}</Route>`. A function, not a component,
 * because the router reads Route elements directly.
 */
export function peopleRoutes() {
  return (
    <>
      <Route element={<RequirePermission permission="people.search" />}>
        <Route path={peoplePaths.find} element={<FindPersonPage />} />
      </Route>
      <Route element={<RequirePermission permission="people.create" />}>
        <Route path={peoplePaths.add} element={<AddPersonPage />} />
      </Route>
      <Route element={<RequirePermission permission="people.maintain" />}>
        <Route path={peoplePaths.maintain} element={<MaintainPeoplePage />} />
      </Route>
      <Route element={<RequirePermission permission="people.merge" />}>
        <Route path={peoplePaths.mergeReview} element={<MergeReviewPage />} />
        <Route path="/people/:personId/merge" element={<MergeChoosePage />} />
      </Route>
      <Route element={<RequirePermission permission="people.read" />}>
        <Route path="/people/:personId" element={<PersonPage />} />
      </Route>
      <Route element={<RequirePermission permission="restrictions.manage" />}>
        <Route path="/people/:personId/restriction" element={<RestrictionStaffPage />} />
      </Route>
      <Route element={<RequirePermission permission="recordAccess.breakGlass" />}>
        <Route path="/people/:personId/break-glass" element={<BreakGlassPage />} />
        <Route path="/record-access/open/:handle" element={<BreakGlassPage />} />
      </Route>
      <Route element={<RequirePermission permission="recordAccess.breakGlassLog" />}>
        <Route path={peoplePaths.breakGlassLog} element={<BreakGlassLogPage />} />
      </Route>
      <Route element={<RequirePermission permission="records.accessLog" />}>
        <Route path="/people/:personId/access-log" element={<PersonAccessLogPage />} />
      </Route>
      <Route element={<RequirePermission permission="records.subjectAccess" />}>
        <Route path="/people/:personId/subject-access" element={<SubjectAccessPage />} />
      </Route>
      <Route element={<RequirePermission permission="families.search" />}>
        <Route path={peoplePaths.findFamily} element={<FindFamilyPage />} />
      </Route>
    </>
  );
}

/** Whether a role may use the person index at all; the server decides each request regardless. */
export function canUsePersonIndex(staff: Pick<Staff, "role">): boolean {
  return can(staff.role, "people.search");
}

/** The person-index sections of a staff app's navigation; RequireStaff shows each to those allowed. */
export const peopleNavigation: NavigationLink[] = [
  { text: "Find a person", to: peoplePaths.find, permission: "people.search" },
  { text: "Add a person", to: peoplePaths.add, permission: "people.create" },
  {
    text: "Out-of-area access",
    to: peoplePaths.breakGlassLog,
    permission: "recordAccess.breakGlassLog",
  },
  { text: "Find a family", to: peoplePaths.findFamily, permission: "families.search" },
  { text: "Duplicates and restrictions", to: peoplePaths.maintain, permission: "people.maintain" },
];

/** The person-index tasks, for an app's home page; nothing for roles that cannot use it. */
export function PeopleTasks() {
  const staff = useStaff();
  if (!canUsePersonIndex(staff)) return null;
  return (
    <>
      <h2 className="govuk-heading-m">People and families</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={peoplePaths.find}>
            Find a person
          </Link>{" "}
          by name, date of birth, postcode or an identifier
        </li>
        {can(staff.role, "families.search") && (
          <li>
            <Link className="govuk-link" to={peoplePaths.findFamily}>
              Find a family
            </Link>{" "}
            by its name, a member’s name or postcode
          </li>
        )}
        {can(staff.role, "people.create") && (
          <li>
            <Link className="govuk-link" to={peoplePaths.add}>
              Add a person
            </Link>{" "}
            who is not on Hearth yet
          </li>
        )}
      </ul>
    </>
  );
}
