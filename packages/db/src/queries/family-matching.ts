import { and, asc, desc, eq, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { bookings, families, familyMembers, people } from "../schema";
import { insertFamily } from "./families";
import { areaForPostcodeDistrict } from "./reference";

/**
 * Linking a booking or a walk-in to the single child index, so a family is counted once however
 * many times it books. The public form asks only a child's first name and date of birth, so that
 * is what a match rests on (with the postcode); failing that, the carer's mobile or email from an
 * earlier booking. Nothing about a match is ever shown to the person booking.
 */
export interface ChildDetails {
  firstName: string;
  dateOfBirth: string;
}

const compactPostcode = (column: typeof people.postcode | typeof families.postcode) =>
  sql`replace(upper(${column}), ' ', '')`;

/** The family with a child of the same first name and date of birth at the same postcode. */
export async function findFamilyByChild(db: Db, p: { children: ChildDetails[]; postcode: string }): Promise<string | null> {
  const sameChild = or(
    ...p.children.map((c) => and(eq(people.dateOfBirth, c.dateOfBirth), sql`lower(${people.firstName}) = lower(${c.firstName})`)),
  );
  const [row] = await db
    .select({ familyId: families.id })
    .from(people)
    .innerJoin(familyMembers, and(eq(familyMembers.personId, people.id), eq(familyMembers.role, "child")))
    .innerJoin(families, eq(families.id, familyMembers.familyId))
    .where(and(sameChild, sql`coalesce(${compactPostcode(people.postcode)}, ${compactPostcode(families.postcode)}) = ${p.postcode.replace(/\s+/g, "")}`))
    .orderBy(asc(families.createdAt))
    .limit(1);
  return row?.familyId ?? null;
}

/** The family of the most recent booking made with this mobile number or email address. */
export async function findFamilyByContact(db: Db, p: { mobile: string | null; email: string | null }): Promise<string | null> {
  const conditions = [
    p.mobile ? eq(bookings.mobile, p.mobile) : undefined,
    p.email ? sql`lower(${bookings.email}) = lower(${p.email})` : undefined,
  ].filter(Boolean);
  if (!conditions.length) return null;
  const [row] = await db
    .select({ familyId: bookings.familyId })
    .from(bookings)
    .where(or(...conditions))
    .orderBy(desc(bookings.createdAt))
    .limit(1);
  return row?.familyId ?? null;
}

export function childrenOfFamily(db: Db, familyId: string) {
  return db
    .select({ personId: people.id, firstName: people.firstName, dateOfBirth: people.dateOfBirth })
    .from(familyMembers)
    .innerJoin(people, eq(people.id, familyMembers.personId))
    .where(and(eq(familyMembers.familyId, familyId), eq(familyMembers.role, "child")));
}

export interface FamilyLink {
  familyId: string;
  matchedBy: "child" | "contact" | "new";
  /** Person ids of the children, in the order given. */
  personIds: string[];
  /** People added to the index by this link, for the audit trail. */
  peopleCreated: string[];
}

/**
 * Finds the family these details belong to, or creates one, and makes sure each child is a person
 * in it (see ensureChildrenInFamily).
 */
export async function linkFamily(
  db: Db,
  p: {
    carerName: string;
    postcode: string;
    children: ChildDetails[];
    mobile?: string | null;
    email?: string | null;
    source: "staff" | "self_registered";
    createdBy: string | null;
  },
): Promise<FamilyLink> {
  let familyId = await findFamilyByChild(db, p);
  let matchedBy: FamilyLink["matchedBy"] = "child";
  if (!familyId) {
    familyId = await findFamilyByContact(db, { mobile: p.mobile ?? null, email: p.email ?? null });
    matchedBy = "contact";
  }
  const areaId = await areaForPostcodeDistrict(db, p.postcode.split(" ")[0]!);
  if (!familyId) {
    matchedBy = "new";
    const family = await insertFamily(
      db,
      { name: `Family of ${p.carerName}`, postcode: p.postcode, areaId, source: p.source, createdBy: p.createdBy },
      [],
    );
    familyId = family.id;
  }
  const children = await ensureChildrenInFamily(db, { ...p, familyId, areaId, familyIsNew: matchedBy === "new" });
  return { familyId, matchedBy, ...children };
}

/**
 * Makes sure each child is a person in the family, matching those already there by first name and
 * date of birth. Children not yet known get a record with the surname left blank: the public form
 * does not ask for it, and a guessed surname would be worse than none (staff complete it later).
 */
export async function ensureChildrenInFamily(
  db: Db,
  p: {
    familyId: string;
    /** The area of the postcode, when the caller has looked it up already. */
    areaId?: string | null;
    familyIsNew?: boolean;
    postcode: string;
    children: ChildDetails[];
    source: "staff" | "self_registered";
    createdBy: string | null;
  },
): Promise<Pick<FamilyLink, "personIds" | "peopleCreated">> {
  const same = (a: ChildDetails, b: ChildDetails) => a.dateOfBirth === b.dateOfBirth && a.firstName.toLowerCase() === b.firstName.toLowerCase();
  const known = p.familyIsNew ? [] : await childrenOfFamily(db, p.familyId);
  const missing = p.children.filter((c) => !known.some((k) => same(k, c)));
  let created: { personId: string; firstName: string; dateOfBirth: string }[] = [];
  if (missing.length) {
    const areaId = p.areaId !== undefined ? p.areaId : await areaForPostcodeDistrict(db, p.postcode.split(" ")[0]!);
    created = await db
      .insert(people)
      .values(
        missing.map((c) => ({
          firstName: c.firstName,
          lastName: "",
          dateOfBirth: c.dateOfBirth,
          postcode: p.postcode,
          areaId,
          source: p.source,
          createdBy: p.createdBy,
        })),
      )
      .returning({ personId: people.id, firstName: people.firstName, dateOfBirth: people.dateOfBirth });
    await db.insert(familyMembers).values(created.map((c) => ({ familyId: p.familyId, personId: c.personId, role: "child" as const })));
  }
  const all = [...known, ...created];
  return {
    personIds: p.children.map((c) => all.find((k) => same(k, c))!.personId),
    peopleCreated: created.map((c) => c.personId),
  };
}
