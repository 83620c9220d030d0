import { isValidNhsNumber, isValidUpn, suggestThresholdLevel, type AssessmentDomain, type ThresholdLevel } from "@hearth/domain";
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CountyRefused, generateCounty, type CountyOptions, type CountySummary } from "../src";
import { createTestDatabase, type TestDatabase } from "../src/testing";

/** A 500-person county on a real database: the generator's promises, checked on what it wrote. */
let t: TestDatabase;
let summary: CountySummary;
const options: CountyOptions = { people: 500, seed: 42, today: "2026-12-02", weeks: 4, production: false };

beforeAll(async () => {
  t = await createTestDatabase();
  summary = await generateCounty(t.db, options);
}, 120_000);
afterAll(() => t.destroy());

async function rows<T>(query: SQL): Promise<T[]> {
  const result: unknown = await t.db.execute(query);
  return result as T[];
}
const firstNames = async () =>
  (await rows<{ first_name: string }>(sql`select first_name from people where id::text like '5717e71c-%' order by id limit 50`)).map(
    (r) => r.first_name,
  );

describe("synthetic county", () => {
  it("has a year of programme runs with registers, completion by the programme's rule and measures before and after", async () => {
    expect(summary.programmeRuns).toBeGreaterThan(20);
    expect(summary.programmeEnrolments).toBeGreaterThan(0);
    expect(summary.outcomeMeasurements).toBeGreaterThan(0);
    const [runs] = await rows<{ over: number; statuses: number; wrongly_completed: number; after_before_before: number }>(sql`
      select
        (select count(*) from programme_runs r where r.id::text like '5717e71c-%'
           and (select count(*) from programme_enrolments e where e.run_id = r.id) > r.capacity)::int as over,
        (select count(distinct status) from programme_runs where id::text like '5717e71c-%')::int as statuses,
        (select count(*) from programme_enrolments e join programme_runs r on r.id = e.run_id join programmes p on p.id = r.programme_id
           where e.id::text like '5717e71c-%' and e.status = 'completed'
             and (select count(*) from programme_attendance a where a.enrolment_id = e.id and a.status = 'attended')
                 < ceil(p.number_of_sessions * p.completion_share - 1e-9))::int as wrongly_completed,
        (select count(*) from outcome_measurements a join outcome_measurements b
           on a.enrolment_id = b.enrolment_id and a.person_id = b.person_id and a.measure = b.measure
           where a.point = 'after' and b.point = 'before' and a.taken_on < b.taken_on and a.id::text like '5717e71c-%')::int as after_before_before`);
    expect(runs).toMatchObject({ over: 0, wrongly_completed: 0, after_before_before: 0 });
    expect(runs!.statuses).toBe(3);
  });

  it("writes children and adults in households", async () => {
    expect(summary.people).toBeGreaterThanOrEqual(500);
    expect(summary.children).toBeGreaterThan(150);
    expect(summary.adults).toBeGreaterThan(150);
    const [shape] = await rows<{ without_child: number; without_adult: number }>(sql`
      select count(*) filter (where not exists (select 1 from family_members m where m.family_id = f.id and m.role = 'child'))::int as without_child,
             count(*) filter (where not exists (select 1 from family_members m where m.family_id = f.id and m.role <> 'child'))::int as without_adult
      from families f where f.id::text like '5717e71c-%'`);
    expect(shape).toEqual({ without_child: 0, without_adult: 0 });
  });

  it("gives every person the area of their postcode's locality", async () => {
    const [wrong] = await rows<{ n: number }>(sql`
      select count(*)::int as n from people p
      where p.id::text like '5717e71c-%'
        and not exists (select 1 from localities l where l.area_id = p.area_id and split_part(p.postcode, ' ', 1) = any(l.postcode_districts))`);
    expect(wrong!.n).toBe(0);
  });

  it("uses only valid test-range NHS numbers and valid UPNs", async () => {
    const ids = await rows<{ nhs_number: string | null; upn: string | null }>(
      sql`select nhs_number, upn from people where id::text like '5717e71c-%'`,
    );
    const nhs = ids.flatMap((r) => (r.nhs_number ? [r.nhs_number] : []));
    expect(nhs.length).toBeGreaterThan(300);
    expect(nhs.every((n) => n.startsWith("999") && isValidNhsNumber(n))).toBe(true);
    expect(ids.flatMap((r) => (r.upn ? [r.upn] : [])).every(isValidUpn)).toBe(true);
  });

  it("never books more places than a session has, and counts them right", async () => {
    const [sessions] = await rows<{ n: number; over: number; miscounted: number }>(sql`
      select count(*)::int as n,
             count(*) filter (where s.booked_count > s.capacity)::int as over,
             count(*) filter (where s.booked_count <> coalesce((select sum(b.places) from bookings b where b.session_id = s.id and b.status = 'booked'), 0))::int as miscounted
      from open_access_sessions s where s.id::text like '5717e71c-%'`);
    expect(sessions!.n).toBe(summary.sessions);
    expect(summary.bookings).toBeGreaterThan(0);
    expect(sessions).toMatchObject({ over: 0, miscounted: 0 });
  });

  it("writes casework by staff of the family's own area, about the family's own children", async () => {
    expect(summary.caseworkFamilies).toBeGreaterThan(0);
    expect(summary.chronologyEntries).toBeGreaterThan(summary.caseworkFamilies);
    const [wrong] = await rows<{ key_worker: number; entries: number; entry_child: number; leads: number }>(sql`
      select
        (select count(*) from families f join staff_users s on s.id = f.key_worker_id where f.id::text like '5717e71c-%' and s.area_id <> f.area_id)::int as key_worker,
        (select count(*) from chronology_entries e where e.family_id::text like '5717e71c-%')::int - ${summary.chronologyEntries} as entries,
        (select count(*) from chronology_entries e where e.family_id::text like '5717e71c-%' and e.person_id is not null
           and not exists (select 1 from family_members m where m.family_id = e.family_id and m.person_id = e.person_id and m.role = 'child'))::int as entry_child,
        (select count(*) from early_help_assessments a join families f on f.id = a.family_id where a.id::text like '5717e71c-%' and a.lead_professional_staff_id is distinct from f.key_worker_id)::int as leads`);
    expect(wrong).toEqual({ key_worker: 0, entries: 0, entry_child: 0, leads: 0 });
  });

  it("writes the advice line's year: about 3,000 calls and 2,200 requests for service per 300,000 people, decided and fed back", async () => {
    expect(summary.consultations).toBe(Math.round((options.people * 3_000) / 300_000));
    const [made] = await rows<{ calls: number; decided: number; wrong_area: number; told: number; requests: number; wrong_request: number }>(sql`
      select
        (select count(*) from consultations c where c.id::text like '5717e71c-%')::int as calls,
        (select count(*) from threshold_decisions d join consultations c on c.id = d.consultation_id where c.id::text like '5717e71c-%')::int as decided,
        (select count(*) from consultations c join families f on f.id = c.family_id join localities l on l.id = c.locality_id
           join staff_users s on s.id = c.taken_by
           where c.id::text like '5717e71c-%' and (f.area_id <> c.area_id or l.area_id <> c.area_id or s.area_id <> c.area_id))::int as wrong_area,
        (select count(*) from consultations c where c.id::text like '5717e71c-%' and c.feedback_sent_at is not null)::int as told,
        (select count(*) from requests_for_service r where r.id::text like '5717e71c-%')::int as requests,
        (select count(*) from requests_for_service r join consultations c on c.id = r.consultation_id
           where r.id::text like '5717e71c-%' and (c.family_id <> r.family_id or c.outcome <> 'request_for_service'))::int as wrong_request`);
    expect(made).toMatchObject({ calls: summary.consultations, decided: summary.consultations, wrong_area: 0, wrong_request: 0 });
    expect(made!.requests).toBe(summary.requestsForService);
    expect(made!.told).toBeGreaterThan(0);
  });

  it("gives each call's decision indicators from the loaded catalogue that suggest the level it records", async () => {
    const decisions = await rows<{ level: number; codes: string[] }>(sql`
      select d.level, d.indicator_codes as codes from threshold_decisions d join consultations c on c.id = d.consultation_id
      where c.id::text like '5717e71c-%'`);
    const catalogue = new Map(
      (await rows<{ code: string; level: ThresholdLevel; domain: AssessmentDomain }>(sql`select code, level, domain from threshold_indicators`)).map(
        (i) => [i.code, i],
      ),
    );
    expect(decisions.length).toBeGreaterThan(0);
    for (const d of decisions) {
      expect(d.codes.length).toBeGreaterThan(0);
      const indicators = d.codes.map((code) => catalogue.get(code)!);
      expect(indicators.every(Boolean)).toBe(true);
      expect(suggestThresholdLevel(indicators, 0)).toBe(d.level);
    }
  });

  it("runs Teams Around the Family from about seven in ten finished assessments: open and closed, next meetings ahead at a venue", async () => {
    const [taf] = await rows<{
      finished: number;
      teams: number;
      open: number;
      closed: number;
      scheduled: number;
      bad_scheduled: number;
      open_without_next: number;
      overdue: number;
      pending_per_open: number;
      stray_outcomes: number;
      family_venue: number;
    }>(sql`
      select
        (select count(*) from early_help_assessments where id::text like '5717e71c-%' and status <> 'draft')::int as finished,
        (select count(*) from teams_around_families where id::text like '5717e71c-%')::int as teams,
        (select count(*) from teams_around_families where id::text like '5717e71c-%' and status = 'open')::int as open,
        (select count(*) from teams_around_families where id::text like '5717e71c-%' and status = 'closed' and closure_summary is not null)::int as closed,
        (select count(*) from taf_meetings where id::text like '5717e71c-%' and held_on is null)::int as scheduled,
        (select count(*) from taf_meetings where id::text like '5717e71c-%' and held_on is null
           and (scheduled_on <= ${options.today} or venue is null or starts_at is null))::int as bad_scheduled,
        (select count(*) from teams_around_families t where t.id::text like '5717e71c-%' and t.status = 'open'
           and not exists (select 1 from taf_meetings m where m.taf_id = t.id and m.held_on is null))::int as open_without_next,
        (select count(*) from taf_reviews where id::text like '5717e71c-%' and held_on is null and due_on < ${options.today})::int as overdue,
        (select count(*) from taf_reviews r join teams_around_families t on t.id = r.taf_id
           where r.id::text like '5717e71c-%' and r.held_on is null and t.status = 'open')::int as pending_per_open,
        (select count(*) from taf_actions x join teams_around_families t on t.id = x.taf_id join early_help_assessments a on a.id = t.assessment_id
           where x.id::text like '5717e71c-%' and not x.outcome = any(a.desired_outcomes))::int as stray_outcomes,
        (select count(*) from taf_meetings m join teams_around_families t on t.id = m.taf_id join families f on f.id = t.family_id
           where m.id::text like '5717e71c-%' and m.venue ilike '%' || f.postcode || '%')::int as family_venue`);
    expect(taf!.teams).toBe(summary.tafs);
    expect(taf!.open).toBe(summary.openTafs);
    expect(taf!.open).toBeGreaterThan(0);
    expect(taf!.closed).toBe(taf!.teams - taf!.open);
    expect(taf!.closed).toBeGreaterThan(0);
    // About 70% of finished assessments (less those finished too recently to have started a team).
    expect(taf!.teams).toBeGreaterThanOrEqual(Math.floor(taf!.finished * 0.4));
    expect(taf!.teams).toBeLessThanOrEqual(Math.ceil(taf!.finished * 0.9));
    expect(taf).toMatchObject({
      scheduled: taf!.open,
      bad_scheduled: 0,
      open_without_next: 0,
      pending_per_open: taf!.open,
      stray_outcomes: 0,
      family_venue: 0,
    });
    expect(taf!.overdue).toBeGreaterThan(0);
  });

  it("is deterministic: the same seed writes the same county", async () => {
    const before = await firstNames();
    const again = await generateCounty(t.db, { ...options, replace: true });
    expect(again).toEqual(summary);
    expect(await firstNames()).toEqual(before);
  }, 120_000);

  it("replaces a county that staff have used since: messages, grants and edits about it go with it, other records stay", async () => {
    // What a demo of `pnpm start` leaves behind: a reminder sent for a synthetic booking (with its
    // outbox copy), another area's synthetic child opened by breaking the glass, and a real person.
    const [booking] = await rows<{ id: string }>(sql`select id from bookings where id::text like '5717e71c-%' limit 1`);
    const [person] = await rows<{ id: string }>(sql`select id from people where id::text like '5717e71c-%' limit 1`);
    const [staff] = await rows<{ id: string; area_id: string }>(sql`select id, area_id from staff_users where id::text like '5717e71c-%' limit 1`);
    const [delivery] = await rows<{ id: number }>(sql`
      insert into notification_deliveries (idempotency_key, kind, booking_id, transport, status)
      values ('replace-test', 'booking-reminder', ${booking!.id}, 'outbox', 'delivered') returning id`);
    await t.db.execute(sql`
      insert into outbox_messages (delivery_id, channel, recipient, subject, body)
      values (${delivery!.id}, 'email', 'parent@example.invalid', 'Reminder', 'See you tomorrow')`);
    await t.db.execute(sql`
      insert into record_access_grants (staff_id, person_id, reason, expires_at)
      values (${staff!.id}, ${person!.id}, 'Checking a referral', now() + interval '8 hours')`);
    const [real] = await rows<{ id: string }>(sql`
      insert into people (first_name, last_name, date_of_birth, area_id, source)
      values ('Real', 'Person', '2015-01-01', ${staff!.area_id}, 'staff') returning id`);

    const again = await generateCounty(t.db, { ...options, replace: true });
    expect(again).toEqual(summary);
    const [left] = await rows<{ deliveries: number; outbox: number; grants: number; real: number }>(sql`
      select (select count(*)::int from notification_deliveries where idempotency_key = 'replace-test') as deliveries,
             (select count(*)::int from outbox_messages where recipient = 'parent@example.invalid') as outbox,
             (select count(*)::int from record_access_grants where reason = 'Checking a referral') as grants,
             (select count(*)::int from people where id = ${real!.id}) as real`);
    expect(left).toEqual({ deliveries: 0, outbox: 0, grants: 0, real: 1 });
  }, 120_000);

  it("refuses to write over a county without --replace, and refuses in production", async () => {
    await expect(generateCounty(t.db, options)).rejects.toThrow(CountyRefused);
    await expect(generateCounty(t.db, { ...options, production: true, replace: true })).rejects.toThrow(/never written in production/);
  });
});
