import { sql } from "drizzle-orm";
import { boolean, check, numeric, pgTable, smallint, text } from "drizzle-orm/pg-core";
import { id, lifecycleDates } from "./lifecycle";

/**
 * The catalogue of evidence-based group programmes FSS can offer (the domain's
 * programmeCreateSchema). Retired programmes stay so that past runs keep their name.
 */
export const programmes = pgTable(
  "programmes",
  {
    id: id(),
    name: text("name").notNull().unique(),
    category: text("category").notNull(),
    evidenceRating: text("evidence_rating").notNull(),
    childAgeFrom: smallint("child_age_from").notNull(),
    childAgeTo: smallint("child_age_to").notNull(),
    levelsOfNeed: smallint("levels_of_need").array().notNull(),
    numberOfSessions: smallint("number_of_sessions").notNull(),
    // Numeric, not float, so 0.75 is stored exactly and completion is never off by one session.
    completionShare: numeric("completion_share", { precision: 3, scale: 2, mode: "number" }).notNull(),
    description: text("description"),
    targetGroup: text("target_group"),
    /** The measures taken before and after (the domain's outcomeMeasureKinds). */
    outcomeMeasures: text("outcome_measures")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    active: boolean("active").notNull().default(true),
    ...lifecycleDates,
  },
  (t) => [
    check("programmes_age_range_check", sql`${t.childAgeFrom} between 0 and 25 and ${t.childAgeTo} between ${t.childAgeFrom} and 25`),
    check("programmes_levels_check", sql`cardinality(${t.levelsOfNeed}) > 0 and ${t.levelsOfNeed} <@ array[1,2,3,4]::smallint[]`),
    check("programmes_sessions_check", sql`${t.numberOfSessions} between 1 and 52`),
    check("programmes_outcome_measures_check", sql`${t.outcomeMeasures} <@ array['sdq','wemwbs','outcomes_star']::text[]`),
    check("programmes_completion_share_check", sql`${t.completionShare} > 0 and ${t.completionShare} <= 1`),
  ],
);
