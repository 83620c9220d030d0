import { can } from "@hearth/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import { usePageTitle } from "../../app/service";
import { Button } from "../../components/button";
import { BackLink } from "../../components/content";
import { useStaff } from "../../auth/use-staff";
import { useTRPC } from "../../trpc/trpc";
import { peoplePaths } from "./paths";

/**
 * What everyone not named on a restricted record sees instead of it: that it is restricted and
 * whom to contact, nothing about the person. Managers of the area may lift the restriction.
 */
export function RestrictedRecordPanel({ personId, contact }: { personId: string; contact: string }) {
  usePageTitle("Restricted record");
  return (
    <>
      <BackLink to={peoplePaths.find}>Find a person</BackLink>
      <h1 className="govuk-heading-l">Restricted record</h1>
      <div className="govuk-inset-text">Restricted record: contact {contact}</div>
      <p className="govuk-body">Only staff named on this record can open it. Ask the contact above if you need it for your work.</p>
      <ManageRestrictionLink personId={personId} />
      <LiftRestriction personId={personId} />
    </>
  );
}

/** The page naming who may open the record, for those who manage restrictions. */
function ManageRestrictionLink({ personId }: { personId: string }) {
  const staff = useStaff();
  if (!can(staff.role, "restrictions.manage")) return null;
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={peoplePaths.restriction(personId)}>
        Choose who may open this record
      </Link>
    </p>
  );
}

/** Lifting a restriction, for the area's managers and data officers; nothing for anyone else. */
export function LiftRestriction({ personId }: { personId: string }) {
  const staff = useStaff();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const lift = useMutation(
    trpc.restrictions.lift.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.people.get.queryKey({ personId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.restrictions.get.queryKey({ personId }) }),
        ]),
    }),
  );
  if (!can(staff.role, "restrictions.manage")) return null;
  return (
    <Button type="button" variant="warning" disabled={lift.isPending} onClick={() => lift.mutate({ personId })}>
      Lift the restriction
    </Button>
  );
}
