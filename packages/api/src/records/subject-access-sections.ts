import {
  centreInvolvement,
  cinEpisodesOfChildren,
  consultationsOfFamily,
  currentFamilyAlerts,
  ehaRecordsOfFamily,
  familiesOfPerson,
  fssCasesOfFamily,
  getContactDetails,
  listChronology,
  listConsentRecords,
  listPersonRelationships,
  lookedAfterPeriodsOf,
  requestsForServiceOfFamily,
  restrictionOf,
  tafsOfFamily,
  type Db,
} from "@hearth/db";

export type Scalar = string | number | boolean | null;
export type SubjectAccessItem = Record<string, Scalar>;
export interface SubjectAccessSection {
  key: string;
  title: string;
  items: SubjectAccessItem[];
}

/**
 * A stored row as the document shows it: every field, dates as ISO, nested values as JSON, so the
 * data officer reviews exactly what is held rather than what a screen chose to show.
 */
export function asItem(row: object): SubjectAccessItem {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]: [string, unknown]) => {
      if (value === undefined || value === null) return [key, null];
      if (value instanceof Date) return [key, value.toISOString()];
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return [key, value];
      return [key, JSON.stringify(value)];
    }),
  );
}

const section = (key: string, title: string, rows: readonly object[]): SubjectAccessSection => ({ key, title, items: rows.map(asItem) });

/** The person's own record: details, contact, relationships, consent, any restriction, statutory episodes. */
export async function personSections(tx: Db, person: object & { id: string }) {
  const personId = person.id;
  const [contact, relationships, consents, restriction, episodes, lookedAfter] = await Promise.all([
    getContactDetails(tx, { personId }),
    listPersonRelationships(tx, { personId }),
    listConsentRecords(tx, { personId }),
    restrictionOf(tx, personId),
    cinEpisodesOfChildren(tx, [personId]),
    lookedAfterPeriodsOf(tx, personId),
  ]);
  return [
    section("person", "Details held on the person index", [person]),
    section("contact", "Contact details", contact ? [contact] : []),
    section("relationships", "Relationships", relationships),
    section("consents", "Consent", consents),
    section("restriction", "Restriction on who may open the record", restriction ? [restriction] : []),
    section("cin-episodes", "Children in need and child protection episodes", episodes),
    section("looked-after", "Looked-after periods", lookedAfter),
  ];
}

/**
 * Each family the person belongs to, through the readers the family record's pages use: alerts,
 * the centres' bookings and registers, LCSS's consultations, assessments, teams and requests,
 * FSS's cases, and the chronology as it follows this person (other members are not followed).
 */
export async function familySections(tx: Db, personId: string) {
  const families = await familiesOfPerson(tx, personId);
  const perFamily = await Promise.all(
    families.map(async (family) => {
      const [alerts, centres, consultations, assessments, tafs, requests, cases, chronology] = await Promise.all([
        currentFamilyAlerts(tx, family.familyId),
        centreInvolvement(tx, family.familyId, [personId]),
        consultationsOfFamily(tx, family.familyId),
        ehaRecordsOfFamily(tx, family.familyId),
        tafsOfFamily(tx, family.familyId),
        requestsForServiceOfFamily(tx, family.familyId),
        fssCasesOfFamily(tx, family.familyId),
        listChronology(tx, { familyId: family.familyId, visiblePersonIds: [personId] }, { limit: 5_000 }),
      ]);
      const of = (title: string) => `${title} (${family.name})`;
      return [
        section(`family-${family.familyId}`, of("Family"), [family]),
        section(`alerts-${family.familyId}`, of("Family alerts"), alerts),
        section(`bookings-${family.familyId}`, of("Centre bookings"), centres.bookings),
        section(`attendance-${family.familyId}`, of("Centre session attendance"), centres.attendance),
        section(`consultations-${family.familyId}`, of("LCSS consultations"), consultations),
        section(`assessments-${family.familyId}`, of("Early help assessments"), assessments),
        section(`tafs-${family.familyId}`, of("Teams Around the Family"), tafs),
        section(`requests-${family.familyId}`, of("Requests for FSS support"), requests),
        section(`cases-${family.familyId}`, of("FSS cases"), cases),
        section(`chronology-${family.familyId}`, of("Chronology"), chronology.events),
      ];
    }),
  );
  return { familyIds: families.map((f) => f.familyId), sections: perFamily.flat() };
}
