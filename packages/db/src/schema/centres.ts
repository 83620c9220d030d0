import { relations } from "drizzle-orm";
import { pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { areas } from "./areas";
import { id, lifecycleDates } from "./lifecycle";

export const venueKind = pgEnum("venue_kind", ["centre", "shared_site", "mobile"]);

/**
 * Every place a session can happen: the eight Children and Family Centres, the shared locality
 * sites and the mobile provision (whose location is set per session, so it has no address).
 */
export const centres = pgTable("centres", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  kind: venueKind("kind").notNull(),
  /** The area whose managers run it; the county-wide mobile provision is North's (ADR 8). */
  areaId: uuid("area_id")
    .notNull()
    .references(() => areas.id),
  town: text("town").notNull(),
  address: text("address"),
  postcode: text("postcode"),
  /**
   * The postcode districts the centre is expected to reach: reach figures count the share of
   * attendees living in them.
   */
  reachPostcodeDistricts: text("reach_postcode_districts").array().notNull().default([]),
  ...lifecycleDates,
});

export const centresRelations = relations(centres, ({ one }) => ({
  area: one(areas, { fields: [centres.areaId], references: [areas.id] }),
}));
