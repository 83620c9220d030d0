import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, smallint, text } from "drizzle-orm/pg-core";
import { id, lifecycleDates } from "./lifecycle";

/**
 * The indicator catalogue that threshold decisions choose from (see the domain's
 * thresholdIndicatorSchema). Indicators are retired, never deleted, so a past decision still
 * shows the wording that was chosen; decisions refer to indicators by code for the same reason.
 */
export const thresholdIndicators = pgTable(
  "threshold_indicators",
  {
    id: id(),
    code: text("code").notNull().unique(),
    domain: text("domain").notNull(),
    area: text("area").notNull(),
    level: smallint("level").notNull(),
    wording: text("wording").notNull(),
    active: boolean("active").notNull().default(true),
    ...lifecycleDates,
  },
  (t) => [
    check("threshold_indicators_level_check", sql`${t.level} between 1 and 4`),
    index("threshold_indicators_domain_area_idx").on(t.domain, t.area, t.level),
  ],
);
