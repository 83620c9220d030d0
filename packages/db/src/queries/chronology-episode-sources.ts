/** Statutory episodes' events for a child's family chronology (issue 12 §3), beside chronology-sources.ts. */
import { categoryOfAbuseLabels, legalStatusLabels, reasonForClosureLabels, referralSourceLabels } from "@hearth/domain";
import { sql, type SQL } from "drizzle-orm";
import type { ChronologySource } from "./chronology-source";

/** A code's plain-English label in SQL, from one of the domain's code sets. */
const labelOf = (column: SQL, labels: Record<string, string>) =>
  sql.join([sql`case ${column}`, ...Object.entries(labels).map(([code, label]) => sql`when ${code} then ${label}`), sql`else ${column} end`], sql` `);
const onDay = (column: string) => sql.raw(`(${column}::timestamp at time zone 'Europe/London')`);

/**
 * A child's statutory episodes (issue 12 §3): each referral, assessment, section 47 enquiry and
 * conference, plan started and ended, closure and looked-after period, as dated events for the
 * child. Codes are shown by their labels; only children the reader may see are included.
 */
export const statutoryEpisodes: ChronologySource = {
  service: "fss",
  kinds: ["statutory_episode"],
  events: (_family, members) => {
    const event = (id: string, day: string, title: SQL, summary: SQL, significant: boolean, from: SQL) => sql`
      select ${sql.raw(id)}, ${onDay(day)}, 'fss', 'statutory_episode', ${title}, ${summary},
        array[r.person_id::text], ${sql.raw(String(significant))}, 'Family Support Service', true
      ${from} and r.person_id = any(${members})`;
    const under = (table: string, alias: string, extra = "") =>
      sql.raw(`from ${table} ${alias} join cin_referrals r on r.id = ${alias}.referral_id where true ${extra}`);
    return sql.join(
      [
        event(
          "'cin-referral:' || r.id",
          "r.referral_date",
          sql`'CIN referral'`,
          sql`'From: ' || ${labelOf(sql`r.referral_source`, referralSourceLabels)}`,
          false,
          sql.raw("from cin_referrals r where true"),
        ),
        event(
          "'cin-assessment:' || a.id",
          "a.start_date",
          sql`'Assessment started'`,
          sql`'Child and family assessment'`,
          false,
          under("cin_assessments", "a"),
        ),
        event(
          "'cin-assessment-done:' || a.id",
          "a.authorisation_date",
          sql`'Assessment authorised'`,
          sql`cardinality(a.factors) || ' factors identified'`,
          false,
          under("cin_assessments", "a", "and a.authorisation_date is not null"),
        ),
        event(
          "'s47:' || s.id",
          "s.start_date",
          sql`'Section 47 enquiry started'`,
          sql`'Child protection enquiry'`,
          true,
          under("section47_enquiries", "s"),
        ),
        event(
          "'icpc:' || s.id",
          "s.date_of_initial_cpc",
          sql`'Initial child protection conference'`,
          sql`'Conference held'`,
          true,
          under("section47_enquiries", "s", "and s.date_of_initial_cpc is not null"),
        ),
        event("'cin-plan:' || p.id", "p.start_date", sql`'Child in need plan started'`, sql`''`, false, under("cin_plans", "p")),
        event(
          "'cin-plan-end:' || p.id",
          "p.end_date",
          sql`'Child in need plan ended'`,
          sql`''`,
          false,
          under("cin_plans", "p", "and p.end_date is not null"),
        ),
        event(
          "'cp-plan:' || p.id",
          "p.start_date",
          sql`'Child protection plan started'`,
          sql`'Category: ' || ${labelOf(sql`p.initial_category`, categoryOfAbuseLabels)}`,
          true,
          under("child_protection_plans", "p"),
        ),
        event(
          "'cp-plan-end:' || p.id",
          "p.end_date",
          sql`'Child protection plan ended'`,
          sql`''`,
          true,
          under("child_protection_plans", "p", "and p.end_date is not null"),
        ),
        event(
          "'cin-closure:' || c.id",
          "c.closure_date",
          sql`'Child in need episode closed'`,
          labelOf(sql`c.reason_for_closure`, reasonForClosureLabels),
          false,
          under("cin_closures", "c"),
        ),
        event(
          "'lac:' || r.id",
          "r.start_date",
          sql`'Became looked after'`,
          labelOf(sql`r.legal_status`, legalStatusLabels),
          true,
          sql.raw("from looked_after_periods r where true"),
        ),
        event(
          "'lac-end:' || r.id",
          "r.end_date",
          sql`'Stopped being looked after'`,
          sql`''`,
          true,
          sql.raw("from looked_after_periods r where r.end_date is not null"),
        ),
      ],
      sql` union all `,
    );
  },
};
