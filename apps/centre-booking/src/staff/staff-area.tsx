import { familyMatchCheckers } from "@hearth/domain";
import { NotFoundPage, RequireStaff, ServiceProvider, StaffHomePage, useStaff, type Staff } from "@hearth/ui";
import { Link, Outlet, Route, Routes } from "react-router";
import { CentreChoiceProvider } from "./centre-choice";
import { staffPaths } from "./paths";
import "./print.css";
import { CancelSessionPage } from "./cancel-session-page";
import { EditSeriesPage } from "./edit-series-page";
import { EditSessionPage } from "./edit-session-page";
import { CheckFamilyPage, FamiliesToCheckPage } from "./families-to-check-page";
import { NewSeriesPage } from "./new-series-page";
import { MessagesPage } from "./messages-page";
import { NewSessionPage } from "./new-session-page";
import { ReachPage } from "./reach-page";
import { RegisterPage } from "./register-page";
import { SessionsPage } from "./sessions-page";
import { TodayPage } from "./today-page";

// Staff at a centre, managers of an area's centres, and administrators.
const CENTRE_ROLES = ["centre_staff", "centre_manager", "admin"] as const;

// To the people who use it the staff area is a different service, so it carries its own name.
const staffService = { name: "Manage children's centre sessions", homePath: "/staff" };

const navigation = [
  { text: "Home", to: staffPaths.home },
  { text: "Today", to: staffPaths.today },
  { text: "Sessions", to: staffPaths.sessions },
  { text: "Reach", to: staffPaths.reach },
  { text: "Messages", to: staffPaths.messages },
];

/** Checking new families is for the roles the API lets do it (administrators do not). */
const navigationFor = (staff: Staff) =>
  (familyMatchCheckers as readonly string[]).includes(staff.role)
    ? [...navigation, { text: "New families to check", to: staffPaths.familiesToCheck }]
    : navigation;

/** The home page's list of what staff can do: the navigation after "Home". */
function HomeLinks() {
  return (
    <ul className="govuk-list">
      {navigationFor(useStaff())
        .slice(1)
        .map((link) => (
          <li key={link.to}>
            <Link className="govuk-link" to={link.to}>
              {link.text}
            </Link>
          </li>
        ))}
    </ul>
  );
}

/** The pages that act for a centre, below the choice of centre they act for. */
function CentrePages() {
  return (
    <CentreChoiceProvider>
      <Outlet />
    </CentreChoiceProvider>
  );
}

/** Everything under /centres/staff/: loaded only when staff go there, to keep the public pages light on phones. */
export default function StaffArea() {
  return (
    <ServiceProvider service={staffService}>
      <Routes>
        <Route element={<RequireStaff roles={CENTRE_ROLES} navigation={navigationFor} />}>
          <Route
            index
            element={
              <StaffHomePage>
                <h2 className="govuk-heading-m">Run your sessions</h2>
                <HomeLinks />
              </StaffHomePage>
            }
          />
          <Route element={<CentrePages />}>
            <Route path="today" element={<TodayPage />} />
            <Route path="sessions" element={<SessionsPage />} />
            <Route path="sessions/new" element={<NewSessionPage />} />
            <Route path="sessions/new-series" element={<NewSeriesPage />} />
            <Route path="reach" element={<ReachPage />} />
          </Route>
          <Route path="sessions/:sessionId/register" element={<RegisterPage />} />
          <Route path="sessions/:sessionId/edit" element={<EditSessionPage />} />
          <Route path="sessions/:sessionId/edit-series" element={<EditSeriesPage />} />
          <Route path="sessions/:sessionId/cancel" element={<CancelSessionPage />} />
          <Route path="messages" element={<MessagesPage />} />
          <Route path="families-to-check" element={<FamiliesToCheckPage />} />
          <Route path="families-to-check/:matchId" element={<CheckFamilyPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </ServiceProvider>
  );
}
