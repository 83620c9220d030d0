import { NotFoundPage, RequireStaff, ServiceProvider, StaffHomePage } from "@hearth/ui";
import { Link, Outlet, Route, Routes } from "react-router";
import { CentreChoiceProvider } from "./centre-choice";
import { staffPaths } from "./paths";
import "./print.css";
import { CancelBookingPage } from "./cancel-booking-page";
import { CancelSessionPage } from "./cancel-session-page";
import { ClosuresPage } from "./closures-page";
import { EditSeriesPage } from "./edit-series-page";
import { EditSessionPage } from "./edit-session-page";
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
  { text: "Closures", to: staffPaths.closures },
  { text: "Reach", to: staffPaths.reach },
  { text: "Messages", to: staffPaths.messages },
];

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
        <Route element={<RequireStaff roles={CENTRE_ROLES} navigation={navigation} />}>
          <Route
            index
            element={
              <StaffHomePage>
                <h2 className="govuk-heading-m">Run your sessions</h2>
                <ul className="govuk-list">
                  {navigation.slice(1).map((link) => (
                    <li key={link.to}>
                      <Link className="govuk-link" to={link.to}>
                        {link.text}
                      </Link>
                    </li>
                  ))}
                </ul>
              </StaffHomePage>
            }
          />
          <Route element={<CentrePages />}>
            <Route path="today" element={<TodayPage />} />
            <Route path="sessions" element={<SessionsPage />} />
            <Route path="sessions/new" element={<NewSessionPage />} />
            <Route path="sessions/new-series" element={<NewSeriesPage />} />
            <Route path="closures" element={<ClosuresPage />} />
            <Route path="reach" element={<ReachPage />} />
          </Route>
          <Route path="sessions/:sessionId/register" element={<RegisterPage />} />
          <Route path="sessions/:sessionId/edit" element={<EditSessionPage />} />
          <Route path="sessions/:sessionId/edit-series" element={<EditSeriesPage />} />
          <Route path="sessions/:sessionId/cancel" element={<CancelSessionPage />} />
          <Route path="sessions/:sessionId/bookings/:bookingId/cancel" element={<CancelBookingPage />} />
          <Route path="messages" element={<MessagesPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </ServiceProvider>
  );
}
