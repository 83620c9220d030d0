import { relations } from "drizzle-orm";
import { date, index, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { areas } from "./areas";
import { id, lifecycleDates } from "./lifecycle";
import { staffUsers } from "./staff";

/**
 * An area's allocation meeting (issue 12 §1). Requests for service decided at it point at it
 * (`requests_for_service.allocation_meeting_id`), so the meeting's record is its decisions.
 */
export const allocationMeetings = pgTable(
  "allocation_meetings",
  {
    id: id(),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => staffUsers.id),
    ...lifecycleDates,
  },
  (t) => [index("allocation_meetings_area_idx").on(t.areaId, t.heldOn)],
);

/** FSS staff who attended. */
export const allocationMeetingStaff = pgTable(
  "allocation_meeting_staff",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => allocationMeetings.id, { onDelete: "cascade" }),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffUsers.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.staffId] })],
);

/** Partner agencies' representatives, by name: they have no account. */
export const allocationMeetingPartners = pgTable(
  "allocation_meeting_partners",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => allocationMeetings.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    name: text("name").notNull(),
    agency: text("agency").notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.position] })],
);

export const allocationMeetingsRelations = relations(allocationMeetings, ({ many }) => ({
  staff: many(allocationMeetingStaff),
  partners: many(allocationMeetingPartners),
}));
export const allocationMeetingStaffRelations = relations(allocationMeetingStaff, ({ one }) => ({
  meeting: one(allocationMeetings, { fields: [allocationMeetingStaff.meetingId], references: [allocationMeetings.id] }),
}));
export const allocationMeetingPartnersRelations = relations(allocationMeetingPartners, ({ one }) => ({
  meeting: one(allocationMeetings, { fields: [allocationMeetingPartners.meetingId], references: [allocationMeetings.id] }),
}));
