import type { Db } from "../src";
import { areas, families, familyMembers, people } from "../src/schema";

/**
 * A child and their parent in one household, in the first seeded area: what the round-trip tests
 * hang their records on. Every person and family has an owning area (ADR 8).
 */
export async function insertTwoPersonFamily(
  db: Db,
  lastName: string,
  child: { firstName: string; dateOfBirth: string },
  parent: { firstName: string; dateOfBirth: string },
) {
  const [area] = await db.select({ id: areas.id }).from(areas).limit(1);
  const areaId = area!.id;
  const [childRow, parentRow] = await db
    .insert(people)
    .values([
      { ...child, lastName, areaId },
      { ...parent, lastName, areaId },
    ])
    .returning();
  const [family] = await db
    .insert(families)
    .values({ name: `${lastName} household`, areaId })
    .returning();
  await db.insert(familyMembers).values([
    { familyId: family!.id, personId: childRow!.id, role: "child" },
    { familyId: family!.id, personId: parentRow!.id, role: "parent_carer" },
  ]);
  return { areaId, childId: childRow!.id, parentId: parentRow!.id, familyId: family!.id };
}
