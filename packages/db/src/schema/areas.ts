import { relations } from "drizzle-orm";
import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { id } from "./lifecycle";

/** North, Central, South: the three operational areas, each with an area office. */
export const areas = pgTable("areas", {
  id: id(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  office: text("office").notNull(),
});

/** Planning units inside an area, with the postcode districts (outward codes) they cover. */
export const localities = pgTable("localities", {
  id: id(),
  areaId: uuid("area_id")
    .notNull()
    .references(() => areas.id),
  name: text("name").notNull().unique(),
  postcodeDistricts: text("postcode_districts").array().notNull().default([]),
});

export const areasRelations = relations(areas, ({ many }) => ({ localities: many(localities) }));
export const localitiesRelations = relations(localities, ({ one }) => ({
  area: one(areas, { fields: [localities.areaId], references: [areas.id] }),
}));
