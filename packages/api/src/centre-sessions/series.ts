import {
  cancelOpenAccessSession,
  getOpenAccessSession,
  getSessionSeries,
  getSessionType,
  insertOpenAccessSessions,
  insertSessionSeries,
  upcomingSessionsOfSeries,
  updateSessionSeries,
} from "@hearth/db";
import { isoWeekday, londonDateOf, type SessionSeriesCancel, type SessionSeriesCreate, type SessionSeriesUpdate } from "@hearth/domain";
import type { Context } from "../context";
import { audit, fieldError } from "../trpc";
import { changeSession } from "./manage-sessions";
import { seriesWeeks } from "./series-preview";

type StaffContext = Context & { staff: NonNullable<Context["staff"]> };

/**
 * A weekly series: one session each week on the first date's weekday, skipping bank holidays and
 * the centre's closures (reported back, so staff can see why a week is missing).
 */
export async function createSeries(ctx: StaffContext, input: SessionSeriesCreate) {
  if (!(await getSessionType(ctx.db, input.sessionTypeId))) throw fieldError("sessionTypeId", "Choose the type of session");
  if (input.firstDate < londonDateOf(ctx.now())) throw fieldError("firstDate", "The first session must be today or later");
  const { dates, skipped } = await seriesWeeks(ctx.db, input);
  if (!dates.length) throw fieldError("firstDate", "Every week in these dates is a bank holiday or a closure: choose other dates");
  const fields = { title: input.title, description: input.description || null, locationNote: input.locationNote || null };

  return ctx.db.transaction(async (tx) => {
    const series = await insertSessionSeries(tx, {
      ...fields,
      centreId: input.centreId,
      sessionTypeId: input.sessionTypeId,
      weekday: isoWeekday(input.firstDate),
      startTime: input.startTime,
      endTime: input.endTime,
      firstDate: input.firstDate,
      lastDate: input.lastDate,
      capacity: input.capacity,
      createdBy: ctx.staff.id,
    });
    const sessions = await insertOpenAccessSessions(
      tx,
      dates.map((date) => ({
        ...fields,
        centreId: input.centreId,
        sessionTypeId: input.sessionTypeId,
        seriesId: series.id,
        date,
        startTime: input.startTime,
        endTime: input.endTime,
        capacity: input.capacity,
        createdBy: ctx.staff.id,
      })),
    );
    await audit(ctx, tx, {
      action: "session_series.create",
      entityType: "session_series",
      entityId: series.id,
      detail: { sessions: sessions.length, skipped: skipped.length },
    });
    return { seriesId: series.id, sessionsCreated: sessions.length, sessionIds: sessions.map((s) => s.id), skipped };
  });
}

/** Changes every session of the series still to come; families are told when the time changes. */
export async function updateSeries(ctx: StaffContext, input: SessionSeriesUpdate) {
  const series = (await getSessionSeries(ctx.db, input.seriesId))!;
  if (series.status === "cancelled") throw fieldError("seriesId", "This series has been cancelled, so it cannot be changed");
  const { seriesId, ...changes } = input;
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const upcoming = (await upcomingSessionsOfSeries(tx, { seriesId, now })).filter((s) => s.status === "scheduled");
    let familiesTold = 0;
    for (const { id } of upcoming) familiesTold += (await changeSession(tx, (await getOpenAccessSession(tx, id))!, changes, now)).familiesTold;
    await updateSessionSeries(tx, seriesId, {
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.description !== undefined ? { description: changes.description || null } : {}),
      ...(changes.locationNote !== undefined ? { locationNote: changes.locationNote || null } : {}),
      ...(changes.startTime !== undefined ? { startTime: changes.startTime } : {}),
      ...(changes.endTime !== undefined ? { endTime: changes.endTime } : {}),
      ...(changes.capacity !== undefined ? { capacity: changes.capacity } : {}),
    });
    await audit(ctx, tx, {
      action: "session_series.update",
      entityType: "session_series",
      entityId: seriesId,
      detail: { sessions: upcoming.length, familiesTold },
    });
    return { sessionsChanged: upcoming.length, familiesTold };
  });
}

/** Cancels the rest of a series; every family booked on any of its sessions is told. */
export async function cancelSeries(ctx: StaffContext, input: SessionSeriesCancel) {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const upcoming = (await upcomingSessionsOfSeries(tx, { seriesId: input.seriesId, now })).filter((s) => s.status === "scheduled");
    let familiesTold = 0;
    for (const { id } of upcoming) familiesTold += (await cancelOpenAccessSession(tx, { sessionId: id, reason: input.reason, now })) ?? 0;
    await updateSessionSeries(tx, input.seriesId, { status: "cancelled" });
    await audit(ctx, tx, {
      action: "session_series.cancel",
      entityType: "session_series",
      entityId: input.seriesId,
      detail: { sessions: upcoming.length, familiesTold },
    });
    return { sessionsCancelled: upcoming.length, familiesTold };
  });
}
