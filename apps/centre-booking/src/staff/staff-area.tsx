import {
  allowedLinks,
  dashboardRoutes,
  NotFoundPage,
  RequirePermission,
  RequireStaff,
  ServiceProvider,
  StaffHomePage,
  useStaff,
  type NavigationLink,
} from "@hearth/ui";
import { Link, Outlet, Route, Routes } from "react-router";
import { CentreChoiceProvider } from "./centre-choice";
import { staffPaths } from "./paths";
import "./print.css";
import { CancelBookingPage } from "./cancel-booking-page";
import { CancelSessionPage } from "./cancel-session-page";
import { ClosuresPage } from "./closures-page";
import { EditSeriesPage } from "./edit-series-page";
import { EditSessionPage } from "./edit-session-page";
import { CheckFamilyPage, FamiliesToCheckPage } from "./families-to-check-page";
import { NewSeriesPage } from "./new-series-page";
import { MessagesPage } from "./messages-page";
import { NewSessionPage } from "./new-session-page";
import { ProgrammeSelfReferralPage } from "./programme-self-referral-page";
import { ReachPage } from "./reach-page";
import { RegisterPage } from "./register-page";
import { SessionsPage } from "./sessions-page";
import { TodayPage } from "./today-page";

// To the people who use it the staff area is a different service, so it carries its own name.
const staffService = { name: "Manage children's centre sessions", homePath: "/staff" };

/**
 * Each section names the permission its pages need, so each role is shown only what the server
 * will answer: administrators see Messages, data officers Reach, centre staff and managers all;
 * centre managers, data officers and administrators the Dashboards; centre staff and managers
 * record a family's self-referral to a group programme.
 */
const sections: NavigationLink[] = [
  { text: "Today", to: staffPaths.today, permission: "centreSessions.manage" },
  { text: "Sessions", to: staffPaths.sessions, permission: "centreSessions.manage" },
  { text: "Closures", to: staffPaths.closures, permission: "centreSessions.manage" },
  { text: "Reach", to: staffPaths.reach, permission: "reach.read" },
  { text: "Dashboards", to: staffPaths.dashboards, permission: "dashboards.read" },
  { text: "Messages", to: staffPaths.messages, permission: "notifications.read" },
  { text: "New families to check", to: staffPaths.familiesToCheck, permission: "familyMatches.check" },
  { text: "Refer a family to a group programme", to: staffPaths.programmeReferral, permission: "programmeRuns.refer" },
];
const navigation = [{ text: "Home", to: staffPaths.home }, ...sections];

function CentreTasks() {
  const staff = useStaff();
  return (
    <>
      <h2 className="govuk-heading-m">What you can do here</h2>
      <ul className="govuk-list">
        {allowedLinks(sections, staff).map((link) => (
          <li key={link.to}>
            <Link className="govuk-link" to={link.to}>
              {link.text}
            </Link>
          </li>
        ))}
      </ul>
    </>
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
        <Route element={<RequireStaff permission="centreStaffArea.use" navigation={navigation} />}>
          <Route
            index
            element={
              <StaffHomePage>
                <CentreTasks />
              </StaffHomePage>
            }
          />
          <Route element={<RequirePermission permission="centreSessions.manage" />}>
            <Route element={<CentrePages />}>
              <Route path="today" element={<TodayPage />} />
              <Route path="sessions" element={<SessionsPage />} />
              <Route path="sessions/new" element={<NewSessionPage />} />
              <Route path="sessions/new-series" element={<NewSeriesPage />} />
              <Route path="closures" element={<ClosuresPage />} />
            </Route>
            <Route path="sessions/:sessionId/register" element={<RegisterPage />} />
            <Route path="sessions/:sessionId/edit" element={<EditSessionPage />} />
            <Route path="sessions/:sessionId/edit-series" element={<EditSeriesPage />} />
            <Route path="sessions/:sessionId/cancel" element={<CancelSessionPage />} />
            <Route path="sessions/:sessionId/bookings/:bookingId/cancel" element={<CancelBookingPage />} />
          </Route>
          <Route element={<RequirePermission permission="reach.read" />}>
            <Route element={<CentrePages />}>
              <Route path="reach" element={<ReachPage />} />
            </Route>
          </Route>
          {dashboardRoutes("dashboards")}
          <Route element={<RequirePermission permission="notifications.read" />}>
            <Route path="messages" element={<MessagesPage />} />
          </Route>
          <Route element={<RequirePermission permission="familyMatches.check" />}>
            <Route path="families-to-check" element={<FamiliesToCheckPage />} />
            <Route path="families-to-check/:matchId" element={<CheckFamilyPage />} />
          </Route>
          <Route element={<RequirePermission permission="programmeRuns.refer" />}>
            <Route element={<CentrePages />}>
              <Route path="programme-referral" element={<ProgrammeSelfReferralPage />} />
            </Route>
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </ServiceProvider>
  );
}
