import { PageLayout } from "@hearth/ui";
import { Outlet, useLocation } from "react-router";

// Families never see the staff side, apart from a way in for staff at the foot of the page.
const footerLinks = [{ text: "Staff sign in", href: "/centres/staff/" }];

/** The public booking site's pages: no account, no sign-in. */
export function PublicLayout() {
  const support = useLocation().pathname.startsWith("/support");
  const navigation = [
    { text: "Children and Family Centres", to: "/", current: !support },
    { text: "Find support near you", to: "/support", current: support },
  ];
  return (
    <PageLayout navigation={navigation} footerLinks={footerLinks}>
      <Outlet />
    </PageLayout>
  );
}
