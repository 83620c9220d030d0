import { ageInYearsAndMonths, describeAge, familyAlertKindLabels, londonDateOf } from "@hearth/domain";
import { Alert } from "../../components/moj/alert";
import { IdentityBar } from "../../components/moj/identity-bar";
import { fullName } from "../people/paths";
import type { RouterOutputs } from "@hearth/api";

/** What every page of the record answers with: enough for the identity bar and the alerts. */
export type FamilyIdentityData = RouterOutputs["families"]["accessLog"]["family"];

/** "Ruby Hartley (6 years 2 months)": who the worker is writing about, at a glance. */
export function memberWithAge(member: { firstName: string; lastName: string; dateOfBirth: string }): string {
  const age = ageInYearsAndMonths(member.dateOfBirth, londonDateOf(new Date()));
  return age ? `${fullName(member)} (${describeAge(age)})` : fullName(member);
}

/**
 * The identity bar and alert banner above every page of a family record, so that nobody acts on
 * the wrong family or visits without knowing what the alerts say.
 */
export function FamilyIdentity({ family }: { family: FamilyIdentityData }) {
  return (
    <>
      <IdentityBar
        title={family.name}
        facts={[
          { label: "Members", value: family.members.length ? family.members.map(memberWithAge).join(", ") : "None shown" },
          { label: "Postcode", value: family.postcode ?? "Not recorded" },
          { label: "Key worker", value: family.keyWorker?.displayName ?? "Not allocated" },
        ]}
      />
      {family.alerts.length > 0 && (
        <Alert variant="warning" title="Alerts on this family" announce={false}>
          <ul className="govuk-list">
            {family.alerts.map((alert) => (
              <li key={alert.id}>
                <strong>{familyAlertKindLabels[alert.kind]}:</strong> {alert.text}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </>
  );
}
