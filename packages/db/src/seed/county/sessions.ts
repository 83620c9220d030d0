import {
  addDays,
  bookingReferenceFrom,
  DEFAULT_FAIR_USE_PER_WEEK,
  fairUseProblem,
  sessionEligibility,
  sessionOccurrences,
  standardOpenAccessSessionTypes,
  weekContaining,
  weekdayName,
  type IsoDate,
  type OpenAccessSessionType,
} from "@hearth/domain";
import type { Household } from "./households";
import { syntheticIds, type Random } from "./random";

export interface CentreRef {
  id: string;
  slug: string;
  name: string;
  reach: string[];
}

/** Every centre's week: mornings for under-5s, a baby group, an after-school youth session. */
const timetable: { weekday: number; type: string; title: string; start: string; end: string; capacity: number }[] = [
  { weekday: 1, type: "stay_play_learn", title: "Stay, play and learn", start: "10:00", end: "11:30", capacity: 16 },
  { weekday: 2, type: "baby_group", title: "Baby group", start: "10:00", end: "11:30", capacity: 12 },
  { weekday: 3, type: "stay_play_learn", title: "Messy play", start: "13:30", end: "15:00", capacity: 16 },
  { weekday: 4, type: "youth_session", title: "Youth club", start: "16:00", end: "18:00", capacity: 20 },
  { weekday: 5, type: "stay_play_learn", title: "Stay, play and learn", start: "10:00", end: "11:30", capacity: 16 },
  { weekday: 6, type: "stay_play_learn", title: "Saturday family play", start: "10:00", end: "12:00", capacity: 16 },
];

export interface SessionPlan {
  series: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
  bookings: Record<string, unknown>[];
  bookingChildren: Record<string, unknown>[];
  attendances: Record<string, unknown>[];
}

/** How full a session is, by when it is: past ones fill up, later ones are still being booked. */
function fillTarget(random: Random, date: IsoDate, today: IsoDate): number {
  if (date < today) return 0.55 + random.next() * 0.45;
  if (date <= addDays(today, 7)) return 0.4 + random.next() * 0.5;
  return 0.1 + random.next() * 0.4;
}

const at = (date: IsoDate, time: string, minusDays = 0) => new Date(`${addDays(date, -minusDays)}T${time}:00Z`);

/**
 * Weekly sessions at each centre from `from` to three weeks after today, booked by households in
 * the centre's reach through the domain's rules: the child's age on the day, places left, fair use.
 */
export function planSessions(
  random: Random,
  params: { today: IsoDate; from: IsoDate; centres: CentreRef[]; sessionTypeIds: Record<string, string>; households: Household[] },
): SessionPlan {
  const { today, from, centres, sessionTypeIds } = params;
  const to = addDays(today, 21);
  const ids = { series: syntheticIds(3), session: syntheticIds(4), booking: syntheticIds(5), key: syntheticIds(6), attendance: syntheticIds(7) };
  const plan: SessionPlan = { series: [], sessions: [], bookings: [], bookingChildren: [], attendances: [] };
  const references = new Set<string>();
  const heldInWeek = new Map<string, number>();
  const types = new Map(standardOpenAccessSessionTypes.map((t) => [t.code, t]));

  for (const centre of centres) {
    const nearby = params.households.filter((h) => centre.reach.includes(h.district));
    for (const slot of timetable) {
      const type = types.get(slot.type)!;
      const seriesId = ids.series();
      plan.series.push({
        id: seriesId,
        centreId: centre.id,
        sessionTypeId: sessionTypeIds[slot.type]!,
        title: slot.title,
        weekday: slot.weekday,
        startTime: slot.start,
        endTime: slot.end,
        firstDate: from,
        lastDate: to,
        capacity: slot.capacity,
      });
      // The domain's scheduler skips bank holidays; it plans at most three years at a time.
      for (let start = from; start <= to; start = addDays(start, 365 * 3)) {
        const end = addDays(start, 365 * 3 - 1) < to ? addDays(start, 365 * 3 - 1) : to;
        const schedule = {
          weekday: weekdayName(slot.weekday),
          startTime: slot.start,
          endTime: slot.end,
          startsOn: start,
          everyWeeks: 1,
          skipBankHolidays: true,
        };
        for (const { date } of sessionOccurrences(schedule, { from: start, to: end }).occurrences) {
          const sessionId = ids.session();
          const booked = bookSession(random, { plan, ids, references, heldInWeek, type, nearby, sessionId, date, today, slot });
          plan.sessions.push({
            id: sessionId,
            centreId: centre.id,
            sessionTypeId: sessionTypeIds[slot.type]!,
            seriesId,
            title: slot.title,
            date,
            startTime: slot.start,
            endTime: slot.end,
            capacity: slot.capacity,
            bookedCount: booked,
          });
        }
      }
    }
  }
  return plan;
}

function bookSession(
  random: Random,
  p: {
    plan: SessionPlan;
    ids: Record<"booking" | "key" | "attendance", () => string>;
    references: Set<string>;
    heldInWeek: Map<string, number>;
    type: OpenAccessSessionType;
    nearby: Household[];
    sessionId: string;
    date: IsoDate;
    today: IsoDate;
    slot: (typeof timetable)[number];
  },
): number {
  if (p.nearby.length === 0) return 0;
  const target = Math.round(p.slot.capacity * fillTarget(random, p.date, p.today));
  const week = weekContaining(p.date).from;
  const seen = new Set<string>();
  let booked = 0;
  for (let attempt = 0; attempt < p.slot.capacity * 4 && booked < target; attempt++) {
    const h = random.pick(p.nearby);
    if (seen.has(h.familyId)) continue;
    seen.add(h.familyId);
    const eligible = h.children.filter((c) => sessionEligibility(p.type, c, p.date).eligible);
    if (eligible.length === 0) continue;
    const weekKey = `${h.familyId}|${p.type.code}|${week}`;
    const held = p.heldInWeek.get(weekKey) ?? 0;
    if (fairUseProblem({ heldThatWeek: held, limit: DEFAULT_FAIR_USE_PER_WEEK, sessionTypeName: p.type.name, sessionDate: p.date })) continue;
    const coming = eligible.slice(0, Math.min(eligible.length, p.slot.capacity - booked, random.int(1, 2)));
    if (coming.length === 0) break;
    const cancelled = random.chance(0.08);
    let reference: string;
    do reference = bookingReferenceFrom(random.bytes(8));
    while (p.references.has(reference));
    p.references.add(reference);
    const bookingId = p.ids.booking();
    const bookedAt = at(p.date, "19:30", random.int(1, 14));
    p.plan.bookings.push({
      id: bookingId,
      sessionId: p.sessionId,
      reference,
      idempotencyKey: p.ids.key(),
      familyId: h.familyId,
      carerName: h.carer.name,
      mobile: h.carer.mobile,
      email: h.carer.email,
      preferredChannel: h.carer.mobile ? "sms" : "email",
      postcode: h.postcode,
      consentToContact: random.chance(0.6),
      places: coming.length,
      status: cancelled ? "cancelled" : "booked",
      bookedAt,
      cancelledAt: cancelled ? new Date(bookedAt.getTime() + 86_400_000) : null,
      cancelledBy: cancelled ? "family" : null,
      createdAt: bookedAt,
      updatedAt: bookedAt,
    });
    for (const c of coming) p.plan.bookingChildren.push({ bookingId, personId: c.id, send: c.hasSend, createdAt: bookedAt });
    if (cancelled) continue;
    p.heldInWeek.set(weekKey, held + 1);
    booked += coming.length;
    // Registers are taken for sessions already held; today's is still to come.
    if (p.date < p.today)
      for (const c of coming)
        p.plan.attendances.push({
          id: p.ids.attendance(),
          sessionId: p.sessionId,
          personId: c.id,
          bookingId,
          familyId: h.familyId,
          status: random.chance(0.86) ? "attended" : "did_not_attend",
          walkIn: false,
          recordedAt: at(p.date, p.slot.end),
        });
  }
  return booked;
}
