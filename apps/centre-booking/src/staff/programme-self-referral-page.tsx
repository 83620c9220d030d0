import { FamilySearch, ProgrammeReferralForm, usePageTitle, useTRPC } from "@hearth/ui";
import { skipToken, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { CentrePicker, useCentreChoice } from "./centre-choice";

/**
 * A family who asks at the centre for a place on a group programme: staff find the family, then
 * record the self-referral with the family's consent on the same form caseworkers refer with, the
 * centre standing as the referral's source.
 */
export function ProgrammeSelfReferralPage() {
  const trpc = useTRPC();
  const { centre } = useCentreChoice();
  const [familyId, setFamilyId] = useState("");
  const family = useQuery(trpc.families.get.queryOptions(familyId ? { familyId } : skipToken));
  usePageTitle("Refer a family to a group programme");
  return (
    <>
      <h1 className="govuk-heading-l">Refer a family to a group programme</h1>
      <p className="govuk-body">
        For a family who asked at the centre. They are referred with their consent and offered a place, or put on the waiting list when the run is
        full.
      </p>
      <CentrePicker />
      <FamilySearch
        choice={{ name: "familyId", onChange: (e) => setFamilyId(e.target.value) }}
        noneFound="No family in your area matches. Check the spelling, or register the family first."
      />
      {centre && family.data && (
        <>
          <h2 className="govuk-heading-m">Referral for {family.data.name}</h2>
          <ProgrammeReferralForm
            key={familyId}
            source={{ centreId: centre.id }}
            familyId={familyId}
            people={family.data.members.map((m) => ({ personId: m.personId, name: `${m.firstName} ${m.lastName}` }))}
            runPath={null}
          />
        </>
      )}
    </>
  );
}
