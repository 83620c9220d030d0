import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { usePageTitle } from "../../app/service";
import { BackLink } from "../../components/content";
import { SummaryList } from "../../components/summary-list";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { AccountActions } from "./account-actions";
import { ChangePlacementForm } from "./change-placement-form";
import { OpenWork } from "./open-work";
import { staffAccountPaths } from "./paths";
import { StaffStatus, workplaceOf } from "./staff-list-page";

/** One account: who they are, where they work, what they hold; change, deactivate, send a new link. */
export function StaffAccountPage() {
  const { staffId = "" } = useParams();
  const trpc = useTRPC();
  const page = useQuery(trpc.staff.get.queryOptions({ staffId }));
  usePageTitle(page.data ? page.data.account.displayName : "Staff account");
  if (page.isPending) return <p className="govuk-body">Loading…</p>;
  if (page.isError) return <LoadProblem error={page.error} what="the staff account" />;
  const { account, openWork } = page.data;
  return (
    <>
      <BackLink to={staffAccountPaths.list}>Back to staff accounts</BackLink>
      <h1 className="govuk-heading-l">{account.displayName}</h1>
      <SummaryList
        rows={[
          { key: "Email", value: account.email },
          { key: "Role", value: account.roleLabel },
          { key: "Works in", value: workplaceOf(account) },
          { key: "Status", value: <StaffStatus account={account} /> },
        ]}
      />
      <OpenWork openWork={openWork} active={account.active} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ChangePlacementForm account={account} />
          <AccountActions account={account} />
        </div>
      </div>
    </>
  );
}
