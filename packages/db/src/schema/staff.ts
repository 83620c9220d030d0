import { relations } from "drizzle-orm";
import { boolean, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { staffRoles } from "@hearth/domain";
import { areas } from "./areas";
import { centres } from "./centres";
import { id, lifecycleDates } from "./lifecycle";

export const staffRole = pgEnum("staff_role", staffRoles);

export const staffUsers = pgTable("staff_users", {
  id: id(),
  email: text("email").notNull().unique(),
  displayName: text("display_name").notNull(),
  role: staffRole("role").notNull(),
  areaId: uuid("area_id").references(() => areas.id),
  centreId: uuid("centre_id").references(() => centres.id),
  /** scrypt hash in PHC-like form; null for accounts that sign in only through OpenID Connect. */
  passwordHash: text("password_hash"),
  /** Subject claim from the council's identity provider, for OpenID Connect sign-in. */
  oidcSubject: text("oidc_subject").unique(),
  active: boolean("active").notNull().default(true),
  ...lifecycleDates,
});

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256 hash. */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    id: id(),
    tokenHash: text("token_hash").notNull().unique(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("staff_sessions_expires_at_idx").on(t.expiresAt)],
);

/** Failed sign-ins, for rate limiting by account and by client address. */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: id(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_failures_email_at_idx").on(t.email, t.at), index("sign_in_failures_ip_at_idx").on(t.ip, t.at)],
);

export const staffUsersRelations = relations(staffUsers, ({ one }) => ({
  area: one(areas, { fields: [staffUsers.areaId], references: [areas.id] }),
  centre: one(centres, { fields: [staffUsers.centreId], references: [centres.id] }),
}));

/**
 * An invitation's one-time link to set a password. Only the token's SHA-256 is kept, like a
 * session's: a copy of the database cannot be used to take over an account. Used once, then spent.
 */
export const staffInvitations = pgTable(
  "staff_invitations",
  {
    id: id(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => staffUsers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("staff_invitations_staff_idx").on(t.staffId)],
);
