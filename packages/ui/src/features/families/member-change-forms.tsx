import { familyRoles, parentalResponsibilityBases, relationshipTypes } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "../../components/button";
import { Select } from "../../components/form/select";
import { Textarea } from "../../components/form/textarea";
import { serverFieldErrors } from "../../forms/server-errors";
import { useTRPC } from "../../trpc/trpc";
import { familyRoleLabels, fullName } from "../people/paths";
import { ChangeErrors, ChangeForm } from "./change-form";
import type { FamilyRecord } from "./use-family-record";

type Member = FamilyRecord["members"][number];
type FamilyRole = (typeof familyRoles)[number];
type Done = () => Promise<unknown>;

/** "birth_mother" → "Birth mother": the codes' own words, for relationships and their bases. */
export const relationshipWords = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).replaceAll("_", " ");

/** The choices of relationship and of parental responsibility, shared by the change and add forms. */
export const relationshipOptions = relationshipTypes.map((r) => ({ value: r, text: relationshipWords(r) }));
export const parentalResponsibilityOptions = [
  { value: "", text: "Does not hold parental responsibility" },
  ...parentalResponsibilityBases.map((b) => ({ value: b, text: `Holds it: ${relationshipWords(b)}` })),
];
export const familyRoleOptions = familyRoles.map((r) => ({ value: r, text: familyRoleLabels[r] ?? r }));

export function ChangeRoleForm({ familyId, member, done }: { familyId: string; member: Member; done: Done }) {
  const trpc = useTRPC();
  const change = useMutation(trpc.families.members.change.mutationOptions());
  const [role, setRole] = useState<FamilyRole>(member.role);
  return (
    <ChangeForm
      title={`Change the role of ${fullName(member)}`}
      onSubmit={() => change.mutate({ familyId, personId: member.personId, role }, { onSuccess: () => void done() })}
    >
      <ChangeErrors error={change.error} />
      <Select
        name="role"
        label="Role in the family"
        value={role}
        onChange={(e) => setRole(e.target.value as FamilyRole)}
        options={familyRoleOptions}
      />
      <Button disabled={change.isPending}>Save role</Button>
    </ChangeForm>
  );
}

export function ChangeRelationshipForm({ family, member, relative, done }: { family: FamilyRecord; member: Member; relative: Member; done: Done }) {
  const trpc = useTRPC();
  const change = useMutation(trpc.families.members.changeRelationship.mutationOptions());
  const recorded = family.relationships.find((r) => r.personId === member.personId && r.relativeId === relative.personId);
  const [relationship, setRelationship] = useState<string>(recorded?.relationship ?? "parent");
  const [pr, setPr] = useState<string>(recorded?.parentalResponsibility ?? "");
  const submit = () =>
    change.mutate(
      {
        familyId: family.id,
        personId: member.personId,
        relativeId: relative.personId,
        relationship: relationship as (typeof relationshipTypes)[number],
        parentalResponsibility: (pr || null) as (typeof parentalResponsibilityBases)[number] | null,
      },
      { onSuccess: () => void done() },
    );
  const errors = serverFieldErrors(change.error);
  return (
    <ChangeForm title={`Change how ${fullName(member)} is related to ${fullName(relative)}`} onSubmit={submit}>
      <ChangeErrors error={change.error} />
      <Select
        name="relationship"
        label={`${member.firstName} is ${relative.firstName}’s`}
        value={relationship}
        onChange={(e) => setRelationship(e.target.value)}
        options={relationshipOptions}
        error={errors.relationship}
      />
      <Select
        name="parentalResponsibility"
        label="Parental responsibility"
        value={pr}
        onChange={(e) => setPr(e.target.value)}
        options={parentalResponsibilityOptions}
        error={errors.parentalResponsibility}
      />
      <Button disabled={change.isPending}>Save relationship</Button>
    </ChangeForm>
  );
}

/** Taking someone out of the family needs a reason, which the audit trail keeps with the removal. */
export function RemoveMemberForm({ familyId, member, done }: { familyId: string; member: Member; done: Done }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.families.members.remove.mutationOptions());
  const [reason, setReason] = useState("");
  return (
    <ChangeForm
      title={`Remove ${fullName(member)} from the family`}
      onSubmit={() => remove.mutate({ familyId, personId: member.personId, reason }, { onSuccess: () => void done() })}
    >
      <ChangeErrors error={remove.error} />
      <p className="govuk-body">Their own record stays on Hearth; they are no longer shown as part of this family.</p>
      <Textarea
        name="reason"
        label="Why are they no longer a member of the family?"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={serverFieldErrors(remove.error).reason}
      />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={remove.isPending}>
        Remove from family
      </button>
    </ChangeForm>
  );
}
