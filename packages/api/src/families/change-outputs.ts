import { staffRoleSchema } from "@hearth/domain";
import { z } from "zod";

/** What the family record's change procedures answer: ids and codes, never the details sent. */
export const familyChangeOutputs = {
  contact: z.object({ familyId: z.uuid(), personId: z.uuid(), fields: z.array(z.string()) }),
  consent: z.object({ id: z.uuid() }),
  keyWorker: z.object({ familyId: z.uuid(), keyWorkerId: z.uuid().nullable() }),
  keyWorkerCandidates: z.object({
    familyId: z.uuid(),
    keyWorkerId: z.uuid().nullable(),
    staff: z.array(z.object({ id: z.uuid(), displayName: z.string(), role: staffRoleSchema })),
  }),
};
