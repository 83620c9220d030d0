import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { usePageTitle } from "../../app/service";
import { ButtonLink } from "../../components/button";
import { Tag } from "../../components/content";
import { Table } from "../../components/table";
import { LoadProblem } from "../../pages/problem-pages";
import { useTRPC } from "../../trpc/trpc";
import { staffAccountPaths } from "./paths";

/** Where someone works, in words: their area, their centre, or the county. */
export function workplaceOf(account: { areaName: string | null; centreName: string | null }) {
  return account.centreName ?? account.areaName ?? "County-wide";
}

export function StaffStatus({ account }: { account: { active: boolean; hasPassword: boolean } }) {
  if (!account.active) return <Tag colour="grey">Deactivated</Tag>;
  if (!account.hasPassword) return <Tag colour="blue">Invited</Tag>;
  return <Tag colour="green">Active</Tag>;
}

/** Every staff account, for administrators: who works where, and who has not yet set a password. */
export function StaffListPage() {
  const trpc = useTRPC();
  const staff = useQuery(trpc.staff.list.queryOptions({ status: "all" }));
  usePageTitle("Staff accounts");
  return (
    <>
      <h1 className="govuk-heading-l">Staff accounts</h1>
      <ButtonLink to={staffAccountPaths.invite}>Invite a member of staff</ButtonLink>
      {staff.isPending && <p className="govuk-body">Loading…</p>}
      {staff.isError && <LoadProblem error={staff.error} what="the staff accounts" />}
      {staff.data && (
        <Table
          caption="Staff accounts"
          rows={staff.data}
          rowKey={(s) => s.id}
          columns={[
            {
              header: "Name",
              cell: (s) => (
                <Link className="govuk-link" to={staffAccountPaths.account(s.id)}>
                  {s.displayName}
                </Link>
              ),
              sortValue: (s) => s.displayName,
            },
            { header: "Email", cell: (s) => s.email, sortValue: (s) => s.email },
            { header: "Role", cell: (s) => s.roleLabel, sortValue: (s) => s.roleLabel },
            { header: "Works in", cell: workplaceOf, sortValue: workplaceOf },
            { header: "Status", cell: (s) => <StaffStatus account={s} /> },
          ]}
        />
      )}
    </>
  );
}
