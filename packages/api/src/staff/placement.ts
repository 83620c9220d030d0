import { getCentre, listAreas, type Db } from "@hearth/db";
import type { StaffPlacement } from "@hearth/domain";
import { fieldError } from "../trpc";

/**
 * The placement as stored: an area or a centre that exists, or neither. The domain schema has
 * already checked which of the two the role needs; an id from a stale page is refused by name here
 * rather than failing on the foreign key.
 */
export async function storedPlacement(db: Db, input: StaffPlacement) {
  if (input.areaId && !(await listAreas(db)).some((a) => a.id === input.areaId)) throw fieldError("areaId", "Choose an area from the list");
  if (input.centreId && !(await getCentre(db, input.centreId))) throw fieldError("centreId", "Choose a centre from the list");
  return { role: input.role, areaId: input.areaId ?? null, centreId: input.centreId ?? null };
}
