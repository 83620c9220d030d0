/** Each service's events for a family's chronology (listChronology in chronology.ts reads them all at once). */
import { consultationOutcomeLabels, ehaEventKindLabels } from "@hearth/domain";
import { sql, type SQL } from "drizzle-orm";
import { statutoryEpisodes } from "./chronology-episode-sources";
import { programmeEvents } from "./chronology-programme-sources";
import { LONDON, type ChronologySource } from "./chronology-source";
import { fssCaseEvents, fssCaseVisits, fssIntakeDecisions, requestStatus } from "./chronology-fss-sources";

export { LONDON, type ChronologySource } from "./chronology-source";

const sessionWhen = sql`to_char(s.starts_at at time zone ${LONDON}, 'FMDD FMMonth YYYY, HH24:MI')`;
const visibleChildrenOf = (members: SQL) =>
  sql`array(select bc.person_id::text from booking_children bc where bc.booking_id = b.id and bc.person_id = any(${members}) order by bc.person_id)`;

/** A booking is a family's, but shown only when it is for a child the reader may see. */
const bookingIsVisible = (members: SQL) =>
  sql`exists (select 1 from booking_children bc where bc.booking_id = b.id and bc.person_id = any(${members}))`;

const bookingsBooked: ChronologySource = {
  service: "centres",
  kinds: ["booked"],
  events: (family, members) => sql`
    select 'booking:' || b.id || ':booked', b.booked_at, 'centres', 'booked', s.title,
      c.name || ', ' || ${sessionWhen}, ${visibleChildrenOf(members)}, false, b.carer_name, false
    from bookings b
    join open_access_sessions s on s.id = b.session_id
    join centres c on c.id = s.centre_id
    where b.family_id = ${family} and b.booked_at is not null and ${bookingIsVisible(members)}`,
};

const bookingsCancelled: ChronologySource = {
  service: "centres",
  kinds: ["booking_cancelled"],
  events: (family, members) => sql`
    select 'booking:' || b.id || ':cancelled', b.cancelled_at, 'centres', 'booking_cancelled', s.title,
      c.name || ', ' || ${sessionWhen}, ${visibleChildrenOf(members)}, false,
      case b.cancelled_by when 'family' then b.carer_name when 'staff' then 'Centre staff' else 'The centre cancelled the session' end,
      false
    from bookings b
    join open_access_sessions s on s.id = b.session_id
    join centres c on c.id = s.centre_id
    where b.family_id = ${family} and b.status = 'cancelled' and b.cancelled_at is not null and ${bookingIsVisible(members)}`,
};

/** The register is kept per child, so a family's attendance is its visible members' attendance. */
const attendances: ChronologySource = {
  service: "centres",
  kinds: ["attended", "did_not_attend"],
  events: (_family, members) => sql`
    select 'attendance:' || a.id, s.starts_at, 'centres', a.status::text, s.title,
      c.name || ', ' || ${sessionWhen} || case when a.walk_in then ' (walked in)' else '' end,
      array[a.person_id::text], false, u.display_name, false
    from session_attendances a
    join open_access_sessions s on s.id = a.session_id
    join centres c on c.id = s.centre_id
    left join staff_users u on u.id = a.recorded_by
    where a.person_id = any(${members})`,
};

/** Manual entries carry a date only; they sort at the start of their day, London time. */
const manualEntries: ChronologySource = {
  service: "manual",
  kinds: ["contact", "home_visit", "meeting", "concern", "note"],
  events: (family, members) => sql`
    select 'entry:' || e.id, (e.occurred_on::timestamp at time zone ${LONDON}), 'manual', e.kind::text, null::text,
      e.summary, case when e.person_id is null then array[]::text[] else array[e.person_id::text] end,
      e.significant, u.display_name, true
    from chronology_entries e
    join staff_users u on u.id = e.recorded_by
    where e.family_id = ${family} and (e.person_id is null or e.person_id = any(${members}))`,
};

/** The outcome's words, as the consultation pages show them. */
const consultationOutcome = sql.join(
  [
    sql`case c.outcome`,
    ...Object.entries(consultationOutcomeLabels).map(([code, label]) => sql`when ${code} then ${label}`),
    sql`else c.outcome end`,
  ],
  sql` `,
);

/**
 * A named consultation with LCSS (a no-names one has no family until consent is given). It names
 * the children its threshold decision is about, of those the reader may see; the caller's own
 * words stay on the consultation page, which is audited on its own.
 */
const lcssConsultations: ChronologySource = {
  service: "lcss",
  kinds: ["consultation"],
  events: (family, members) => sql`
    select 'consultation:' || c.id, c.received_at, 'lcss', 'consultation', 'Consultation LC' || lpad(c.number::text, 6, '0'),
      coalesce(o.name, c.organisation_other, 'A professional') || ' called. ' || ${consultationOutcome}
        || coalesce(' (level ' || d.level || ')', ''),
      array(select dc.person_id::text from threshold_decision_children dc where dc.decision_id = d.id and dc.person_id = any(${members}) order by dc.person_id),
      c.outcome in ('social_care_now', 'request_for_service'), u.display_name, false
    from consultations c
    join staff_users u on u.id = c.taken_by
    left join caller_organisations o on o.id = c.organisation_id
    left join threshold_decisions d on d.consultation_id = c.id
    where c.family_id = ${family}`,
};

/** The words of each step of an Early Help Assessment, as its own pages show them. */
const ehaEventTitle = sql.join(
  [
    sql`case ev.kind::text`,
    ...Object.entries(ehaEventKindLabels).map(([kind, label]) => sql`when ${kind} then ${label}`),
    sql`else ev.kind::text end`,
  ],
  sql` `,
);

/**
 * Each step of an Early Help Assessment: started, completed, returned, signed off, reviewed,
 * consent withdrawn. It names the children assessed whom the reader may see; what the assessment
 * says stays on its own (audited) page, and a quality audit's feedback is for the author alone.
 */
const ehaEvents: ChronologySource = {
  service: "lcss",
  kinds: ["assessment"],
  events: (family, members) => sql`
    select 'assessment:' || ev.id, (ev.occurred_on::timestamp at time zone ${LONDON}), 'lcss', 'assessment', ${ehaEventTitle},
      case ev.kind when 'started' then 'Started by ' || u.display_name
        when 'completed' then 'All sections written; awaiting sign-off by a senior practitioner'
        when 'returned' then 'Returned to its author with comments'
        when 'signed_off' then 'Signed off by a senior practitioner'
        when 'consent_withdrawn' then 'The family withdrew consent: the assessment is no longer shared'
        else 'Reviewed with the family' end,
      array(select ac.person_id::text from early_help_assessment_children ac where ac.assessment_id = a.id and ac.person_id = any(${members}) order by ac.person_id),
      ev.kind = 'consent_withdrawn', u.display_name, true
    from early_help_assessment_events ev
    join early_help_assessments a on a.id = ev.assessment_id
    join staff_users u on u.id = ev.by_staff_id
    where a.family_id = ${family} and ev.kind <> 'quality_audited'`,
};

/**
 * LCSS's request for service to FSS (issue 11 §5): about the whole family, so it names no child;
 * the reasons stay on the request, which FSS reads (and audits) on its own.
 */
const lcssRequestsForService: ChronologySource = {
  service: "lcss",
  kinds: ["request_for_service"],
  events: (family) => sql`
    select 'request-for-service:' || r.id, r.requested_at, 'lcss', 'request_for_service',
      'Request for service RS' || lpad(r.number::text, 6, '0') || ' to FSS',
      'Level ' || r.level || '. ' || ${requestStatus} || coalesce(': ' || r.decision_reason, ''),
      array[]::text[], true, u.display_name, false
    from requests_for_service r
    join staff_users u on u.id = r.requested_by
    where r.family_id = ${family}`,
};

/**
 * Team Around the Family (issue 11 §4): started, each meeting and review held (a meeting only
 * scheduled is not yet history), and closing with its reason. About the whole family, so it names
 * no child; the words stay on the team's page.
 */
const tafEvents: ChronologySource = {
  service: "lcss",
  kinds: ["team_around_the_family"],
  events: (family) => sql`
    select 'taf:' || t.id || ':started', (t.started_on::timestamp at time zone ${LONDON}), 'lcss', 'team_around_the_family',
      'Team Around the Family started', 'Led by ' || u.display_name, array[]::text[], false, u.display_name, true
    from teams_around_families t join staff_users u on u.id = t.lead_staff_id
    where t.family_id = ${family}
    union all
    select 'taf-meeting:' || m.id, (m.held_on::timestamp at time zone ${LONDON}), 'lcss', 'team_around_the_family',
      'Team Around the Family meeting', cardinality(m.attendees) || ' attended, ' || cardinality(m.apologies) || ' sent apologies',
      array[]::text[], false, u.display_name, true
    from taf_meetings m join teams_around_families t on t.id = m.taf_id join staff_users u on u.id = m.recorded_by
    where t.family_id = ${family} and m.held_on is not null
    union all
    select 'taf-review:' || r.id, (r.held_on::timestamp at time zone ${LONDON}), 'lcss', 'team_around_the_family',
      'Team Around the Family review', 'Review held', array[]::text[], false, u.display_name, true
    from taf_reviews r join teams_around_families t on t.id = r.taf_id left join staff_users u on u.id = r.recorded_by
    where t.family_id = ${family} and r.held_on is not null
    union all
    select 'taf:' || t.id || ':closed', (t.closed_on::timestamp at time zone ${LONDON}), 'lcss', 'team_around_the_family',
      'Team Around the Family closed',
      case t.closure_reason when 'outcomes_met' then 'Outcomes met'
        when 'stepped_up_to_fss' then 'Stepped up to the Family Support Service'
        when 'stepped_down_to_universal' then 'Stepped down to universal services'
        else 'Consent withdrawn' end,
      array[]::text[], true, u.display_name, true
    from teams_around_families t join staff_users u on u.id = t.closed_by
    where t.family_id = ${family} and t.status = 'closed'`,
};

/** Every service's events. Later issues append their sources here. */
export const chronologySources: ChronologySource[] = [
  bookingsBooked,
  bookingsCancelled,
  attendances,
  lcssConsultations,
  ehaEvents,
  lcssRequestsForService,
  fssIntakeDecisions,
  fssCaseVisits,
  fssCaseEvents,
  tafEvents,
  statutoryEpisodes,
  programmeEvents,
  manualEntries,
];
