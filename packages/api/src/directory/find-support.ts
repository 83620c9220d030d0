import { TRPCError } from "@trpc/server";
import { districtsOfLocalities, getDirectoryService, localitiesOfDistrict, openAccessServices, searchDirectoryServices } from "@hearth/db";
import { describeAgeRule, districtOfTyped, type DirectorySearch } from "@hearth/domain";
import type { Context } from "../context";
import { fieldError } from "../trpc";
import { publicDirectoryService } from "./directory-view";
import type { DirectorySearchResult } from "./output-schemas";

/** How far ahead a centre's sessions count as "on": a month of the timetable. */
const SESSION_DAYS_AHEAD = 28;

/** Sessions' age rules are in months; the search asks for an age in years. */
function sessionTakesAge(s: { fromMonths: number; untilMonths: number; extendedUntilMonths: number | null }, age: number): boolean {
  const from = age * 12;
  return from + 11 >= s.fromMonths && from < (s.extendedUntilMonths ?? s.untilMonths);
}

/** Open-access sessions are for young children and their parents, or (youth sessions) for young people. */
function sessionMeetsNeed(code: string, need: string): boolean {
  if (need === "youth_activities") return code === "youth_session";
  return (need === "early_years" || need === "parenting") && code !== "youth_session";
}

/**
 * "Find support near you": services covering the place (a postcode's locality, or the locality
 * chosen), for the need and the age; and the centres' open-access sessions there. Public, with no
 * account: nothing in the answer depends on any family, and the postcode is used only for its
 * district, then forgotten.
 */
export async function findSupport(ctx: Context, input: DirectorySearch): Promise<DirectorySearchResult> {
  let localityIds: string[] | undefined;
  let place: DirectorySearchResult["place"] = null;
  if (input.postcode) {
    const found = await localitiesOfDistrict(ctx.db, districtOfTyped(input.postcode)!);
    if (!found.length) throw fieldError("postcode", "This postcode is not in the county: choose a locality instead");
    localityIds = found.map((l) => l.id);
    place = { localities: found.map((l) => l.name) };
  }
  if (input.localityId) localityIds = localityIds ? localityIds.filter((id) => id === input.localityId) : [input.localityId];

  const services = await searchDirectoryServices(ctx.db, { localityIds, need: input.need, age: input.age });
  const now = ctx.now();
  const districts = localityIds ? await districtsOfLocalities(ctx.db, localityIds) : undefined;
  const sessions = (await openAccessServices(ctx.db, { districts, from: now, to: new Date(now.getTime() + SESSION_DAYS_AHEAD * 86_400_000) }))
    .filter((s) => input.age === undefined || sessionTakesAge(s, input.age))
    .filter((s) => !input.need || sessionMeetsNeed(s.sessionTypeCode, input.need));
  return {
    place,
    services: services.map(publicDirectoryService),
    sessions: sessions.map((s) => ({
      centreId: s.centreId,
      centreName: s.centreName,
      address: s.address,
      postcode: s.postcode,
      sessionTypeId: s.sessionTypeId,
      name: s.sessionTypeName,
      description: s.description,
      ages: describeAgeRule({
        fromMonths: s.fromMonths,
        untilMonths: s.untilMonths,
        extendedUntilMonths: s.extendedUntilMonths ?? undefined,
        unbornWelcome: s.unbornWelcome,
      }),
      sessionCount: s.sessionCount,
    })),
  };
}

/** One active entry for its public page; a retired or unknown one is simply not found. */
export async function publicDirectoryServiceById(ctx: Context, serviceId: string) {
  const row = await getDirectoryService(ctx.db, serviceId);
  if (!row || !row.active) throw new TRPCError({ code: "NOT_FOUND", message: "This service could not be found" });
  return publicDirectoryService(row);
}
