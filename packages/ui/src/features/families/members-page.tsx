import { consentPurposeLabels, familyRoles, parentalResponsibilityBases, relationshipTypes } from "@hearth/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { Button } from "../../components/button";
import { Select } from "../../components/form/select";
import { SummaryList } from "../../components/summary-list";
import { formatUkDate } from "../../format/dates";
import { useTRPC } from "../../trpc/trpc";
import { familyRoleLabels, fullName, peoplePaths } from "../people/paths";
import { ChangeErrors, ChangeForm } from "./change-form";
import { memberWithAge } from "./identity";
import { familyRecordPaths } from "./paths";
import { useFamilyRecord, type FamilyRecord } from "./use-family-record";

type Member = FamilyRecord["members"][number];
type FamilyRole = (typeof familyRoles)[number];
const words = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).replaceAll("_", " ");

/**
 * Each member: their role, how they relate to the others and who holds parental responsibility,
 * contact details and consent. "Change" opens the change in place (named in the query string, so
 * the back button closes it); the server audits each change with what it was before.
 */
export function FamilyMembersPage() {
  const { familyId, record, refresh } = useFamilyRecord();
  const [params, setParams] = useSearchParams();
  if (!record.data) return null;
  const family = record.data;
  const changing = params.get("change");
  const close = () => refresh().then(() => setParams({}));
  const changeLink = (what: string) => `${familyRecordPaths.members(familyId)}?change=${what}`;
  return (
    <>
      <h1 className="govuk-heading-l">Members</h1>
      {family.members.map((member) => (
        <section key={member.personId} className="govuk-summary-card">
          <div className="govuk-summary-card__title-wrapper">
            <h2 className="govuk-summary-card__title">{memberWithAge(member)}</h2>
          </div>
          <div className="govuk-summary-card__content">
            <SummaryList
              rows={[
                { key: "Role", value: familyRoleLabels[member.role] ?? member.role, action: { to: changeLink(`role-${member.personId}`), text: "Change", visuallyHiddenText: `role of ${fullName(member)}` } },
                { key: "Date of birth", value: formatUkDate(member.dateOfBirth) },
                ...relationshipRows(family, member, changeLink),
                { key: "Contact details", value: contactText(family, member.personId) },
                { key: "Consent", value: <ConsentList family={family} personId={member.personId} /> },
              ]}
            />
            {changing === `role-${member.personId}` && <ChangeRoleForm familyId={familyId} member={member} done={close} />}
            {family.members
              .filter((other) => changing === `relationship-${member.personId}-${other.personId}`)
              .map((other) => (
                <ChangeRelationshipForm key={other.personId} family={family} member={member} relative={other} done={close} />
              ))}
            <p className="govuk-body">
              <Link className="govuk-link" to={peoplePaths.person(member.personId)}>
                Change personal details<span className="govuk-visually-hidden"> of {fullName(member)}</span>
              </Link>
            </p>
            <RemoveMember familyId={familyId} member={member} done={close} />
          </div>
        </section>
      ))}
    </>
  );
}

/** How this member relates to each other member, with a Change link for each pair. */
function relationshipRows(family: FamilyRecord, member: Member, changeLink: (what: string) => string) {
  return family.members
    .filter((other) => other.personId !== member.personId)
    .map((other) => {
      const recorded = family.relationships.find((r) => r.personId === member.personId && r.relativeId === other.personId);
      const pr = recorded?.parentalResponsibility ? `, holds parental responsibility (${words(recorded.parentalResponsibility)})` : "";
      return {
        key: `Relationship to ${other.firstName}`,
        value: recorded ? `${words(recorded.relationship)}${pr}` : "Not recorded",
        action: { to: changeLink(`relationship-${member.personId}-${other.personId}`), text: "Change", visuallyHiddenText: `relationship of ${fullName(member)} to ${fullName(other)}` },
      };
    });
}

function contactText(family: FamilyRecord, personId: string) {
  const contact = family.contacts.find((c) => c.personId === personId);
  if (!contact) return "Not recorded";
  return [contact.mobilePhone, contact.otherPhone, contact.email, contact.address && `${contact.address.line1}, ${contact.address.town} ${contact.address.postcode}`]
    .filter(Boolean)
    .join("; ") || "Not recorded";
}

function ConsentList({ family, personId }: { family: FamilyRecord; personId: string }) {
  const consents = family.consents.filter((c) => c.personId === personId);
  if (!consents.length) return <>None recorded</>;
  return (
    <ul className="govuk-list">
      {consents.map((c) => (
        <li key={c.id}>
          {consentPurposeLabels[c.purpose]}: given {formatUkDate(c.givenOn)}
          {c.withdrawnOn ? `, withdrawn ${formatUkDate(c.withdrawnOn)}` : ""}
        </li>
      ))}
    </ul>
  );
}

function ChangeRoleForm({ familyId, member, done }: { familyId: string; member: Member; done: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const change = useMutation(trpc.families.members.change.mutationOptions());
  const [role, setRole] = useState<FamilyRole>(member.role);
  return (
    <ChangeForm title={`Change the role of ${fullName(member)}`} onSubmit={() => change.mutate({ familyId, personId: member.personId, role }, { onSuccess: () => void done() })}>
      <ChangeErrors error={change.error} />
      <Select name="role" label="Role in the family" value={role} onChange={(e) => setRole(e.target.value as FamilyRole)} options={familyRoles.map((r) => ({ value: r, text: familyRoleLabels[r] ?? r }))} />
      <Button disabled={change.isPending}>Save role</Button>
    </ChangeForm>
  );
}

function ChangeRelationshipForm({ family, member, relative, done }: { family: FamilyRecord; member: Member; relative: Member; done: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const change = useMutation(trpc.families.members.changeRelationship.mutationOptions());
  const recorded = family.relationships.find((r) => r.personId === member.personId && r.relativeId === relative.personId);
  const [relationship, setRelationship] = useState<string>(recorded?.relationship ?? "parent");
  const [pr, setPr] = useState<string>(recorded?.parentalResponsibility ?? "");
  const submit = () =>
    change.mutate(
      { familyId: family.id, personId: member.personId, relativeId: relative.personId, relationship: relationship as (typeof relationshipTypes)[number], parentalResponsibility: (pr || null) as (typeof parentalResponsibilityBases)[number] | null },
      { onSuccess: () => void done() },
    );
  return (
    <ChangeForm title={`Change how ${fullName(member)} is related to ${fullName(relative)}`} onSubmit={submit}>
      <ChangeErrors error={change.error} />
      <Select name="relationship" label={`${member.firstName} is ${relative.firstName}’s`} value={relationship} onChange={(e) => setRelationship(e.target.value)} options={relationshipTypes.map((r) => ({ value: r, text: words(r) }))} />
      <Select
        name="parentalResponsibility"
        label="Parental responsibility"
        value={pr}
        onChange={(e) => setPr(e.target.value)}
        options={[{ value: "", text: "Does not hold parental responsibility" }, ...parentalResponsibilityBases.map((b) => ({ value: b, text: `Holds it: ${words(b)}` }))]}
      />
      <Button disabled={change.isPending}>Save relationship</Button>
    </ChangeForm>
  );
}

function RemoveMember({ familyId, member, done }: { familyId: string; member: Member; done: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.families.members.remove.mutationOptions());
  return (
    <>
      <ChangeErrors error={remove.error} />
      <button
        type="button"
        className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
        disabled={remove.isPending}
        onClick={() => remove.mutate({ familyId, personId: member.personId }, { onSuccess: () => void done() })}
      >
        Remove from family<span className="govuk-visually-hidden"> {fullName(member)}</span>
      </button>
    </>
  );
}
