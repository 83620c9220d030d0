import { addDays, addYears, placeOfPostcode, type Disability, type IsoDate } from "@hearth/domain";
import { localityData, type AreaCode } from "../reference-data";
import { dramaMobile, exampleEmail, nhsNumbers, postcodeIn, upns } from "./identifiers";
import { nameGroupOf, nameLists } from "./names";
import type { Random } from "./random";
import { syntheticIds } from "./random";
import {
  ADULT_NHS_SHARE,
  adultDisabilityShares,
  adultsPerHousehold,
  CHILD_NHS_SHARE,
  childDisabilityShares,
  childrenPerHousehold,
  districtWeights,
  EHC_PLAN_SHARE_OF_SEN,
  ethnicityShares,
  PUPIL_UPN_SHARE,
  SEN_SHARE,
} from "./shares";

export interface PersonRow {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  nhsNumber: string | null;
  upn: string | null;
  postcode: string;
  areaId: string;
  sex: "F" | "M";
  ethnicity: string;
  disabilities: Disability[];
  hasSend: boolean | null;
  hasEhcPlan: boolean | null;
  isCareLeaver: boolean | null;
}
export interface FamilyRow {
  id: string;
  name: string;
  postcode: string;
  areaId: string;
}
export interface MemberRow {
  familyId: string;
  personId: string;
  role: "child" | "parent_carer" | "other_adult";
}
/** What the session generator needs to book a household's children in. */
export interface Household {
  familyId: string;
  postcode: string;
  district: string;
  children: { id: string; name: string; dateOfBirth: IsoDate; hasSend: boolean }[];
  carer: { name: string; mobile: string | null; email: string | null };
}
export interface Households {
  people: PersonRow[];
  families: FamilyRow[];
  members: MemberRow[];
  households: Household[];
  children: number;
  adults: number;
}

const dateOfBirthAged = (random: Random, today: IsoDate, years: number): IsoDate => addDays(addYears(today, -years - 1), random.int(1, 365));

/**
 * Households of adults and children until the county holds `people` people. Each postcode is in a
 * real district, and its area is the one the domain's locality rule gives it (ADR 8).
 */
export function generateHouseholds(random: Random, today: IsoDate, target: number, areaIds: Record<AreaCode, string>): Households {
  const personId = syntheticIds(1);
  const familyId = syntheticIds(2);
  const nhs = nhsNumbers();
  const upn = upns();
  const out: Households = { people: [], families: [], members: [], households: [], children: 0, adults: 0 };
  let emails = 0;
  while (out.people.length < target) {
    const district = random.weighted(districtWeights);
    const postcode = postcodeIn(district, random);
    const place = placeOfPostcode(postcode, localityData)!;
    const areaId = areaIds[place.area as AreaCode];
    const ethnicity = random.weighted(ethnicityShares);
    const group = nameGroupOf(ethnicity);
    const surname = random.pick(nameLists.surnames[group]);
    const family: FamilyRow = { id: familyId(), name: `${surname} family`, postcode, areaId };
    out.families.push(family);

    const childCount = random.weighted(childrenPerHousehold);
    // Youngest first, then siblings one to five years older; nobody over 17 counts as a child.
    let age = random.int(0, 15);
    const household: Household = { familyId: family.id, postcode, district, children: [], carer: { name: "", mobile: null, email: null } };
    let eldest = age;
    for (let i = 0; i < childCount && age <= 17; i++) {
      const sex = random.chance(0.51) ? "M" : "F";
      const firstName = random.pick(sex === "M" ? nameLists.boys[group] : nameLists.girls[group]);
      const dateOfBirth = dateOfBirthAged(random, today, age);
      const schoolAge = age >= 4;
      const hasSend = schoolAge && random.chance(SEN_SHARE);
      const entryYear = Number(addYears(dateOfBirth, 4).slice(0, 4)) + (Number(dateOfBirth.slice(5, 7)) >= 9 ? 1 : 0);
      const child: PersonRow = {
        id: personId(),
        firstName,
        lastName: surname,
        dateOfBirth,
        nhsNumber: random.chance(CHILD_NHS_SHARE) ? nhs() : null,
        upn: schoolAge && random.chance(PUPIL_UPN_SHARE) ? upn(entryYear) : null,
        postcode,
        areaId,
        sex,
        ethnicity,
        disabilities: [random.weighted(childDisabilityShares)],
        hasSend,
        hasEhcPlan: hasSend && random.chance(EHC_PLAN_SHARE_OF_SEN),
        isCareLeaver: age >= 16 ? random.chance(0.01) : false,
      };
      out.people.push(child);
      out.members.push({ familyId: family.id, personId: child.id, role: "child" });
      household.children.push({ id: child.id, name: firstName, dateOfBirth, hasSend });
      out.children++;
      eldest = age;
      age += random.int(1, 5);
    }

    const adultCount = random.weighted(adultsPerHousehold);
    const parentAge = eldest + random.int(20, 38);
    for (let i = 0; i < adultCount; i++) {
      const grandparent = i === 2;
      const sex = i === 0 ? (random.chance(0.85) ? "F" : "M") : i === 1 ? (random.chance(0.9) ? "M" : "F") : random.chance(0.6) ? "F" : "M";
      const firstName = random.pick(sex === "F" ? nameLists.women[group] : nameLists.men[group]);
      const years = grandparent ? parentAge + random.int(22, 32) : parentAge + random.int(-4, 6);
      const adult: PersonRow = {
        id: personId(),
        firstName,
        lastName: surname,
        dateOfBirth: dateOfBirthAged(random, today, Math.max(18, years)),
        nhsNumber: random.chance(ADULT_NHS_SHARE) ? nhs() : null,
        upn: null,
        postcode,
        areaId,
        sex,
        ethnicity: random.chance(0.85) ? ethnicity : random.weighted(ethnicityShares),
        disabilities: [random.weighted(adultDisabilityShares)],
        hasSend: null,
        hasEhcPlan: null,
        isCareLeaver: null,
      };
      out.people.push(adult);
      out.members.push({ familyId: family.id, personId: adult.id, role: grandparent ? "other_adult" : "parent_carer" });
      out.adults++;
      if (i === 0) {
        const byEmail = random.chance(0.3);
        household.carer = {
          name: `${firstName} ${surname}`,
          mobile: byEmail && random.chance(0.5) ? null : dramaMobile(random),
          email: byEmail ? exampleEmail(firstName, surname, emails++) : null,
        };
      }
    }
    out.households.push(household);
  }
  return out;
}
