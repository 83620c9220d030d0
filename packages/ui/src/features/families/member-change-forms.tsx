import {
  familyMemberChangeSchema,
  familyMemberRemoveSchema,
  familyRelationshipChangeSchema,
  familyRoles,
  parentalResponsibilityBases,
  relationshipTypes,
  type FamilyMemberChange,
  type FamilyMemberRemove,
  type FamilyRelationshipChange,
} from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { Button } from "../../components/button";
import { Select } from "../../components/form/select";
import { Textarea } from "../../components/form/textarea";
import { useSchemaForm } from "../../forms/use-schema-form";
import { useTRPC } from "../../trpc/trpc";
import { familyRoleLabels, fullName } from "../people/paths";
import { ChangeForm } from "./change-form";
import type { FamilyRecord } from "./use-family-record";

type Member = FamilyRecord["members"][number];
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
  const form = useSchemaForm<{ role: string }, FamilyMemberChange>({
    schema: familyMemberChangeSchema,
    defaultValues: { role: member.role },
    toInput: (typed) => ({ familyId, personId: member.personId, ...typed }),
  });
  return (
    <ChangeForm
      title={`Change the role of ${fullName(member)}`}
      form={form}
      onSubmit={async (input) => {
        await change.mutateAsync(input);
        await done();
      }}
    >
      <Select label="Role in the family" options={familyRoleOptions} {...form.field("role")} />
      <Button disabled={change.isPending}>Save role</Button>
    </ChangeForm>
  );
}

export function ChangeRelationshipForm({ family, member, relative, done }: { family: FamilyRecord; member: Member; relative: Member; done: Done }) {
  const trpc = useTRPC();
  const change = useMutation(trpc.families.members.changeRelationship.mutationOptions());
  const recorded = family.relationships.find((r) => r.personId === member.personId && r.relativeId === relative.personId);
  const form = useSchemaForm<{ relationship: string; parentalResponsibility: string }, FamilyRelationshipChange>({
    schema: familyRelationshipChangeSchema,
    defaultValues: { relationship: recorded?.relationship ?? "parent", parentalResponsibility: recorded?.parentalResponsibility ?? "" },
    toInput: (typed) => ({
      familyId: family.id,
      personId: member.personId,
      relativeId: relative.personId,
      relationship: typed.relationship,
      parentalResponsibility: typed.parentalResponsibility || null,
    }),
  });
  return (
    <ChangeForm
      title={`Change how ${fullName(member)} is related to ${fullName(relative)}`}
      form={form}
      onSubmit={async (input) => {
        await change.mutateAsync(input);
        await done();
      }}
    >
      <Select label={`${member.firstName} is ${relative.firstName}’s`} options={relationshipOptions} {...form.field("relationship")} />
      <Select label="Parental responsibility" options={parentalResponsibilityOptions} {...form.field("parentalResponsibility")} />
      <Button disabled={change.isPending}>Save relationship</Button>
    </ChangeForm>
  );
}

/** Taking someone out of the family needs a reason, which the audit trail keeps with the removal. */
export function RemoveMemberForm({ familyId, member, done }: { familyId: string; member: Member; done: Done }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.families.members.remove.mutationOptions());
  const form = useSchemaForm<{ reason: string }, FamilyMemberRemove>({
    schema: familyMemberRemoveSchema,
    defaultValues: { reason: "" },
    toInput: (typed) => ({ familyId, personId: member.personId, ...typed }),
  });
  return (
    <ChangeForm
      title={`Remove ${fullName(member)} from the family`}
      form={form}
      onSubmit={async (input) => {
        await remove.mutateAsync(input);
        await done();
      }}
    >
      <p className="govuk-body">Their own record stays on Hearth; they are no longer shown as part of this family.</p>
      <Textarea label="Why are they no longer a member of the family?" {...form.field("reason")} />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={remove.isPending}>
        Remove from family
      </button>
    </ChangeForm>
  );
}
