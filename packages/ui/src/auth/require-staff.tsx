import { can, canAny, type Permission } from "@hearth/domain";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Outlet, useLocation } from "react-router";
import { useService } from "../app/service";
import { AccountBar } from "../components/layout/account-bar";
import type { NavigationItem } from "../components/layout/header";
import { PageLayout } from "../components/layout/page-layout";
import { NoAccessPage, ServiceProblemPage } from "../pages/problem-pages";
import { useTRPC } from "../trpc/trpc";
import { signedOutForInactivityAfter } from "./session-timeout";
import { SignInPage } from "./sign-in-page";
import { TimeoutWarning } from "./timeout-warning";
import { StaffContext, useSignOut, type Staff } from "./use-staff";

export interface NavigationLink {
  text: string;
  to: string;
  /** Shown only to roles holding this permission (or one of these), the one the page behind the link needs. */
  permission?: Permission | readonly Permission[];
}

/** The links this member of staff may follow: those with no permission, or one they hold. */
export function allowedLinks(links: NavigationLink[], staff: Pick<Staff, "role">): NavigationLink[] {
  return links.filter((link) => !link.permission || canAny(staff.role, typeof link.permission === "string" ? [link.permission] : link.permission));
}

/** Marks the one item the current page belongs to: the longest path that contains it. */
export function markCurrent(links: NavigationLink[], pathname: string): NavigationItem[] {
  const contains = (to: string) => pathname === to || pathname.startsWith(to.endsWith("/") ? to : `${to}/`);
  const best = links.filter((link) => contains(link.to)).sort((a, b) => b.to.length - a.to.length)[0];
  return links.map((link) => ({ text: link.text, to: link.to, current: link === best }));
}

function StaffLayout({ staff, navigation, children }: { staff: Staff; navigation?: NavigationItem[]; children: ReactNode }) {
  const signOut = useSignOut();
  return (
    <StaffContext value={staff}>
      <PageLayout navigation={navigation} account={<AccountBar staff={staff} onSignOut={() => signOut.mutate()} signingOut={signOut.isPending} />}>
        {children}
      </PageLayout>
      <TimeoutWarning idleSeconds={staff.sessionIdleSeconds} />
    </StaffContext>
  );
}

/**
 * The gate in front of every staff page: asks the API who is signed in and shows the sign-in form
 * in place of the page when nobody is. The server checks every call regardless; this only decides
 * what to draw. `permission` (from @hearth/domain's map, which the server also reads) keeps staff
 * of other services out of an app that is not theirs.
 */
export function RequireStaff({
  permission,
  navigation = [],
}: {
  permission?: Permission;
  /** The service's sections, each shown only to those holding its permission. */
  navigation?: NavigationLink[] | ((staff: Staff) => NavigationLink[]);
}) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const { pathname } = useLocation();
  const service = useService();

  if (me.isPending)
    return (
      <PageLayout>
        <p className="govuk-body" role="status">
          Loading…
        </p>
      </PageLayout>
    );
  if (me.isError)
    return (
      <PageLayout>
        <ServiceProblemPage />
      </PageLayout>
    );
  if (!me.data)
    return (
      <PageLayout>
        <SignInPage signedOutAfterMinutes={signedOutForInactivityAfter()} />
      </PageLayout>
    );
  const staff = me.data;
  if (permission && !can(staff.role, permission))
    return (
      <StaffLayout staff={staff}>
        <NoAccessPage
          reason={`Accounts with the ${staff.roleLabel} role cannot use ${service.name}. Sign out, then sign in with an account for this service.`}
        />
      </StaffLayout>
    );
  return (
    <StaffLayout
      staff={staff}
      navigation={markCurrent(allowedLinks(typeof navigation === "function" ? navigation(staff) : navigation, staff), pathname)}
    >
      <Outlet />
    </StaffLayout>
  );
}
