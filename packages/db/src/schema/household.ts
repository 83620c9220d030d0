import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { parentalResponsibilityBases, relationshipTypes } from "@hearth/domain";
import { id, lifecycleDates } from "./lifecycle";
import { people } from "./people";

export const relationshipType = pgEnum("relationship_type", relationshipTypes);
export const parentalResponsibilityBasis = pgEnum("parental_responsibility_basis", parentalResponsibilityBases);

/**
 * Household relationships (the domain's householdRelationshipSchema): `person` is the
 * `relationship` of `relative`. Parental responsibility is held when its basis is recorded.
 */
export const personRelationships = pgTable(
  "person_relationships",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    relativeId: uuid("relative_id")
      .notNull()
      .references(() => people.id),
    relationship: relationshipType("relationship").notNull(),
    /** Null when this person does not hold parental responsibility for the relative. */
    parentalResponsibility: parentalResponsibilityBasis("parental_responsibility"),
    notes: text("notes"),
    ...lifecycleDates,
  },
  (t) => [
    check("person_relationships_not_self_check", sql`${t.personId} <> ${t.relativeId}`),
    uniqueIndex("person_relationships_pair_key").on(t.personId, t.relativeId),
    index("person_relationships_relative_idx").on(t.relativeId),
  ],
);
