import { PageLayout } from "@hearth/ui";
import { Outlet } from "react-router";

// Families never see the staff side, apart from a way in for staff at the foot of the page.
const footerLinks = [{ text: "Staff sign in", href: "/centres/staff/" }];

/** The public booking site's pages: no account, no sign-in. */
export function PublicLayout() {
  return (
    <PageLayout navigation={[{ text: "Children and Family Centres", to: "/", current: true }]} footerLinks={footerLinks}>
      <Outlet />
    </PageLayout>
  );
}
