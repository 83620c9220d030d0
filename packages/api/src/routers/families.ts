import { areasOfPeople, getFamily, insertFamily, updateFamily } from "@hearth/db";
import { familyCreateSchema, familyUpdateSchema } from "@hearth/domain";
import { z } from "zod";
import { areaForRecordPostcode } from "../people/person-area";
import { assertRecordInScope, audit, createTRPCRouter, readAudited, roleProcedure } from "../trpc";
import type { Context } from "../context";

type StaffContext = Context & { staff: NonNullable<Context["staff"]>; scope: NonNullable<Context["scope"]> };

/** Everyone added to a family must be someone the caller may see; otherwise it is an unknown person. */
async function assertMembersInScope(ctx: StaffContext, personIds: string[], action: string) {
  const found = await areasOfPeople(ctx.db, personIds);
  for (const personId of personIds) {
    const person = found.find((p) => p.id === personId) ?? null;
    await assertRecordInScope(ctx, person, { action, entityType: "person", entityId: personId });
  }
}

export const familiesRouter = createTRPCRouter({
  get: roleProcedure("families.read")
    .input(z.object({ familyId: z.uuid({ error: "Unknown family" }) }))
    .query(({ ctx, input }) =>
      readAudited(ctx, { action: "family.read", entityType: "family", entityId: input.familyId }, (tx) =>
        getFamily(tx, input.familyId),
      ),
    ),

  create: roleProcedure("families.create")
    .input(familyCreateSchema)
    .mutation(async ({ ctx, input }) => {
      await assertMembersInScope(ctx, input.members.map((m) => m.personId), "family.create");
      const areaId = await areaForRecordPostcode(ctx, ctx.db, input.postcode, { action: "family.create", entityType: "family" });
      return ctx.db.transaction(async (tx) => {
        const family = await insertFamily(tx, { name: input.name, postcode: input.postcode, areaId, createdBy: ctx.staff.id }, input.members);
        await audit(ctx, tx, { action: "family.create", entityType: "family", entityId: family.id, detail: { members: input.members.length } });
        return family;
      });
    }),

  update: roleProcedure("families.update")
    .input(familyUpdateSchema)
    .mutation(async ({ ctx, input }) => {
      const event = { action: "family.update", entityType: "family", entityId: input.familyId };
      const existing = await getFamily(ctx.db, input.familyId);
      await assertRecordInScope(ctx, existing, event);
      await assertMembersInScope(ctx, input.addMembers.map((m) => m.personId), "family.update");
      const areaChange =
        input.postcode !== undefined ? { areaId: await areaForRecordPostcode(ctx, ctx.db, input.postcode, event) } : {};
      const changes = { ...(input.name ? { name: input.name } : {}), ...(input.postcode ? { postcode: input.postcode } : {}), ...areaChange };
      return ctx.db.transaction(async (tx) => {
        await updateFamily(tx, input.familyId, changes, input.addMembers, input.removePersonIds);
        await audit(ctx, tx, {
          ...event,
          detail: { fields: Object.keys(changes), added: input.addMembers.map((m) => m.personId), removed: input.removePersonIds },
        });
        return (await getFamily(tx, input.familyId))!;
      });
    }),
});
