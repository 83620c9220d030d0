import { personIndexReaders } from "@hearth/domain";
import { Link, Route } from "react-router";
import { useStaff } from "../../auth/use-staff";
import { AddPersonPage } from "./add-person-page";
import { FamilyPage } from "./family-page";
import { FindPersonPage } from "./find-person-page";
import { peoplePaths } from "./paths";
import { PersonPage } from "./person-page";

/**
 * The shared person-index screens, for any staff app to place inside its RequireStaff route:
 * `<Route element={<RequireStaff />}>{peopleRoutes()}</Route>`. A function, not a component,
 * because the router reads Route elements directly.
 */
export function peopleRoutes() {
  return (
    <>
      <Route path={peoplePaths.find} element={<FindPersonPage />} />
      <Route path={peoplePaths.add} element={<AddPersonPage />} />
      <Route path="/people/:personId" element={<PersonPage />} />
      <Route path="/families/:familyId" element={<FamilyPage />} />
    </>
  );
}

/** Whether a role may use the person index at all; the server decides each request regardless. */
export function canUsePersonIndex(staff: { role: string }): boolean {
  return personIndexReaders.some((role) => role === staff.role);
}

/** The person-index sections of a staff app's navigation, for those allowed to use them. */
export function peopleNavigation(staff: { role: string }) {
  if (!canUsePersonIndex(staff)) return [];
  return [
    { text: "Find a person", to: peoplePaths.find },
    { text: "Add a person", to: peoplePaths.add },
  ];
}

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
          by name, date of birth or postcode
        </li>
        <li>
          <Link className="govuk-link" to={peoplePaths.add}>
            Add a person
          </Link>{" "}
          who is not on Hearth yet
        </li>
      </ul>
    </>
  );
}
