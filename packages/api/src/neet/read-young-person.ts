import { neetActivityHistory } from "@hearth/db";
import { academicAge, currentUntil, inNeetCohort, londonDateOf, neetActivityLabel, neetStatus } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { assertCanOpenPerson } from "../record-access/person-access";
import { audit } from "../trpc";

/** A young person's activity page: who they are, their status today and every record of their activity. */
export async function readNeetYoungPerson(ctx: ScopedContext, personId: string) {
  const person = await assertCanOpenPerson(ctx, personId, "neet.youngPerson");
  const today = londonDateOf(ctx.now());
  const periods = ctx.config.neet.currencyPeriods;
  return ctx.db.transaction(async (tx) => {
    const rows = await neetActivityHistory(tx, personId);
    await audit(ctx, tx, { action: "neet.youngPerson", entityType: "person", entityId: personId });
    const latest = rows[0];
    return {
      person: {
        id: person.id,
        name: `${person.firstName} ${person.lastName}`,
        dateOfBirth: person.dateOfBirth,
        academicAge: academicAge(person.dateOfBirth, today),
        inCohort: inNeetCohort({ dateOfBirth: person.dateOfBirth, hasEhcPlan: person.hasEhcPlan ?? null }, today),
      },
      status: neetStatus(latest ? { code: latest.activityCode, lastConfirmedOn: latest.lastConfirmedOn } : null, today, periods),
      history: rows.map((r) => ({
        ...r,
        activityLabel: neetActivityLabel(r.activityCode),
        currentUntil: currentUntil({ code: r.activityCode, lastConfirmedOn: r.lastConfirmedOn }, periods),
      })),
      today,
    };
  });
}
