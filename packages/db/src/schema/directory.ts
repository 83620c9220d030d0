import { sql } from "drizzle-orm";
import { boolean, check, date, index, jsonb, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import type { DirectoryOpening, DirectoryVenue } from "@hearth/domain";
import { localities } from "./areas";
import { id, lifecycleDates } from "./lifecycle";
import { staffUsers } from "./staff";

/**
 * The locality service directory (issue 15 §1): support services LCSS keeps, public through "Find
 * support near you" and Open Referral UK. No person's record is in it. Venues and opening times are
 * kept whole with the entry (they are edited and published only with it).
 */
export const directoryServices = pgTable(
  "directory_services",
  {
    id: id(),
    name: text("name").notNull(),
    provider: text("provider").notNull(),
    description: text("description").notNull(),
    needs: text("needs").array().notNull(),
    minimumAge: smallint("minimum_age").notNull(),
    maximumAge: smallint("maximum_age").notNull(),
    eligibility: text("eligibility"),
    cost: text("cost").notNull(),
    venues: jsonb("venues").$type<DirectoryVenue[]>().notNull().default([]),
    openings: jsonb("openings").$type<DirectoryOpening[]>().notNull().default([]),
    timesNote: text("times_note"),
    accessRoutes: text("access_routes").array().notNull(),
    accessNote: text("access_note"),
    phone: text("phone"),
    email: text("email"),
    website: text("website"),
    lastReviewedOn: date("last_reviewed_on", { mode: "string" }).notNull(),
    /** Who keeps the entry right: its review falls into their My work. */
    ownerStaffId: uuid("owner_staff_id")
      .notNull()
      .references(() => staffUsers.id),
    active: boolean("active").notNull().default(true),
    createdBy: uuid("created_by").references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [
    check("directory_services_age_check", sql`${t.minimumAge} between 0 and 99 and ${t.maximumAge} between ${t.minimumAge} and 99`),
    check("directory_services_access_check", sql`cardinality(${t.accessRoutes}) > 0`),
    check("directory_services_needs_check", sql`cardinality(${t.needs}) > 0`),
    check("directory_services_contact_check", sql`${t.phone} is not null or ${t.email} is not null`),
    index("directory_services_owner_idx").on(t.ownerStaffId),
  ],
);

/** The localities a service covers: the public search finds it from any postcode in them. */
export const directoryServiceLocalities = pgTable(
  "directory_service_localities",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => directoryServices.id, { onDelete: "cascade" }),
    localityId: uuid("locality_id")
      .notNull()
      .references(() => localities.id),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.localityId] }), index("directory_service_localities_locality_idx").on(t.localityId)],
);
