import { consentPurposeLabels } from "@hearth/domain";
import { Link, useSearchParams } from "react-router";
import { SummaryList } from "../../components/summary-list";
import { formatUkDate } from "../../format/dates";
import { familyRoleLabels, fullName, peoplePaths } from "../people/paths";
import { ChangeRelationshipForm, ChangeRoleForm, RemoveMemberForm, relationshipWords } from "./member-change-forms";
import { GiveConsentForm, WithdrawConsentForm } from "./member-consent-forms";
import { MemberContactForm } from "./member-contact-form";
import { memberWithAge } from "./identity";
import { familyRecordPaths } from "./paths";
import { useFamilyRecord, type FamilyRecord } from "./use-family-record";

type Member = FamilyRecord["members"][number];
type ChangeLink = (what: string) => string;

/**
 * Each member: their role, how they relate to the others and who holds parental responsibility,
 * contact details and consent. "Change" opens the change in place (named in the query string by
 * ids only, so the back button closes it); the server audits each change with what it was before.
 */
export function FamilyMembersPage() {
  const { familyId, record, refresh } = useFamilyRecord();
  const [params, setParams] = useSearchParams();
  if (!record.data) return null;
  const family = record.data;
  const changing = params.get("change") ?? "";
  const close = () => refresh().then(() => setParams({}));
  const changeLink: ChangeLink = (what) => `${familyRecordPaths.members(familyId)}?change=${what}`;
  return (
    <>
      <h1 className="govuk-heading-l">Members</h1>
      <p className="govuk-body">
        <Link className="govuk-button govuk-button--secondary" to={familyRecordPaths.addMember(familyId)}>
          Add a member
        </Link>
      </p>
      {family.members.map((member) => (
        <section key={member.personId} className="govuk-summary-card" aria-label={fullName(member)}>
          <div className="govuk-summary-card__title-wrapper">
            <h2 className="govuk-summary-card__title">{memberWithAge(member)}</h2>
            <ul className="govuk-summary-card__actions">
              <li className="govuk-summary-card__action">
                <Link className="govuk-link" to={changeLink(`remove-${member.personId}`)}>
                  Remove from family<span className="govuk-visually-hidden"> {fullName(member)}</span>
                </Link>
              </li>
            </ul>
          </div>
          <div className="govuk-summary-card__content">
            <SummaryList
              rows={[
                {
                  key: "Role",
                  value: familyRoleLabels[member.role] ?? member.role,
                  action: { to: changeLink(`role-${member.personId}`), text: "Change", visuallyHiddenText: `role of ${fullName(member)}` },
                },
                { key: "Date of birth", value: formatUkDate(member.dateOfBirth) },
                ...relationshipRows(family, member, changeLink),
                {
                  key: "Contact details",
                  value: contactText(family, member.personId),
                  action: {
                    to: changeLink(`contact-${member.personId}`),
                    text: "Change",
                    visuallyHiddenText: `contact details of ${fullName(member)}`,
                  },
                },
                {
                  key: "Consent",
                  value: <ConsentList family={family} personId={member.personId} changeLink={changeLink} />,
                  action: { to: changeLink(`consent-${member.personId}`), text: "Add", visuallyHiddenText: `consent for ${fullName(member)}` },
                },
              ]}
            />
            <ChangeInPlace family={family} member={member} changing={changing} done={close} />
            <p className="govuk-body">
              <Link className="govuk-link" to={peoplePaths.person(member.personId)}>
                Change personal details<span className="govuk-visually-hidden"> of {fullName(member)}</span>
              </Link>
            </p>
          </div>
        </section>
      ))}
    </>
  );
}

/** The one change open on this member's card, if any, named by the query string. */
function ChangeInPlace({ family, member, changing, done }: { family: FamilyRecord; member: Member; changing: string; done: () => Promise<unknown> }) {
  const id = member.personId;
  if (changing === `role-${id}`) return <ChangeRoleForm familyId={family.id} member={member} done={done} />;
  if (changing === `remove-${id}`) return <RemoveMemberForm familyId={family.id} member={member} done={done} />;
  if (changing === `contact-${id}`)
    return <MemberContactForm familyId={family.id} member={member} current={family.contacts.find((c) => c.personId === id) ?? null} done={done} />;
  if (changing === `consent-${id}`) return <GiveConsentForm family={family} member={member} done={done} />;
  const consent = family.consents.find((c) => c.personId === id && changing === `withdraw-${c.id}`);
  if (consent) return <WithdrawConsentForm familyId={family.id} member={member} consent={consent} done={done} />;
  const relative = family.members.find((other) => changing === `relationship-${id}-${other.personId}`);
  if (relative) return <ChangeRelationshipForm family={family} member={member} relative={relative} done={done} />;
  return null;
}

/** How this member relates to each other member, with a Change link for each pair. */
function relationshipRows(family: FamilyRecord, member: Member, changeLink: ChangeLink) {
  return family.members
    .filter((other) => other.personId !== member.personId)
    .map((other) => {
      const recorded = family.relationships.find((r) => r.personId === member.personId && r.relativeId === other.personId);
      const pr = recorded?.parentalResponsibility ? `, holds parental responsibility (${relationshipWords(recorded.parentalResponsibility)})` : "";
      return {
        key: `Relationship to ${other.firstName}`,
        value: recorded ? `${relationshipWords(recorded.relationship)}${pr}` : "Not recorded",
        action: {
          to: changeLink(`relationship-${member.personId}-${other.personId}`),
          text: "Change",
          visuallyHiddenText: `relationship of ${fullName(member)} to ${fullName(other)}`,
        },
      };
    });
}

function contactText(family: FamilyRecord, personId: string) {
  const contact = family.contacts.find((c) => c.personId === personId);
  if (!contact) return "Not recorded";
  return (
    [
      contact.mobilePhone,
      contact.otherPhone,
      contact.email,
      contact.address && `${contact.address.line1}, ${contact.address.town} ${contact.address.postcode}`,
    ]
      .filter(Boolean)
      .join("; ") || "Not recorded"
  );
}

/** Each consent record, newest last; one still in force can be withdrawn in place. */
function ConsentList({ family, personId, changeLink }: { family: FamilyRecord; personId: string; changeLink: ChangeLink }) {
  const consents = family.consents.filter((c) => c.personId === personId);
  if (!consents.length) return <>None recorded</>;
  return (
    <ul className="govuk-list">
      {consents.map((c) => (
        <li key={c.id}>
          {consentPurposeLabels[c.purpose]}: given {formatUkDate(c.givenOn)}
          {c.withdrawnOn ? (
            `, withdrawn ${formatUkDate(c.withdrawnOn)}`
          ) : (
            <>
              {" "}
              <Link className="govuk-link" to={changeLink(`withdraw-${c.id}`)}>
                Withdraw<span className="govuk-visually-hidden"> consent to {consentPurposeLabels[c.purpose]}</span>
              </Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
